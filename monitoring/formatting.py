"""Numbers as the report's readers write them. Money is `Dong`, an int that knows it is money,
so that the screen shows "350.000 ₫" where the exports write the number 350000."""

from django.utils.translation import get_language

from base.templatetags.site_tags import vnd


class Dong(int):
    """An amount of money in whole đồng."""


def shown(value):
    """A figure for the screen: đồng as money, counts grouped by thousands ("12.500" in
    Vietnamese, "12,500" in English), text as it is."""
    if isinstance(value, Dong):
        return vnd(value)
    if isinstance(value, int):
        grouped = f"{value:,}"
        return grouped.replace(",", ".") if get_language() == "vi" else grouped
    return value
