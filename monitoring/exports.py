"""The report as files: CSV (one block per table) and XLSX (one sheet per table), with the
tables the page shows, row for row. Money and counts are written as plain whole numbers, so
that a spreadsheet can add them up; the column headings say which are đồng. Text that a
spreadsheet would run as a formula (a cooperative named "=…") is written as text: in CSV by
craftsite.spreadsheets.neutralise, in XLSX as a text cell."""

import csv
import io
from decimal import Decimal

from django.http import HttpResponse
from openpyxl import Workbook
from openpyxl.styles import Font

from craftsite.spreadsheets import neutralise, style_table
from craftsite.spreadsheets import xlsx_response as workbook_response

SHEET_NAME_LENGTH = 31  # Excel's limit


def cell(value):
    """A figure as written in a file: numbers as they are, anything else as text."""
    return value if isinstance(value, int | Decimal) else str(value)


def table_lines(table):
    """The rows of a table as written: headings, figures, then the total if it has one."""
    lines = [[str(column) for column in table.columns]]
    lines += [[cell(value) for value in row] for row in table.rows]
    if table.total:
        lines.append([cell(value) for value in table.total])
    return lines


def csv_response(report):
    """A CSV file: the report's title, then each table under its title, a blank line
    between tables. UTF-8 with a byte-order mark, which Excel needs to read Vietnamese."""
    output = io.StringIO()
    writer = csv.writer(output)
    writer.writerow([neutralise(report.title), neutralise(report.scope_label)])
    for table in report.tables:
        writer.writerow([])
        writer.writerow([str(table.title)])
        writer.writerows([neutralise(value) for value in line] for line in table_lines(table))
    response = HttpResponse(
        output.getvalue().encode("utf-8-sig"), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{report.filename("csv")}"'
    return response


def workbook(report):
    """A workbook with a sheet per table: its title and the report's scope on top, then the
    table from the third row."""
    book = Workbook()
    book.remove(book.active)
    for table in report.tables:
        sheet = book.create_sheet(sheet_name(table.title))
        sheet.append([f"{table.title} – {report.period.label}"])
        sheet.append([report.scope_label])
        for line in table_lines(table):
            sheet.append(line)
        style(sheet, table)
    return book


def style(sheet, table):
    style_table(sheet, heading_row=3)
    if table.total:
        for total in sheet[sheet.max_row]:
            total.font = Font(bold=True)


def sheet_name(title):
    """A sheet name Excel accepts: at most 31 characters, none of []:*?/\\."""
    name = str(title).translate({ord(char): " " for char in "[]:*?/\\"})
    return name[:SHEET_NAME_LENGTH]


def xlsx_response(report):
    return workbook_response(workbook(report), report.filename("xlsx"))
