"""The files hold exactly the numbers on the screen: the CSV and XLSX of the report page, and
the yearly workbook next to the yearly page to print, read back with csv and openpyxl. The
workbook follows the province's layout: a cover, a sheet per item of the programme, an
annex."""

import io

import pytest
from openpyxl import load_workbook

from craftsite.periods import year
from monitoring.exports import csv_response, workbook
from monitoring.report import Report, Section
from monitoring.tables import Table
from tests.monitoring.conftest import (
    csv_tables,
    placed,
    report_url,
    screen_tables,
    vietnam_time,
    workbook_tables,
)

pytestmark = pytest.mark.django_db

QUESTION = {"year": 2025, "breakdown": "commune"}


@pytest.fixture
def sales(programme):
    p = programme
    placed(vietnam_time(2025, 1, 20, 9), {p["weavers"]: [(p["scarf"], 3)]})
    placed(
        vietnam_time(2025, 6, 2, 21),
        {p["weavers"]: [(p["skirt"], 1)], p["baskets"]: [(p["basket"], 2)]},
        payment_method="stripe",
    )
    return p


def test_the_csv_holds_the_numbers_on_the_screen(client, sales, committee):
    client.force_login(committee)
    screen = screen_tables(client.get(report_url(**QUESTION)))

    response = client.get(report_url("monitoring:csv", **QUESTION))

    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="programme-report-2025.csv"' in response["Content-Disposition"]
    assert csv_tables(response.content) == screen
    assert list(screen) == [
        "Figures of item 1",
        "Figures of item 2",
        "Figures of item 3",
        "By commune",
        "Sales by channel",
        "Outside sales by cooperative",
        "By month",
        "By payment method",
        "Figures of item 4",
        "How the figures are counted",
    ]


def test_the_xlsx_holds_the_numbers_on_the_screen(client, sales, committee):
    client.force_login(committee)
    screen = screen_tables(client.get(report_url(**QUESTION)))

    response = client.get(report_url("monitoring:xlsx", **QUESTION))

    assert workbook_tables(response.content) == screen
    sales = load_workbook(io.BytesIO(response.content)).worksheets[3]  # item 3
    kon_tum = next(row for row in sales.iter_rows() if row[0].value == "phường Kon Tum")
    assert (kon_tum[4].value, kon_tum[4].number_format) == (2_250_000, "#,##0")


def test_the_yearly_workbook_has_a_sheet_per_item_as_the_page_to_print(client, sales, committee):
    client.force_login(committee)
    page = client.get(report_url("monitoring:yearly", year=2025))
    assert page.status_code == 200

    response = client.get(report_url("monitoring:yearly_xlsx", year=2025))

    book = load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == [
        "Cover",
        "1. Propaganda and awareness; pr",
        "2. Teaching crafts and the role",
        "3. Products, markets and sales",
        "4. Craft villages, festivals an",
        "5. Support for production  mach",
        "Annex",
    ]
    assert [row[0].value for row in book["Cover"].iter_rows(min_row=6)] == [
        "1. Propaganda and awareness; preserving the crafts' know-how",
        "2. Teaching crafts and the role of artisans",
        "3. Products, markets and sales",
        "4. Craft villages, festivals and community tourism",
        "5. Support for production: machinery and raw-material areas",
        "Annex",
    ]
    assert book.worksheets[5]["A4"].value == "The site records nothing for this item yet."
    tables = workbook_tables(response.content)
    assert tables == screen_tables(page)
    assert [row[0] for row in tables["By craft"][1:]] == ["Đan lát", "Dệt thổ cẩm", "Total"]


def test_text_that_looks_like_a_formula_stays_text():
    table = Table(key="t", title="Test", columns=["Name", "Value"], rows=[["=1+2", 3]])
    report = Report("Report", year(2025), "@everyone", [Section(1, "-Item", [table])])

    written = csv_response(report, "report.csv").content.decode("utf-8-sig")
    book = workbook(report)

    assert "'=1+2,3" in written
    assert "'@everyone" in written
    assert "'-Item" not in written  # "1. -Item" starts with a number: nothing to run
    assert (book.active["A2"].value, book.active["A2"].data_type) == ("@everyone", "s")
    sheet = book.worksheets[1]
    assert (sheet["A6"].value, sheet["A6"].data_type) == ("=1+2", "s")
