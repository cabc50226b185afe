"""Festivals held every year on a lunar date: the Vietnamese calendar's dates (not China's), leap
months, next occurrences across the year's end, and where visitors see them."""

import datetime
import io
import json

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone, translation
from icalendar import Calendar

from craftsite.periods import VIETNAM
from stories import lunar
from stories.models import EventPage
from tests.factories.stories import add_page
from tests.html import soup
from tests.queries import warm_query_count

pytestmark = pytest.mark.django_db

# Sources of the pinned dates:
# - Tết 1985 on 21 January in Vietnam, 20 February in China: scienceinfo.net, "Why is the
#   Vietnamese and Chinese New Year a day different?"; Wikipedia, "Vietnamese calendar".
# - Tết 2007 on 17 February in Vietnam, 18 February in China: viet-jo.com news of 6 July 2006
#   quoting Vietnam's government.
# - 2023 repeated the 2nd lunar month: phapluatxahoi.kinhtedothi.vn, "Vì sao năm 2023 có tới
#   2 tháng 2 âm lịch?"; its 15th day from Hồ Ngọc Đức's calendar.
# - 2025 repeated the 6th month: the 6th month ran 25/6–24/7 (30 days), the leap 6th month
#   25/7–22/8 (29 days), and Tết Ất Tỵ was 29/1/2025: nguoi-noi-tieng.com, "Năm Ất Tỵ 2025
#   nhuận tháng nào?".


@pytest.mark.parametrize(
    ("lunar_year", "month", "day", "leap", "solar"),
    [
        (1985, 1, 1, False, datetime.date(1985, 1, 21)),  # China: 20 February 1985
        (2007, 1, 1, False, datetime.date(2007, 2, 17)),  # China: 18 February 2007
        (2023, 2, 15, True, datetime.date(2023, 4, 5)),
        (2025, 6, 1, False, datetime.date(2025, 6, 25)),
        (2025, 6, 1, True, datetime.date(2025, 7, 25)),
        (2025, 1, 1, False, datetime.date(2025, 1, 29)),
    ],
)
def test_lunar_dates_are_vietnams(lunar_year, month, day, leap, solar):
    assert lunar.solar_date(lunar_year, month, day, leap) == solar


def test_a_30th_is_the_last_day_of_a_short_month():
    assert lunar.solar_date(2025, 6, 30) == datetime.date(2025, 7, 24)  # a 30-day month
    assert lunar.solar_date(2025, 6, 30, leap=True) == datetime.date(2025, 8, 22)  # 29 days
    # The 12th month of Giáp Thìn had 29 days: its last evening was 28 January 2025.
    assert lunar.solar_date(2024, 12, 30) == datetime.date(2025, 1, 28)


def test_a_leap_month_festival_is_held_in_the_ordinary_month_in_other_years():
    assert lunar.solar_date(2026, 2, 15, leap=True) == lunar.solar_date(2026, 2, 15)
    assert lunar.solar_date(2026, 2, 15) == datetime.date(2026, 4, 2)


@pytest.mark.parametrize(
    ("language", "date", "text"),
    [
        ("vi", datetime.date(2026, 2, 17), "mùng 1 tháng 1 âm lịch"),
        ("vi", datetime.date(2026, 4, 4), "ngày 17 tháng 2 âm lịch"),
        ("vi", datetime.date(2023, 4, 5), "ngày 15 tháng 2 nhuận âm lịch"),
        ("vi", datetime.date(2025, 7, 27), "mùng 3 tháng 6 nhuận âm lịch"),
        ("en", datetime.date(2026, 2, 17), "1st day of the 1st lunar month"),
        ("en", datetime.date(2026, 4, 4), "17th day of the 2nd lunar month"),
        ("en", datetime.date(2023, 4, 5), "15th day of the leap 2nd lunar month"),
        ("en", datetime.date(2025, 12, 1), "12th day of the 10th lunar month"),
    ],
)
def test_a_lunar_date_reads_naturally_in_each_language(language, date, text):
    with translation.override(language):
        assert lunar.describe(date) == text


def at(*args):
    return datetime.datetime(*args, tzinfo=VIETNAM)


