"""Seed the demo's sales outside the site (offline_sales) for the programme report: every
month from January of last year to today, as the demo orders, so that the report shows the
whole craft economy beside the sales on the site. Fairs and consignment shops are mostly told
as one amount, visitors in the village item by item, at the products' prices and declared
makers' shares. Illustrative, and labelled so in their place. The numbers are seeded, so every
run makes the same sales; made in two bulk queries, so the demo seed stays quick. Channels,
places and amounts come from demo/data/offline_sales.yaml."""

import calendar
import datetime
import random

from django.db import transaction
from django.utils import timezone

from craftsite.periods import local_day, start_of
from demo.data import load
from demo.seed.orders import catalogue_on_sale
from offline_sales.models import OfflineSale, OfflineSaleLine

CHANNELS = [
    OfflineSale.Channel.FAIR,
    OfflineSale.Channel.VILLAGE,
    OfflineSale.Channel.CONSIGNMENT,
    OfflineSale.Channel.OTHER,
]
RECORDED_AFTER = datetime.timedelta(hours=19)  # in the evening of the day of the sale


def demo_label():
    return f" · {load('offline_sales')['label']}"


def seed_offline_sales():
    """Create the demo's sales outside the site unless some exist already; returns how many
    were made."""
    if OfflineSale.objects.filter(place__endswith=demo_label()).exists():
        return 0
    catalogue = catalogue_on_sale()
    if not catalogue:
        return 0
    today = local_day(timezone.now())
    rng = random.Random(465)  # Decision 465/QĐ-UBND
    sales = [
        plan_sale(rng, catalogue, channel, day)
        for channel, day in sale_days(rng, today)
        if day <= today
    ]
    with transaction.atomic():
        OfflineSale.objects.bulk_create(sales)
        lines = []
        for sale in sales:
            for line in sale.lines.all():
                line.sale_id = sale.pk
                lines.append(line)
        OfflineSaleLine.objects.bulk_create(lines)
    return len(sales)


def sale_days(rng, today):
    """(channel, day) of each sale, month after month from January of last year."""
    per_month = load("offline_sales")["sales_per_month"]
    year, month = today.year - 1, 1
    while (year, month) <= (today.year, today.month):
        days = calendar.monthrange(year, month)[1]
        for channel, count in zip(CHANNELS, per_month[month], strict=True):
            for _ in range(count):
                yield channel, datetime.date(year, month, rng.randint(1, days))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def plan_sale(rng, catalogue, channel, day):
    """One sale of a cooperative, as one amount or item by item, with its totals worked out
    as saving it would (bulk creation does not call `save`)."""
    tables = load("offline_sales")
    cooperative = rng.choice(list(catalogue))
    place = rng.choice(tables["places"][channel]).format(year=day.year)
    sale = OfflineSale(
        cooperative=cooperative,
        channel=channel,
        sold_on=day,
        place=f"{place}{demo_label()}",
        recorded_at=start_of(day) + RECORDED_AFTER,
    )
    if rng.random() < tables["amount_share"][channel]:
        lowest, highest = tables["amount_range"][channel]
        sale.amount = rng.randint(lowest // 10, highest // 10) * 10_000
        sale.description = tables["amount_descriptions"][channel]
        sale.makers_share_percent = rng.choice(tables["makers_share_percent"])
    else:
        items = catalogue[cooperative]
        for product, variant in rng.sample(items, k=min(len(items), rng.choice([1, 1, 2, 3]))):
            sale.lines.add(
                OfflineSaleLine(
                    product=product,
                    quantity=rng.choice([1, 1, 1, 2, 2, 3, 5]),
                    unit_price=variant.price,
                    makers_share_percent=product.maker_share_percent,
                )
            )
    sale.revenue, sale.makers_share = sale.totals()
    return sale
