"""Numbers as the report's readers write them. Money is `Dong`, an int that knows it is money,
so that the screen shows "350.000 ₫" where the exports write the number 350000."""

from decimal import Decimal

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from base.templatetags.site_tags import vnd

# Vietnamese writes a thousand as "1.000" and a half as "0,5".
VIETNAMESE_SEPARATORS = str.maketrans(",.", ".,")


class Dong(int):
    """An amount of money in whole đồng."""


class Hectares(Decimal):
    """An area in hectares, to the hundredth."""


def shown(value):
    """A figure for the screen: đồng as money, counts grouped by thousands ("12.500" in
    Vietnamese, "12,500" in English), hectares to the hundredth ("1.250,50" in Vietnamese,
    "1,250.50" in English), text as it is."""
    if isinstance(value, Dong):
        return vnd(value)
    if isinstance(value, Hectares):
        written = f"{value:,.2f}"
        return written.translate(VIETNAMESE_SEPARATORS) if get_language() == "vi" else written
    if isinstance(value, int):
        grouped = f"{value:,}"
        return grouped.replace(",", ".") if get_language() == "vi" else grouped
    return value


def document_date(place, day):
    """The place and date line of an administrative document: "Quảng Ngãi, ngày 05
    tháng 02 năm 2026". Vietnamese documents write days before the 10th and the months
    January and February with a leading zero (Decree 30/2020/NĐ-CP), so that the date
    cannot be altered by writing a digit in front."""
    return _("%(place)s, %(day)s/%(month)s/%(year)s") % {
        "place": place,
        "day": f"{day.day:02}",
        "month": f"{day.month:02}" if day.month < 3 else str(day.month),
        "year": day.year,
    }
