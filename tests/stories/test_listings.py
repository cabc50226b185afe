"""Index pages: filters and pagination from the URL, iCalendar files, and query budgets."""

from datetime import timedelta

import pytest
from django.utils import timezone
from icalendar import Calendar
from wagtail.models import PageViewRestriction

from stories.models import EventPage, StoryPage, VillagePage
from tests.factories.stories import add_page
from tests.html import soup
from tests.queries import BUDGET, warm_query_count

pytestmark = pytest.mark.django_db

HOSTILE_VALUES = [
    "",
    "x",
    "-1",
    "0",
    "99999999999999999999",
    "'; DROP TABLE x; --",
    "<b>",
    "%00",
    "../../etc/passwd",
    "1e9",
    "ỗ",
]


def card_titles(response):
    return [a.get_text(strip=True) for a in soup(response).select(".card__title a")]


def add_stories(index, count, start=0):
    for n in range(start, start + count):
        add_page(
            index,
            StoryPage(
                title=f"Chuyện {n:02d}",
                slug=f"chuyen-{n}",
                author="A",
                date=timezone.localdate() - timedelta(days=n),
            ),
        )


def test_story_index_filters_by_topic_newest_first_and_paginates(client, section):
    index = section["indexes"]["stories"]["vi"]
    add_stories(index, 13)
    tagged = StoryPage.objects.get(slug="chuyen-5")
    tagged.topics.add("gùi")
    tagged.save_revision().publish()

    first = client.get(index.url)
    second = client.get(index.url, {"page": 2})
    filtered = client.get(index.url, {"topic": tagged.topics.get().slug})

    assert card_titles(first)[:3] == ["Chuyện 00", "Chuyện 01", "Chuyện 02"]
    assert len(card_titles(first)) == 12 and len(card_titles(second)) == 2
    assert card_titles(filtered) == ["Chuyện 05"]


def test_index_pages_shrug_off_hostile_query_strings(client, section):
    urls = [section["indexes"][key]["vi"].url for key in ("stories", "villages", "events")]
    for url in urls:
        for value in HOSTILE_VALUES:
            for name in ("page", "topic", "group", "craft", "kind"):
                response = client.get(url, {name: value})
                assert response.status_code == 200, (url, name, value)


def test_village_index_filters_by_group_and_craft(client, section):
    index = section["indexes"]["villages"]["vi"]
    add_page(index, VillagePage(title="Làng Le", slug="lang-le", commune="xã Mô Rai"))

    everything = card_titles(client.get(index.url))
    by_group = card_titles(client.get(index.url, {"group": "gie-trieng"}))
    by_craft = card_titles(client.get(index.url, {"craft": "det-tho-cam", "group": "gie-trieng"}))
    unknown = card_titles(client.get(index.url, {"craft": "no-such-craft"}))

    assert everything == ["Làng Đăk Răng", "Làng Le"]
    assert by_group == by_craft == ["Làng Đăk Răng"]
    assert unknown == everything


def test_event_index_separates_upcoming_and_past(client, section):
    index = section["indexes"]["events"]["vi"]
    ended = timezone.now() - timedelta(days=30)
    add_page(
        index,
        EventPage(
            title="Lễ mừng lúa mới",
            slug="mung-lua-moi",
            starts_at=ended,
            ends_at=ended + timedelta(hours=6),
        ),
    )

    document = soup(client.get(index.url))

    upcoming = [a.get_text() for a in document.select("#upcoming-heading + .event-list h3 a")]
    past = [a.get_text() for a in document.select("#past-heading + .event-list h3 a")]
    assert upcoming == ["Lớp dệt thổ cẩm"]
    assert past == ["Lễ mừng lúa mới"]


def test_each_event_and_the_feed_are_valid_icalendar(client, section):
    event = section["event"]["en"]

    single = Calendar.from_ical(client.get(event.url + "ical/").content)
    feed_response = client.get(section["indexes"]["events"]["en"].url + "calendar/")
    feed = Calendar.from_ical(feed_response.content)

    [entry] = single.walk("VEVENT")
    assert str(entry["SUMMARY"]) == "Brocade class"
    assert entry.decoded("DTSTART") == event.starts_at.replace(microsecond=0)
    assert entry.decoded("DTEND") == event.ends_at.replace(microsecond=0)
    assert str(entry["URL"]) == f"http://localhost{event.url}"
    assert feed_response["Content-Type"].startswith("text/calendar")
    assert [str(e["SUMMARY"]) for e in feed.walk("VEVENT")] == ["Brocade class"]


def test_listing_queries_do_not_grow_with_the_number_of_stories(client, section):
    index = section["indexes"]["stories"]["vi"]
    add_stories(index, 2)
    few = warm_query_count(client, index.url)
    add_stories(index, 10, start=2)

    assert warm_query_count(client, index.url) == few <= BUDGET


@pytest.mark.parametrize("key", ["craft", "group", "village", "artisan", "story", "event"])
def test_every_page_type_stays_within_the_query_budget(client, section, key):
    assert warm_query_count(client, section[key]["vi"].url) <= BUDGET


def test_indexes_and_pages_name_no_restricted_page(client, section):
    # A story's topics, an ethnic group's crafts: what a restricted page holds is not
    # shown on the public pages around it.
    secret = add_page(
        section["indexes"]["stories"]["vi"],
        StoryPage(title="Chuyện kín", slug="chuyen-kin", author="A", date=timezone.localdate()),
    )
    secret.topics.add("hàng-mẫu-chưa-công-bố")
    secret.save_revision().publish()
    PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.LOGIN)
    PageViewRestriction.objects.create(
        page=section["craft"]["vi"], restriction_type=PageViewRestriction.LOGIN
    )

    stories = soup(client.get(section["indexes"]["stories"]["vi"].url)).get_text()
    group = soup(client.get(section["group"]["vi"].url)).get_text()

    assert "hàng-mẫu-chưa-công-bố" not in stories
    assert section["craft"]["vi"].title not in group
