"""RSS and Atom feeds of stories and events, per language: only live public pages, escaped,
in a bounded number of queries, and fresh after a publish although stored like pages."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.core.cache import cache
from django.utils import timezone
from wagtail.models import PageViewRestriction

from stories.models import EventPage, StoryPage
from tests.factories.stories import add_page
from tests.html import soup
from tests.queries import warm_query_count

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def rss_titles(response):
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    return [item.findtext("title") for item in channel.findall("item")]


def atom_titles(response):
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    return [entry.findtext(f"{ATOM}title") for entry in feed.findall(f"{ATOM}entry")]


def feed(client, index, kind):
    return client.get(f"{index.url}feed/{kind}/")


def add_story(index, title, slug, **fields):
    return add_page(
        index, StoryPage(title=title, slug=slug, author="Y Hoa", introduction="Mở đầu", **fields)
    )


def test_each_language_lists_its_own_stories_in_rss_and_atom(client, section):
    stories = section["indexes"]["stories"]

    assert rss_titles(feed(client, stories["vi"], "rss")) == ["Sắc màu thổ cẩm"]
    assert atom_titles(feed(client, stories["vi"], "atom")) == ["Sắc màu thổ cẩm"]
    assert rss_titles(feed(client, stories["en"], "rss")) == ["The colours of brocade"]
    english = ET.fromstring(feed(client, stories["en"], "atom").content)
    assert english.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    [entry] = english.findall(f"{ATOM}entry")
    assert entry.find(f"{ATOM}link").get("href") == f"http://testserver{section['story']['en'].url}"


def test_drafts_and_restricted_stories_are_left_out(client, section):
    index = section["indexes"]["stories"]["vi"]
    secret = add_story(index, "Chuyện riêng", "chuyen-rieng")
    PageViewRestriction.objects.create(page=secret, restriction_type="password", password="x")
    index.add_child(
        instance=StoryPage(title="Bản nháp", slug="ban-nhap", author="Y Hoa", live=False)
    )

    assert rss_titles(feed(client, index, "rss")) == ["Sắc màu thổ cẩm"]
    assert atom_titles(feed(client, index, "atom")) == ["Sắc màu thổ cẩm"]


def test_a_hostile_title_is_escaped_text(client, section):
    index = section["indexes"]["stories"]["vi"]
    hostile = '<script>alert("x")</script> & ]]> <![CDATA[ x'
    add_story(index, hostile, "hostile", date=datetime.date(2030, 1, 1))

    rss, atom = feed(client, index, "rss"), feed(client, index, "atom")

    assert rss_titles(rss)[0] == hostile
    assert atom_titles(atom)[0] == hostile
    assert b"<script>" not in rss.content + atom.content


@pytest.mark.parametrize("kind", ["rss/x", "json", "RSS", "rss%00", "..%2F..%2Fetc"])
def test_an_unknown_feed_is_not_found(client, section, kind):
    index = section["indexes"]["stories"]["vi"]
    assert client.get(f"{index.url}feed/{kind}/").status_code == 404


def test_the_events_feed_lists_coming_events_with_their_next_date(client, section):
    index = section["indexes"]["events"]["en"]
    starts = timezone.now() - datetime.timedelta(days=400)
    add_page(
        index,
        EventPage(
            title="Village Tết",
            slug="village-tet",
            starts_at=starts,
            ends_at=starts + datetime.timedelta(hours=5),
            lunar_month=1,
            lunar_day=1,
        ),
    )
    over = timezone.now() - datetime.timedelta(days=3)
    add_page(
        index,
        EventPage(title="Old fair", slug="old-fair", starts_at=over, ends_at=over, kind="fair"),
    )

    channel = ET.fromstring(feed(client, index, "rss").content).find("channel")

    items = {i.findtext("title"): i.findtext("description") for i in channel.findall("item")}
    assert set(items) == {"Brocade class", "Village Tết"}
    tet = EventPage.objects.get(slug="village-tet").occurrence
    assert str(timezone.localtime(tet.starts_at).year) in items["Village Tết"]
    assert atom_titles(feed(client, section["indexes"]["events"]["vi"], "atom")) == [
        "Lớp dệt thổ cẩm"
    ]


def test_index_pages_announce_their_feeds(client, section):
    for name in ("stories", "events"):
        for code in ("vi", "en"):
            index = section["indexes"][name][code]
            head = soup(client.get(index.url)).head
            links = {
                link["type"]: link["href"] for link in head.select('link[rel="alternate"][type]')
            }
            assert links["application/rss+xml"] == f"{index.url}feed/rss/"
            assert links["application/atom+xml"] == f"{index.url}feed/atom/"


def test_feed_queries_do_not_grow_with_the_number_of_stories(client, section):
    index = section["indexes"]["stories"]["vi"]
    for number in range(2):
        add_story(index, f"Chuyện {number}", f"chuyen-{number}")
    few = warm_query_count(client, f"{index.url}feed/rss/")
    for number in range(2, 12):
        add_story(index, f"Chuyện {number}", f"chuyen-{number}")

    assert warm_query_count(client, f"{index.url}feed/rss/") == few


def test_a_stored_feed_shows_a_story_once_it_is_published(
    client, section, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    index = section["indexes"]["stories"]["vi"]
    first = feed(client, index, "atom")
    assert first.headers.get("X-Page-Cache") == "miss"
    assert feed(client, index, "atom").headers.get("X-Page-Cache") == "hit"

    with django_capture_on_commit_callbacks(execute=True):
        add_story(index, "Chuyện mới", "chuyen-moi", date=datetime.date(2030, 1, 1))

    assert atom_titles(feed(client, index, "atom"))[0] == "Chuyện mới"
    cache.clear()
