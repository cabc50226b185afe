"""A festival held every year on a lunar date counts once in each year's report."""

import datetime

import pytest

from stories.models import EventIndexPage, EventPage
from tests.monitoring.conftest import add_live, report_url, summary, vietnam_time

pytestmark = pytest.mark.django_db


def test_a_lunar_festival_counts_once_in_each_year_it_was_held(client, homes, committee):
    events = add_live(homes["vi"], EventIndexPage(title="Sự kiện", slug="su-kien"))
    add_live(
        events,
        EventPage(
            title="Lễ máng nước",
            slug="le-mang-nuoc",
            kind=EventPage.Kind.FESTIVAL,
            starts_at=vietnam_time(2024, 1, 1, 7),
            ends_at=vietnam_time(2024, 1, 1, 17),
            lunar_month=3,
            lunar_day=25,
        ),
    )
    client.force_login(committee)

    def festivals(year):
        return summary(client.get(report_url(year=year)))["events"]

    assert [festivals(2024), festivals(2025), festivals(2026)] == [1, 1, 1]
    two_years = client.get(
        report_url(first_day=datetime.date(2025, 1, 1), last_day=datetime.date(2026, 12, 31))
    )
    assert summary(two_years)["events"] == 2
    # Not yet held: the 25th of the 3rd lunar month of 2027 is still to come.
    coming = client.get(
        report_url(first_day=datetime.date(2027, 1, 1), last_day=datetime.date(2027, 12, 31))
    )
    assert summary(coming)["events"] == 0
