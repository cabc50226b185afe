"""The files hold exactly the numbers on the screen: the CSV and XLSX of the report page, and
the yearly workbook next to the yearly page to print, read back with csv and openpyxl."""

import csv
import io

import pytest
from openpyxl import load_workbook

from craftsite.periods import year
from monitoring.exports import csv_response, workbook
from monitoring.report import Report, Table
from tests.monitoring.conftest import figure, placed, report_url, screen_tables, vietnam_time

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


def csv_tables(content):
    """{title: rows} of a CSV export: blocks parted by blank lines, each under its title."""
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    tables, title = {}, None
    for row in rows[1:]:
        if not row:
            title = None
        elif title is None:
            title = row[0]
            tables[title] = []
        else:
            tables[title].append([figure(cell) for cell in row])
    return tables


def workbook_tables(content):
    """{sheet's table title: rows from the third row} of an XLSX export."""
    book = load_workbook(io.BytesIO(content))
    tables = {}
    for sheet in book.worksheets:
        title = sheet["A1"].value.split(" – ")[0]
        tables[title] = [list(row) for row in sheet.iter_rows(min_row=3, values_only=True)]
    return tables


def test_the_csv_holds_the_numbers_on_the_screen(client, sales, committee):
    client.force_login(committee)
    screen = screen_tables(client.get(report_url(**QUESTION)))

    response = client.get(report_url("monitoring:csv", **QUESTION))

    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="programme-report-2025.csv"' in response["Content-Disposition"]
    assert csv_tables(response.content) == screen
    assert list(screen) == [
        "Summary",
        "By commune",
        "Sales by channel",
        "Outside sales by cooperative",
        "By month",
        "By payment method",
        "How the figures are counted",
    ]


def test_the_xlsx_holds_the_numbers_on_the_screen(client, sales, committee):
    client.force_login(committee)
    screen = screen_tables(client.get(report_url(**QUESTION)))

    response = client.get(report_url("monitoring:xlsx", **QUESTION))

    assert workbook_tables(response.content) == screen
    money = load_workbook(io.BytesIO(response.content))["By commune"]["E4"]  # Kon Tum
    assert (money.value, money.number_format) == (2_250_000, "#,##0")


def test_the_yearly_workbook_has_a_sheet_per_section_as_the_page_to_print(client, sales, committee):
    client.force_login(committee)
    page = client.get(report_url("monitoring:yearly", year=2025))
    assert page.status_code == 200

    response = client.get(report_url("monitoring:yearly_xlsx", year=2025))

    sheets = load_workbook(io.BytesIO(response.content)).sheetnames
    assert sheets == [
        "Summary",
        "By cooperative",
        "By craft",
        "By ethnic group",
        "By commune",
        "Sales by channel",
        "Outside sales by cooperative",
        "By month",
        "By payment method",
        "How the figures are counted",
    ]
    assert workbook_tables(response.content) == screen_tables(page)


def test_text_that_looks_like_a_formula_stays_text():
    table = Table(key="t", title="Test", columns=["Name", "Value"], rows=[["=1+2", 3]])
    report = Report(year(2025), "@everyone", [table])

    written = csv_response(report).content.decode("utf-8-sig")
    sheet = workbook(report).active

    assert "'=1+2,3" in written
    assert "'@everyone" in written
    assert (sheet["A4"].value, sheet["A4"].data_type) == ("=1+2", "s")
    assert (sheet["A2"].value, sheet["A2"].data_type) == ("@everyone", "s")
