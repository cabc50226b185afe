"""The programme's figures, each defined once, here. The report page, its CSV and XLSX
exports and the yearly report all show what these functions return, so what is downloaded is
what is on the screen. `DEFINITIONS` (in `monitoring.report`) says the same to the readers.

- A sale is a line of an order placed in the period (Vietnam time) that is paid and not
  cancelled. Cash-on-delivery orders are marked paid when the cash is in. Refunded orders are
  not sales, nor are cancelled ones, including a cancelled order whose transfer arrived late
  and waits for its refund.
- Revenue is what buyers paid for the goods of sales, in whole đồng: unit price × quantity as
  the order line recorded it. Delivery fees are not revenue of the crafts.
- The makers' share of a sale is its revenue × the makers' share (%) the cooperative declared
  on the product when it was sold, as the order line recorded it, rounded down to the đồng, so
  that the report never claims more than was declared and last year's report does not move
  when a declaration changes. A line that recorded no share counts 0 (see `orders.sales`).
- A sale belongs to the product its order line recorded, which outlives the deletion of the
  variant; a sale whose product was deleted keeps its share and counts for its cooperative's
  village, its craft not stated.
- Every total is a sum over lines, so every breakdown adds up to the total exactly.
- A sale, a listed product and an enquiry about a product belong to the product's craft,
  ethnic group and commune (its village's), falling back to its cooperative's village for
  the ethnic group and the commune when the product names none; an enquiry about no product
  belongs to its cooperative's. Anything without one is "Not stated".
- Products and cooperatives are counted once for all their languages, from their pages in the
  main language (Vietnamese), where staff create them.
- A sale outside the site (offline_sales) counts for the period of the day it was sold, with
  the revenue and makers' share its cooperative recorded, by channel (fair, village,
  consignment, other). The revenue of the craft economy is that of the sales on the site and
  outside it together.

Every record is read with one query, whatever the number of orders, so the report page's
query count does not grow with the data."""

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from catalog.models import CooperativePage, ProductPage, ProductVariant
from craftsite.money import makers_share_of
from craftsite.periods import local_day
from craftsite.text import fold
from enquiries.models import Enquiry
from offline_sales.models import OfflineSale
from orders.sales import sold_lines
from stories.models import (
    ArtisanPage,
    ClassRegistration,
    EventOccurrence,
    EventPage,
    HeritageSitePage,
    StoryPage,
)

BREAKDOWNS = {
    "cooperative": _("Cooperative"),
    "craft": _("Craft"),
    "ethnic_group": _("Ethnic group"),
    "commune": _("Commune"),
}


@dataclass(frozen=True)
class Group:
    """One row of a breakdown: a cooperative, craft, ethnic group or commune, known by its
    key whatever the language of the page its label was read from."""

    key: object  # a translation key, or the commune's name; None for "Not stated"
    label: str = field(compare=False)


NOT_STATED = Group(None, _("Not stated"))
UNKNOWN_ORIGIN = dict.fromkeys(BREAKDOWNS, NOT_STATED)


def group(key, label):
    return Group(key, label) if key else NOT_STATED


# -- records -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cooperative:
    key: object
    title: str
    path: str
    listed: bool  # its page was live by the end of the period
    origin: dict  # {breakdown: Group}


@dataclass(frozen=True)
class Product:
    cooperative: Cooperative
    listed: bool
    on_sale: bool
    origin: dict


@dataclass(frozen=True)
class Sale:
    """One sold order line."""

    order: int
    placed_on: object  # the day in Vietnam
    payment_method: str
    units: int
    revenue: int
    makers_share: int
    origin: dict


@dataclass(frozen=True)
class OutsideSale:
    """One sale outside the site, as its cooperative recorded it."""

    channel: str
    revenue: int
    makers_share: int
    cooperative: Group


@dataclass(frozen=True)
class EnquiryRecord:
    won: bool
    origin: dict


def published_by(row, moment):
    """Whether a page (as values) was live at `moment`: it is live and was first published
    before. Wagtail keeps no history of unpublishing, so a page taken down since is not
    counted for earlier periods either."""
    return (
        row["live"]
        and row["first_published_at"] is not None
        and (row["first_published_at"] < moment)
    )


