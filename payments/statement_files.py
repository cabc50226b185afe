"""A statement as a workbook, for a cooperative's bookkeeper: one sheet, the month's rows as
the screen shows them, figures as whole đồng that a spreadsheet adds up."""

from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook

from craftsite.spreadsheets import style_table, xlsx_response
from payments.statements import column_labels


def headings():
    labels = [str(label) for label in column_labels()]
    return [_("Date"), _("Order or payout"), *labels, _("Net"), _("Makers' share")]


def statement_workbook_response(statement):
    book = Workbook()
    sheet = book.active
    sheet.title = f"{statement.month:%Y-%m}"
    sheet.append([f"{statement.cooperative.title} – {_('Statement')} {statement.month:%m/%Y}"])
    sheet.append([_("Owed at the start of the month"), statement.opening])
    sheet.append(headings())
    for row in statement.rows:
        sheet.append(
            [
                f"{timezone.localtime(row.at):%d/%m/%Y}",
                str(row.label),
                *row.columns,
                row.net,
                row.makers_share,
            ]
        )
    totals = list(statement.totals.values())
    sheet.append([_("Total"), "", *totals, sum(totals), statement.makers_share])
    sheet.append([_("Owed at the end of the month"), statement.closing])
    style_table(sheet, heading_row=3)
    name = f"statement-{statement.cooperative.slug}-{statement.month:%Y-%m}.xlsx"
    return xlsx_response(book, name)