@pytest.fixture
def today(monkeypatch):
    """Fix "now" for the site: `today(2026, 12, 20)`."""

    def set_today(*day):
        monkeypatch.setattr(timezone, "now", lambda: at(*day, 9))

    return set_today


def add_tet(index, **fields):
    """Tết, first held in 2025, from 8 in the morning for three days."""
    tet = {
        "title": "Tết làng",
        "slug": "tet-lang",
        "kind": EventPage.Kind.FESTIVAL,
        "starts_at": at(2025, 1, 1, 8),
        "ends_at": at(2025, 1, 4, 8),
        "lunar_month": 1,
        "lunar_day": 1,
    }
    return add_page(index, EventPage(**(tet | fields)))


def test_a_yearly_festival_is_held_every_lunar_year_from_its_first(section, today):
    today(2026, 3, 1)
    tet = add_tet(section["indexes"]["events"]["vi"])

    tet.refresh_from_db()
    assert tet.starts_at == at(2025, 1, 29, 8)  # moved to Tết, kept its hours
    assert tet.ends_at == at(2025, 2, 1, 8)
    starts = [timezone.localtime(o.starts_at) for o in tet.occurrences.all()]
    assert starts == [at(2025, 1, 29, 8), at(2026, 2, 17, 8), at(2027, 2, 6, 8), at(2028, 1, 26, 8)]


def test_a_leap_month_festival_is_on_the_leap_month_when_the_year_has_one(section, today):
    today(2023, 1, 1)
    festival = add_page(
        section["indexes"]["events"]["vi"],
        EventPage(
            title="Rằm tháng hai nhuận",
            slug="ram-thang-hai-nhuan",
            starts_at=at(2023, 1, 1, 18),
            ends_at=at(2023, 1, 1, 22),
            lunar_month=2,
            lunar_day=15,
            lunar_leap_month=True,
        ),
    )

    days = [timezone.localtime(o.starts_at).date() for o in festival.occurrences.all()]
    assert days == [
        datetime.date(2023, 4, 5),
        datetime.date(2024, 3, 24),
        datetime.date(2025, 3, 14),
    ]


def test_the_next_tet_is_next_years_after_the_years_end(client, section, today):
    index = section["indexes"]["events"]["vi"]
    tet = add_tet(index)
    today(2026, 12, 20)

    document = soup(client.get(index.url))
    upcoming = document.select("#upcoming-heading + .event-list .event-item")
    titles = [item.h3.get_text() for item in upcoming]
    tet_item = upcoming[titles.index("Tết làng")]
    assert tet_item.time["datetime"].startswith("2027-02-06T08:00")
    assert "(mùng 1 tháng 1 âm lịch)" in tet_item.select_one(".meta").get_text()
    assert "Tết làng" not in " ".join(p.get_text() for p in document.select("#past-heading + *"))

    page = client.get(tet.url)
    scripts = soup(page).select('script[type="application/ld+json"]')
    [event] = [
        data for data in map(json.loads, (s.string for s in scripts)) if data["@type"] == "Event"
    ]
    assert event["startDate"] == "2027-02-06T08:00:00+07:00"
    assert event["endDate"] == "2027-02-09T08:00:00+07:00"


def test_upcoming_events_are_sorted_by_their_next_occurrence(client, section, today):
    index = section["indexes"]["events"]["vi"]
    add_tet(index)
    today(2026, 12, 20)
    add_page(
        index,
        EventPage(
            title="Hội chợ tháng Ba",
            slug="hoi-cho-thang-ba",
            kind=EventPage.Kind.FAIR,
            starts_at=at(2027, 3, 1, 8),
            ends_at=at(2027, 3, 1, 17),
        ),
    )
    class_ = section["event"]["vi"]
    EventPage.objects.filter(pk=class_.pk).update(starts_at=at(2027, 1, 10, 8))
    class_.occurrences.update(starts_at=at(2027, 1, 10, 8), ends_at=at(2027, 1, 10, 12))

    document = soup(client.get(index.url))

    titles = [a.get_text() for a in document.select("#upcoming-heading + .event-list h3 a")]
    assert titles == ["Lớp dệt thổ cẩm", "Tết làng", "Hội chợ tháng Ba"]


