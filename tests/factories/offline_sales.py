"""Sales outside the site for tests, made directly rather than through the admin form (which
has tests of its own)."""

import datetime

from offline_sales.models import OfflineSale, OfflineSaleLine


def record_amount(cooperative, amount, percent=60, **fields):
    """A sale of one lump amount, of which `percent` goes to the makers."""
    sale = OfflineSale(
        cooperative=cooperative,
        amount=amount,
        makers_share_percent=percent,
        **{"channel": OfflineSale.Channel.FAIR, "sold_on": datetime.date(2025, 3, 1), **fields},
    )
    sale.save()
    return sale


def record_items(cooperative, items, **fields):
    """A sale of `items`: (product or description, quantity, unit price, makers' share %)."""
    sale = OfflineSale(
        cooperative=cooperative,
        **{"channel": OfflineSale.Channel.VILLAGE, "sold_on": datetime.date(2025, 3, 1), **fields},
    )
    for item, quantity, unit_price, percent in items:
        product, description = (None, item) if isinstance(item, str) else (item, "")
        sale.lines.add(
            OfflineSaleLine(
                product=product,
                description=description,
                quantity=quantity,
                unit_price=unit_price,
                makers_share_percent=percent,
            )
        )
    sale.save()
    return sale
