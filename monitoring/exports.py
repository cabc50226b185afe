"""The report as files: CSV (each item's section, then its tables) and XLSX (a cover sheet,
then a sheet per item of the programme with its tables one under another), with the tables
the page shows, row for row. Money and counts are written as plain numbers, so that a
spreadsheet can add them up; the column headings say which are đồng. Text that a
spreadsheet would run as a formula (a cooperative named "=…") is written as text: in CSV by
craftsite.spreadsheets.neutralise, in XLSX as a text cell.

Both are written from a `Report` alone, so a filed report's files come from its copy."""

import csv
import io
from decimal import Decimal

from django.http import HttpResponse
from django.utils.translation import gettext as _
from openpyxl import Workbook

from craftsite.spreadsheets import neutralise, style_tables
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


def about_lines(report, about):
    """What the report is: its period, then `about`'s (label, value) lines (who issued
    and filed it, when)."""
    return [(_("Period"), report.period.label), *about]


def csv_response(report, filename, about=()):
    """A CSV file: the report's title and what it is, then each section's heading and its
    tables, each under its title, a blank line between blocks. UTF-8 with a byte-order
    mark, which Excel needs to read Vietnamese."""
    output = io.StringIO()
    writer = csv.writer(output)
    writer.writerow([neutralise(str(report.title)), neutralise(str(report.scope_label))])
    writer.writerows(
        [str(label), neutralise(str(value))] for label, value in about_lines(report, about)
    )
    for section in report.sections:
        writer.writerow([])
        writer.writerow([neutralise(section.heading)])
        for table in section.tables:
            writer.writerow([])
            writer.writerow([neutralise(str(table.title))])
            writer.writerows([neutralise(value) for value in line] for line in table_lines(table))
    response = HttpResponse(
        output.getvalue().encode("utf-8-sig"), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def workbook(report, about=()):
    """The province's layout: a cover sheet (title, scope, what the report is, and its
    sections), then a sheet per section: its heading and the report's period and scope on
    top, then its tables, each under its title, a blank row between them."""
    book = Workbook()
    cover = book.active
    cover.title = sheet_name(_("Cover"))
    cover.append([str(report.title)])
    cover.append([str(report.scope_label)])
    for label, value in about_lines(report, about):
        cover.append([str(label), str(value)])
    cover.append([])
    cover.append([_("Sections")])
    contents_row = cover.max_row
    for section in report.sections:
        cover.append([section.heading])
    style_tables(cover, bold_rows=[contents_row])
    for section in report.sections:
        write_section(book.create_sheet(sheet_name(section.heading)), report, section)
    return book


def write_section(sheet, report, section):
    sheet.append([section.heading])
    sheet.append([f"{report.period.label} – {report.scope_label}"])
    bold_rows = []
    if not section.tables:
        sheet.append([])
        sheet.append([_("The site records nothing for this item yet.")])
    for table in section.tables:
        sheet.append([])
        sheet.append([str(table.title)])
        bold_rows += [sheet.max_row, sheet.max_row + 1]
        for line in table_lines(table):
            sheet.append(line)
        if table.total:
            bold_rows.append(sheet.max_row)
    style_tables(sheet, bold_rows=bold_rows or [3])


def sheet_name(title):
    """A sheet name Excel accepts: at most 31 characters, none of []:*?/\\."""
    name = str(title).translate({ord(char): " " for char in "[]:*?/\\"})
    return name[:SHEET_NAME_LENGTH]


def xlsx_response(report, filename, about=()):
    return workbook_response(workbook(report, about), filename)
