"""The programme report counts the sales the cooperatives recorded outside the site, by
channel and by cooperative, beside the sales on the site: the revenue of the craft economy
is both together. Cooperative staff read their own cooperative's only. The files hold the
same figures, and the page's queries do not grow with the sales."""

import datetime

import pytest

from offline_sales.models import OfflineSale
from tests.factories.offline_sales import record_amount, record_items
from tests.monitoring.conftest import (
    placed,
    report_url,
    screen_tables,
    summary,
    vietnam_time,
    workbook_tables,
)
from tests.queries import warm_query_count

pytestmark = pytest.mark.django_db

CHANNEL_HEADINGS = [
    "Channel",
    "Sales (paid orders on the site)",
    "Revenue (đồng)",
    "Makers' share (đồng)",
]


@pytest.fixture
def sales(programme):
    p = programme
    placed(vietnam_time(2025, 3, 3, 9), {p["weavers"]: [(p["scarf"], 1)]})
    placed(vietnam_time(2025, 3, 4, 9), {p["baskets"]: [(p["basket"], 2)]})
    record_amount(p["weavers"], 2_000_000, percent=50, sold_on=datetime.date(2025, 2, 10))
    record_items(
        p["weavers"],
        [(p["scarf"], 2, 300_000, 70)],
        channel=OfflineSale.Channel.VILLAGE,
        sold_on=datetime.date(2025, 7, 1),
    )
    record_amount(
        p["baskets"],
        800_000,
        percent=60,
        channel=OfflineSale.Channel.CONSIGNMENT,
        sold_on=datetime.date(2025, 12, 31),
    )
    # Other years: not counted.
    record_amount(p["weavers"], 5_000_000, sold_on=datetime.date(2024, 12, 31))
    record_amount(p["baskets"], 5_000_000, sold_on=datetime.date(2026, 1, 1))
    return p


def test_the_report_counts_sales_by_channel_beside_the_sales_on_the_site(client, sales, committee):
    client.force_login(committee)
    response = client.get(report_url(year=2025))
    tables = screen_tables(response)

    assert tables["Sales by channel"] == [
        CHANNEL_HEADINGS,
        ["On the site", 2, 1_350_000, 845_000],
        ["Fair or exhibition", 1, 2_000_000, 1_000_000],
        ["In the village or at the workshop", 1, 600_000, 420_000],
        ["Consignment shop or agent", 1, 800_000, 480_000],
        ["Other", 0, 0, 0],
        ["Craft economy", 5, 4_750_000, 2_745_000],
    ]
    assert tables["Outside sales by cooperative"][1:] == [
        # In reading order: Đ reads as D.
        ["HTX Đan lát Đăk Răng", 1, 800_000, 480_000, 1_000_000, 1_800_000],
        ["HTX Dệt Kon Klor", 2, 2_600_000, 1_420_000, 350_000, 2_950_000],
        ["Total", 3, 3_400_000, 1_900_000, 1_350_000, 4_750_000],
    ]
    figures = summary(response)
    assert figures["revenue"] == 1_350_000  # the sales on the site, as before
    assert figures["outside_sales"] == 3
    assert figures["outside_revenue"] == 3_400_000
    assert figures["outside_makers_share"] == 1_900_000
    assert figures["craft_economy_revenue"] == 4_750_000


def test_cooperative_staff_read_their_own_sales_outside_the_site(client, sales, weaver):
    client.force_login(weaver)
    response = client.get(report_url(year=2025))
    tables = screen_tables(response)

    assert tables["Sales by channel"][1:] == [
        ["On the site", 1, 350_000, 245_000],
        ["Fair or exhibition", 1, 2_000_000, 1_000_000],
        ["In the village or at the workshop", 1, 600_000, 420_000],
        ["Consignment shop or agent", 0, 0, 0],
        ["Other", 0, 0, 0],
        ["Craft economy", 3, 2_950_000, 1_665_000],
    ]
    assert [row[0] for row in tables["Outside sales by cooperative"][1:]] == [
        "HTX Dệt Kon Klor",
        "Total",
    ]
    assert summary(response)["craft_economy_revenue"] == 2_950_000


def test_a_period_counts_the_sales_of_its_days(client, sales, committee):
    client.force_login(committee)
    december = client.get(report_url(first_day="2025-12-01", last_day="2025-12-31"))
    assert summary(december)["outside_revenue"] == 800_000
    fourth_quarter = client.get(report_url(year=2025, quarter=4))
    assert summary(fourth_quarter)["outside_revenue"] == 800_000
    new_year = client.get(report_url(first_day="2025-12-31", last_day="2026-01-01"))
    assert summary(new_year)["outside_revenue"] == 5_800_000


def test_the_workbook_has_the_sheet_of_channels_as_on_the_screen(client, sales, committee):
    client.force_login(committee)
    screen = screen_tables(client.get(report_url(year=2025)))

    response = client.get(report_url("monitoring:xlsx", year=2025))

    tables = workbook_tables(response.content)
    assert tables["Sales by channel"] == screen["Sales by channel"]
    assert tables["Sales by channel"][-1] == ["Craft economy", 5, 4_750_000, 2_745_000]
    assert tables["Outside sales by cooperative"][1][0] == "HTX Đan lát Đăk Răng"


@pytest.mark.parametrize("user", ["committee", "weaver"])
def test_the_section_reads_the_sales_in_one_query_however_many(client, sales, request, user):
    client.force_login(request.getfixturevalue(user))
    url = report_url(year=2025)
    few = warm_query_count(client, url)

    for day in range(1, 29):
        record_amount(sales["weavers"], 100_000, sold_on=datetime.date(2025, 8, day))
        record_amount(sales["baskets"], 100_000, sold_on=datetime.date(2025, 9, day))

    assert warm_query_count(client, url) == few
    OfflineSale.objects.all().delete()
    assert warm_query_count(client, url) == few
