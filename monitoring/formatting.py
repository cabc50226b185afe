"""Numbers as the report's readers write them. Money is `Dong`, an int that knows it is money,
so that the screen shows "350.000 ₫" where the exports write the number 350000."""

from decimal import Decimal

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from base.templatetags.site_tags import vnd


class Dong(int):
    """An amount of money in whole đồng."""


def shown(value):
    """A figure for the screen: đồng as money, counts grouped by thousands ("12.500" in
    Vietnamese, "12,500" in English), decimals likewise ("1.250,5", "1,250.5"), text as it
    is."""
    if isinstance(value, Dong):
        return vnd(value)
    if isinstance(value, int | Decimal):
        grouped = f"{value:,}"
        if get_language() == "vi":  # 1.250,5 in Vietnamese
            return grouped.translate(str.maketrans({",": ".", ".": ","}))
        return grouped
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
