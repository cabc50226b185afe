"""Spreadsheets the site writes: text in CSV files that a spreadsheet program would run as a
formula, and the look and download of an XLSX workbook (the programme report's, a
cooperative's statement).

A cell starting with =, +, -, @, a tab or a carriage return is read by Excel, LibreOffice and
Google Sheets as a formula: a learner who registers as `=HYPERLINK("http://…","Click")`, or a
product titled `=IMPORTXML(…)`, would run in the spreadsheet of the organiser or
administrator who downloads the list. Such text is written with a leading apostrophe, which
these programs show as text. Numbers written as text with a sign or in a phone number's form
(`-5`, `+84 912 345 678`) run nothing and are left as they are.

XLSX files need none of this: a cell is a formula only when written as one (openpyxl and
Wagtail write text as text). Every CSV the site writes goes through `neutralise`: the
programme report's (monitoring.exports) directly, Wagtail's list exports, reports and form
submissions through `protect_wagtail_csv_exports`."""

import io
import re

from django.http import HttpResponse
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
NUMBER_FORMAT = "#,##0"
PLAIN_NUMBER = re.compile(r"[+-]?[0-9][0-9 .,()]*")


def neutralise(value):
    """`value` as a CSV cell: text a spreadsheet would run as a formula behind an
    apostrophe, anything else as it is."""
    if (
        isinstance(value, str)
        and value.startswith(FORMULA_START)
        and not PLAIN_NUMBER.fullmatch(value)
    ):
        return "'" + value
    return value


def protect_wagtail_csv_exports():
    """Make every CSV export of Wagtail's admin (a viewset's `list_export`, the reports such
    as Site history, form submissions) write each cell through `neutralise`. Wagtail turns
    formulas back into text in its XLSX exports but writes CSV cells as they are, and its
    one method that writes a CSV row is shared by all of them, so it is replaced once,
    here, rather than in each view."""
    write_row = SpreadsheetExportMixin.write_csv_row
    if getattr(write_row, "neutralises", False):
        return

    def write_csv_row(self, writer, row_dict):
        row = {
            field: neutralise(self.preprocess_field_value(field, value, self.FORMAT_CSV))
            for field, value in row_dict.items()
        }
        return writer.writerow(row)

    write_csv_row.neutralises = True
    SpreadsheetExportMixin.write_csv_row = write_csv_row


def style_table(sheet, heading_row):
    """A sheet with a title in A1 and a table whose headings are on `heading_row`: the
    title large, headings bold, whole numbers with thousands separators, text that looks
    like a formula kept as text, and columns as wide as their contents."""
    style_tables(sheet, bold_rows=[heading_row])


def style_tables(sheet, bold_rows):
    """A sheet with a title in A1 and tables below it, as `style_table`; `bold_rows` are
    the tables' titles, headings and totals. Columns are as wide as the tables' contents,
    from the first bold row on (the title may run across them)."""
    sheet["A1"].font = Font(bold=True, size=14)
    for number in bold_rows:
        for value in sheet[number]:
            value.font = Font(bold=True)
    for row in sheet.iter_rows():
        for value in row:
            if value.data_type == "f":  # text that looks like a formula stays text
                value.data_type = "s"
            if isinstance(value.value, int):
                value.number_format = NUMBER_FORMAT
    first = min(bold_rows, default=1)
    for index, column in enumerate(sheet.iter_cols(min_row=first), start=1):
        widest = max(len(str(value.value or "")) for value in column)
        sheet.column_dimensions[get_column_letter(index)].width = min(max(widest + 2, 10), 80)


def xlsx_response(book, filename):
    """A download of the workbook `book` named `filename`."""
    output = io.BytesIO()
    book.save(output)
    response = HttpResponse(output.getvalue(), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
