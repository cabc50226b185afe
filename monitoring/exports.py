"""The report as files: CSV (one block per table) and XLSX (one sheet per table), with the
tables the page shows, row for row. Money and counts are written as plain whole numbers, so
that a spreadsheet can add them up; the column headings say which are đồng. Text that a
spreadsheet would run as a formula (a cooperative named "=…") is written as text: in CSV by
craftsite.spreadsheets.neutralise, in XLSX as a text cell."""

import csv
import io

from django.http import HttpResponse
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from craftsite.spreadsheets import neutralise

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
SHEET_NAME_LENGTH = 31  # Excel's limit
NUMBER_FORMAT = "#,##0"


def cell(value):
    """A figure as written in a file: numbers as they are, anything else as text."""
    return value if isinstance(value, int) else str(value)


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
    bold = Font(bold=True)
    sheet["A1"].font = Font(bold=True, size=14)
    for heading in sheet[3]:
        heading.font = bold
    if table.total:
        for total in sheet[sheet.max_row]:
            total.font = bold
    for row in sheet.iter_rows():
        for value in row:
            if value.data_type == "f":  # text that looks like a formula stays text
                value.data_type = "s"
            if isinstance(value.value, int):
                value.number_format = NUMBER_FORMAT
    for index, column in enumerate(sheet.iter_cols(min_row=3), start=1):
        widest = max(len(str(value.value or "")) for value in column)
        sheet.column_dimensions[get_column_letter(index)].width = min(max(widest + 2, 10), 80)


def sheet_name(title):
    """A sheet name Excel accepts: at most 31 characters, none of []:*?/\\."""
    name = str(title).translate({ord(char): " " for char in "[]:*?/\\"})
    return name[:SHEET_NAME_LENGTH]


def xlsx_response(report):
    output = io.BytesIO()
    workbook(report).save(output)
    response = HttpResponse(output.getvalue(), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{report.filename("xlsx")}"'
    return response