class Records:
    """What the figures of one period and scope are computed from."""

    def __init__(self, period, scope):
        self.period = period
        self.scope = scope

    @cached_property
    def main_locale(self):
        return Locale.get_default()

    @cached_property
    def cooperatives(self):
        """{translation key: Cooperative} of every cooperative, in scope or not: a sale's
        product may have moved to another cooperative since."""
        rows = CooperativePage.objects.filter(locale=self.main_locale).values(
            "translation_key",
            "title",
            "path",
            "live",
            "first_published_at",
            "village__commune",
            "village__ethnic_group__translation_key",
            "village__ethnic_group__title",
        )
        cooperatives = {}
        for row in rows:
            key = row["translation_key"]
            commune = (row["village__commune"] or "").strip()
            origin = {
                "cooperative": group(key, row["title"]),
                "craft": NOT_STATED,
                "ethnic_group": group(
                    row["village__ethnic_group__translation_key"],
                    row["village__ethnic_group__title"],
                ),
                "commune": group(commune, commune),
            }
            listed = published_by(row, self.period.ends_at)
            cooperatives[key] = Cooperative(key, row["title"], row["path"], listed, origin)
        return cooperatives

    @cached_property
    def products(self):
        """{translation key: Product} of every product of a known cooperative."""
        by_path = {cooperative.path: cooperative for cooperative in self.cooperatives.values()}
        on_sale = ProductVariant.objects.filter(product=OuterRef("pk"), active=True)
        rows = (
            ProductPage.objects.filter(locale=self.main_locale)
            .annotate(on_sale=Exists(on_sale))
            .values(
                "translation_key",
                "path",
                "live",
                "first_published_at",
                "on_sale",
                "craft__translation_key",
                "craft__title",
                "ethnic_group__translation_key",
                "ethnic_group__title",
                "village__commune",
            )
        )
        products = {}
        for row in rows:
            cooperative = by_path.get(row["path"][: -ProductPage.steplen])
            if cooperative is None:
                continue
            commune = (row["village__commune"] or "").strip()
            origin = {
                **cooperative.origin,
                "craft": group(row["craft__translation_key"], row["craft__title"]),
                "commune": group(commune, commune) if commune else cooperative.origin["commune"],
            }
            if row["ethnic_group__translation_key"]:
                origin["ethnic_group"] = group(
                    row["ethnic_group__translation_key"], row["ethnic_group__title"]
                )
            products[row["translation_key"]] = Product(
                cooperative=cooperative,
                listed=published_by(row, self.period.ends_at),
                on_sale=row["on_sale"],
                origin=origin,
            )
        return products

    @cached_property
    def listed_products(self):
        """Products of the cooperatives in scope whose page was live by the period's end."""
        return [
            product
            for product in self.products.values()
            if product.listed and self.scope.covers(product.cooperative.key)
        ]

    @cached_property
    def listed_cooperatives(self):
        return [
            cooperative
            for cooperative in self.cooperatives.values()
            if cooperative.listed and self.scope.covers(cooperative.key)
        ]

    @cached_property
    def sales(self):
        """Every sold line in the period, of the cooperatives in scope."""
        lines = (
            sold_lines()
            .filter(
                order__created_at__gte=self.period.starts_at,
                order__created_at__lt=self.period.ends_at,
            )
            .values(
                "order_id",
                "order__created_at",
                "order__payment_method",
                "fulfilment__cooperative__translation_key",
                "fulfilment__cooperative__title",
                "product__translation_key",
                "unit_price",
                "sold",
                "makers_share_percent",
            )
        )
        if not self.scope.whole_programme:
            keys = self.scope.cooperatives
            lines = lines.filter(fulfilment__cooperative__translation_key__in=keys)
        return [self.sale(line) for line in lines]

    def sale(self, line):
        key = line["fulfilment__cooperative__translation_key"]
        product = self.products.get(line["product__translation_key"])
        origin = self.origin_of(product, self.cooperatives.get(key))
        # It was sold by the cooperative whose part of the order it was, wherever the
        # product is now.
        origin["cooperative"] = group(key, line["fulfilment__cooperative__title"])
        revenue = line["unit_price"] * line["sold"]
        return Sale(
            order=line["order_id"],
            placed_on=local_day(line["order__created_at"]),
            payment_method=line["order__payment_method"],
            units=line["sold"],
            revenue=revenue,
            makers_share=makers_share_of(revenue, line["makers_share_percent"] or 0),
            origin=origin,
        )

    @cached_property
    def enquiries(self):
        """Enquiries received in the period by the cooperatives in scope."""
        rows = Enquiry.objects.filter(
            created_at__gte=self.period.starts_at, created_at__lt=self.period.ends_at
        ).values("cooperative__translation_key", "product__translation_key", "status")
        if not self.scope.whole_programme:
            rows = rows.filter(cooperative__translation_key__in=self.scope.cooperatives)
        return [self.enquiry(row) for row in rows]

    def enquiry(self, row):
        product = self.products.get(row["product__translation_key"])
        cooperative = self.cooperatives.get(row["cooperative__translation_key"])
        origin = self.origin_of(product, cooperative)
        return EnquiryRecord(won=row["status"] == Enquiry.Status.WON, origin=origin)

    @cached_property
    def outside_sales(self):
        """Sales outside the site sold in the period by the cooperatives in scope."""
        rows = OfflineSale.objects.filter(
            sold_on__gte=self.period.first_day, sold_on__lte=self.period.last_day
        ).values_list(
            "cooperative__translation_key",
            "cooperative__title",
            "channel",
            "revenue",
            "makers_share",
        )
        if not self.scope.whole_programme:
            rows = rows.filter(cooperative__translation_key__in=self.scope.cooperatives)
        return [
            OutsideSale(channel, revenue, makers_share, group(key, title))
            for key, title, channel, revenue, makers_share in rows
        ]

    @staticmethod
    def origin_of(product, cooperative):
        """The groups a sale or an enquiry belongs to: its product's, else its
        cooperative's."""
        if product:
            return {**product.origin}
        if cooperative:
            return {**cooperative.origin}
        return {**UNKNOWN_ORIGIN}