def test_both_languages_show_the_solar_and_the_lunar_date(client, section, today):
    today(2026, 3, 1)
    add_tet(section["indexes"]["events"]["vi"])
    tet_en = add_tet(section["indexes"]["events"]["en"], slug="village-tet")

    english = soup(client.get(tet_en.url)).select_one(".facts").get_text(" ", strip=True)
    vietnamese = soup(client.get("/vi/su-kien/tet-lang/")).select_one(".facts").get_text(" ")

    assert "Feb. 6, 2027" in english
    assert "(1st day of the 1st lunar month)" in english
    assert "every year, by the lunar calendar" in english
    assert "06 tháng 2 năm 2027" in vietnamese
    assert "(mùng 1 tháng 1 âm lịch)" in vietnamese
    assert "hằng năm, theo âm lịch" in vietnamese


def test_the_calendar_file_has_each_coming_year_as_its_own_event(client, section, today):
    index = section["indexes"]["events"]["vi"]
    today(2026, 3, 1)
    tet = add_tet(index)

    single = Calendar.from_ical(client.get(tet.url + "ical/").content)
    feed = Calendar.from_ical(client.get(index.url + "calendar/").content)

    entries = single.walk("VEVENT")
    assert [e.decoded("DTSTART") for e in entries] == [at(2027, 2, 6, 8), at(2028, 1, 26, 8)]
    assert len({str(e["UID"]) for e in entries}) == 2
    assert str(entries[0]["UID"]) == f"{tet.translation_key}-vi-2027@lang-nghe"
    tet_in_feed = [e for e in feed.walk("VEVENT") if str(e["SUMMARY"]) == "Tết làng"]
    assert at(2027, 2, 6, 8) in [e.decoded("DTSTART") for e in tet_in_feed]


def test_planning_again_keeps_the_festival_two_years_ahead(section, today):
    today(2026, 3, 1)
    tet = add_tet(section["indexes"]["events"]["vi"])
    today(2027, 3, 1)

    call_command("plan_event_occurrences", stdout=io.StringIO())

    last = timezone.localtime(tet.occurrences.last().starts_at)
    assert last == at(2029, 2, 13, 8)
    assert tet.occurrences.count() == 5


def lunar_errors(**fields):
    page = EventPage(
        title="Lễ hội",
        slug="le-hoi",
        starts_at=at(2026, 1, 1, 8),
        ends_at=at(2026, 1, 1, 12),
        **fields,
    )
    with pytest.raises(ValidationError) as raised:
        page.full_clean(exclude=["path", "depth"])
    return raised.value.message_dict


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"lunar_month": 13, "lunar_day": 1}, "lunar_month", "A lunar month is from 1 to 12."),
        ({"lunar_month": 0, "lunar_day": 1}, "lunar_month", "A lunar month is from 1 to 12."),
        ({"lunar_month": 1, "lunar_day": 31}, "lunar_day", "A lunar day is from 1 to 30."),
        ({"lunar_day": 5}, "lunar_month", "Give the lunar month as well as the day."),
        ({"lunar_month": 5}, "lunar_day", "Give the lunar day as well as the month."),
        ({"lunar_leap_month": True}, "lunar_month", "A leap month needs the lunar month and day."),
        (
            {"lunar_month": 1, "lunar_day": 1, "kind": EventPage.Kind.CLASS, "seats": 5},
            "lunar_month",
            "Only festivals and fairs repeat every year.",
        ),
    ],
)
def test_impossible_lunar_dates_get_a_clear_error(fields, field, message):
    with translation.override("en"):
        assert message in lunar_errors(**fields)[field]


def test_the_error_is_in_vietnamese_for_vietnamese_editors():
    with translation.override("vi"):
        errors = lunar_errors(lunar_month=13, lunar_day=1)
    assert errors["lunar_month"] == ["Tháng âm lịch là một số từ 1 đến 12."]


def test_yearly_festivals_do_not_add_queries_to_the_event_index(client, section, today):
    index = section["indexes"]["events"]["vi"]
    today(2026, 3, 1)
    few = warm_query_count(client, index.url)
    for number in range(6):
        add_tet(index, title=f"Tết {number}", slug=f"tet-{number}")

    assert warm_query_count(client, index.url) == few
