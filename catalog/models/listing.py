"""The shop listing: filters read from the URL, facet counts and sorting.

Every filter value is checked against what exists before it is used, so an unknown or
malformed parameter is ignored: no query string can produce an error page. Each facet counts
the products that match all the *other* filters, as shoppers expect."""

from dataclasses import dataclass, field

from django.db.models import Count, Min, OuterRef, Q, Subquery
from django.db.models.functions import Substr
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from catalog.models.cooperatives import CooperativePage
from catalog.models.products import ProductPage
from catalog.models.variants import ProductVariant
from catalog.models.vocabulary import Material
from craftsite.privacy import public
from craftsite.text import fold

PRICE_RANGES = {
    "under-200k": (None, 199_999, _("Under 200,000 ₫")),
    "200k-500k": (200_000, 500_000, _("200,000 – 500,000 ₫")),
    "500k-1m": (500_001, 1_000_000, _("500,000 – 1,000,000 ₫")),
    "over-1m": (1_000_001, None, _("Over 1,000,000 ₫")),
}
SORTS = {
    "newest": ("-first_published_at", "-pk"),
    "price": ("lowest_price", "pk"),
    "-price": ("-lowest_price", "pk"),
}
PAGE_FACETS = {"craft": "craft", "group": "ethnic_group", "village": "village"}
PAGE_SIZES = (12, 24, 48)


@dataclass
class ShopFilters:
    pages: dict = field(default_factory=dict)  # craft/group/village -> page id
    cooperative: int | None = None
    material: int | None = None
    price: str = ""
    ocop: bool = False
    in_stock: bool = False
    sort: str = "newest"
    per_page: int = PAGE_SIZES[0]


def parse_id(value):
    """A database id from the URL, or None for anything else ("１２", "-1", "1e9", "")."""
    if value.isascii() and value.isdigit() and len(value) < 12:
        return int(value)
    return None


def parse_filters(params):
    """Read filters from the query string, keeping only well-formed values."""
    filters = ShopFilters()
    for name in PAGE_FACETS:
        value = parse_id(params.get(name, ""))
        if value is not None:
            filters.pages[name] = value
    filters.cooperative = parse_id(params.get("cooperative", ""))
    filters.material = parse_id(params.get("material", ""))
    per_page = parse_id(params.get("per_page", ""))
    if per_page in PAGE_SIZES:
        filters.per_page = per_page
    if params.get("price") in PRICE_RANGES:
        filters.price = params["price"]
    filters.ocop = params.get("ocop") == "1"
    filters.in_stock = params.get("in_stock") == "1"
    if params.get("sort") in SORTS:
        filters.sort = params["sort"]
    return filters


def products_in(shop):
    """Live products under the shop, with their lowest active price, whether any variant is
    in stock, and their cooperative."""
    cooperative = CooperativePage.objects.filter(
        path=Substr(OuterRef("path"), 1, ProductPage.steplen * (shop.depth + 1))
    )
    return (
        public(ProductPage.objects.descendant_of(shop).live())
        .with_prices()
        .annotate(
            cooperative_id=Subquery(cooperative.values("pk")[:1]),
            cooperative_title=Subquery(cooperative.values("title")[:1]),
        )
    )


def conditions(filters, skip=None):
    """The filters as query conditions, leaving out the facet `skip`."""
    condition = Q()
    for name, field_name in PAGE_FACETS.items():
        if name != skip and name in filters.pages:
            condition &= Q(**{f"{field_name}_id": filters.pages[name]})
    if skip != "cooperative" and filters.cooperative is not None:
        condition &= Q(cooperative_id=filters.cooperative)
    if skip != "material" and filters.material is not None:
        condition &= Q(materials=filters.material)
    if skip != "price" and filters.price:
        condition &= price_range_condition(filters.price)
    if skip != "ocop" and filters.ocop:
        condition &= Q(ocop_stars__isnull=False, ocop_expires__gte=timezone.localdate())
    if skip != "in_stock" and filters.in_stock:
        condition &= Q(available=True)
    return condition


def facet_counts(shop, products, filters):
    """For each facet, its options with counts under the other filters (one query each)."""
    facets = {}
    for name, field_name in PAGE_FACETS.items():
        rows = (
            products.filter(conditions(filters, skip=name))
            .exclude(**{f"{field_name}__isnull": True})
            .values(f"{field_name}_id", f"{field_name}__title")
            .annotate(count=Count("pk"))
            .order_by(f"{field_name}__title")
        )
        facets[name] = [
            {
                "value": row[f"{field_name}_id"],
                "label": row[f"{field_name}__title"],
                "count": row["count"],
                "selected": filters.pages.get(name) == row[f"{field_name}_id"],
            }
            for row in rows
        ]
    facets["price"] = price_counts(products.filter(conditions(filters, "price")), filters)
    facets["cooperative"] = cooperative_counts(shop, products, filters)
    facets["material"] = material_counts(products, filters)
    return facets


def cooperative_counts(shop, products, filters):
    """Cooperatives of the matching products, each with how many. Products are counted by
    the start of their tree path, which is their cooperative's path: one GROUP BY, where
    looking up each product's cooperative would cost two subqueries per product."""
    length = ProductPage.steplen * (shop.depth + 1)
    counts = dict(
        products.filter(conditions(filters, skip="cooperative"))
        .order_by()
        .annotate(cooperative_path=Substr("path", 1, length))
        .values_list("cooperative_path")
        .annotate(count=Count("pk"))
    )
    cooperatives = CooperativePage.objects.filter(path__in=counts).order_by("title")
    return [
        {
            "value": pk,
            "label": title,
            "count": counts[path],
            "selected": filters.cooperative == pk,
        }
        for pk, title, path in cooperatives.values_list("pk", "title", "path")
    ]


def material_counts(products, filters):
    """Materials of the matching products, each with how many products use it."""
    matching = products.filter(conditions(filters, skip="material")).order_by().values("pk")
    materials = Material.objects.filter(products__in=matching).annotate(
        count=Count("products", distinct=True)
    )
    options = [
        {
            "value": material.pk,
            "label": material.display_name,
            "count": material.count,
            "selected": filters.material == material.pk,
        }
        for material in materials
    ]
    return sorted(options, key=lambda option: (fold(option["label"]).lower(), option["label"]))


def price_range_condition(key, field_name="lowest_price"):
    low, high, _label = PRICE_RANGES[key]
    condition = Q()
    if low is not None:
        condition &= Q(**{f"{field_name}__gte": low})
    if high is not None:
        condition &= Q(**{f"{field_name}__lte": high})
    return condition


def price_counts(products, filters):
    """Counts for every price range in one query, from each matching product's lowest active
    price worked out once by grouping its variants (the products' `lowest_price` subquery
    would be run again for every range)."""
    lowest = (
        ProductVariant.objects.filter(
            active=True, product__translation_key__in=products.order_by().values("translation_key")
        )
        .order_by()
        .values("product_id")
        .annotate(lowest=Min("price"))
    )
    counts = lowest.aggregate(
        **{
            key: Count("product_id", filter=price_range_condition(key, "lowest"))
            for key in PRICE_RANGES
        }
    )
    return [
        {"value": key, "label": label, "count": counts[key], "selected": filters.price == key}
        for key, (_low, _high, label) in PRICE_RANGES.items()
        if counts[key]
    ]


def shop_listing(shop, filters):
    """The products to show and the facet counts, for a shop page and its filters."""
    products = products_in(shop)
    matching = products.filter(conditions(filters)).order_by(*SORTS[filters.sort])
    return matching, facet_counts(shop, products, filters)