# -- figures of records ----------------------------------------------------------------------


@dataclass(frozen=True)
class SalesTotals:
    orders: int
    units: int
    revenue: int
    makers_share: int


def sales_totals(sales):
    """Orders, units, revenue and makers' share of some sales. An order counts once however
    many of its lines are among them."""
    return SalesTotals(
        orders=len({sale.order for sale in sales}),
        units=sum(sale.units for sale in sales),
        revenue=sum(sale.revenue for sale in sales),
        makers_share=sum(sale.makers_share for sale in sales),
    )


@dataclass(frozen=True)
class OutsideTotals:
    sales: int
    revenue: int
    makers_share: int


def outside_totals(outside_sales):
    """Number, revenue and makers' share of some sales outside the site."""
    return OutsideTotals(
        sales=len(outside_sales),
        revenue=sum(sale.revenue for sale in outside_sales),
        makers_share=sum(sale.makers_share for sale in outside_sales),
    )


def by_channel(outside_sales):
    channels = defaultdict(list)
    for sale in outside_sales:
        channels[sale.channel].append(sale)
    return channels


def by_cooperative(outside_sales):
    cooperatives = defaultdict(list)
    for sale in outside_sales:
        cooperatives[sale.cooperative].append(sale)
    return cooperatives


def cooperatives_active(sales):
    """Cooperatives that sold in the period: taking part is selling, not only being listed."""
    return len({sale.origin["cooperative"].key for sale in sales})


def products_on_sale(products):
    """Listed products with at least one variant on sale today: the site keeps no history
    of the on-sale flag, so this figure is today's whatever the period."""
    return sum(product.on_sale for product in products)


def enquiries_won(enquiries):
    """Enquiries of the period whose deal is marked won (by now)."""
    return sum(enquiry.won for enquiry in enquiries)


def by_group(items, breakdown):
    """{Group: [items]} for one breakdown."""
    groups = defaultdict(list)
    for item in items:
        groups[item.origin[breakdown]].append(item)
    return groups


def by_month(sales):
    months = defaultdict(list)
    for sale in sales:
        months[(sale.placed_on.year, sale.placed_on.month)].append(sale)
    return months


def by_payment_method(sales):
    methods = defaultdict(list)
    for sale in sales:
        methods[sale.payment_method].append(sale)
    return methods


# -- the programme's editorial figures (province-wide, not per cooperative) ----------------


def artisans_with_profiles(period):
    """Artisans whose public profile was live by the end of the period (a profile is
    published only with the artisan's consent)."""
    profiles = ArtisanPage.objects.live().filter(first_published_at__lt=period.ends_at)
    return profiles.values("translation_key").distinct().count()


def heritage_sites_listed(period):
    """Heritage sites whose page was live by the end of the period, once for all languages."""
    sites = HeritageSitePage.objects.live().filter(first_published_at__lt=period.ends_at)
    return sites.values("translation_key").distinct().count()


def stories_published(period):
    """Live stories dated in the period, once for all their languages."""
    stories = StoryPage.objects.live().filter(date__gte=period.first_day, date__lte=period.last_day)
    return stories.values("translation_key").distinct().count()


def events_held(period, kinds):
    """Occurrences of live events of these kinds that started in the period and not in the
    future: a festival held every year counts in each year's report."""
    latest = min(period.ends_at, timezone.now())
    return EventOccurrence.objects.filter(
        event__live=True,
        event__kind__in=kinds,
        starts_at__gte=period.starts_at,
        starts_at__lt=latest,
    )


def classes_held(period):
    classes = events_held(period, [EventPage.Kind.CLASS])
    return classes.values("event__translation_key").distinct().count()


def completed_registrations(period):
    """Registrations marked as having completed a class held in the period (registrations
    belong to the class in every language, by its translation key)."""
    classes = events_held(period, [EventPage.Kind.CLASS]).values("event__translation_key")
    return ClassRegistration.objects.filter(completed=True, event__translation_key__in=classes)


def learners_completed(period):
    return completed_registrations(period).count()


def festivals_and_fairs_held(period):
    """Each time a festival or fair was held, once for all its languages."""
    events = events_held(period, [EventPage.Kind.FESTIVAL, EventPage.Kind.FAIR])
    return events.values("event__translation_key", "starts_at").distinct().count()


def label_order(group_):
    """Rows in reading order: "Đăk" next to "Dak", and "Not stated" last."""
    return (group_.key is None, fold(str(group_.label)).lower())
