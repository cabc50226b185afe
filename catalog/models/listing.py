"""The shop listing: filters read from the URL, facet counts and sorting.

Every filter value is checked against what exists before it is used, so an unknown or
malformed parameter is ignored: no query string can produce an error page. Each facet counts
the products that match all the *other* filters, as shoppers expect.

Everything is read from the listing's own tables (catalog.models.listing_rows), never from
the pages, so that a listing costs the same whatever the size of the catalogue: the counts of
a facet under at most two other filters, and the number of products under at most three, are
kept ahead and read in one query; the rest (OCOP, valid until a date, and three or more other
filters) by counting the matching rows, in one more query; then the labels of the options
shown and the page of rows, which carry what a product card shows.
"""

from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.db import connection
from django.db.models import Case, CharField, Count, Q, Value, When
from django.db.models.functions import Cast
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Page

from catalog.models.listing_rows import (
    ALL,
    COUNTED,
    PAGE_COLUMNS,
    PRICE_RANGES,
    ListedProduct,
    ListedProductMaterial,
    ListingCount,
)
from catalog.models.products import ProductPage
from catalog.models.vocabulary import Material
from craftsite.text import fold

__all__ = ["PAGE_SIZES", "PRICE_RANGES", "SORTS", "ShopFilters", "parse_filters", "shop_listing"]

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

    def values(self):
        """The filters that are counted ahead, as {filter: value as a string}: all but OCOP."""
        chosen = {name: str(value) for name, value in self.pages.items()}
        if self.cooperative is not None:
            chosen["cooperative"] = str(self.cooperative)
        if self.material is not None:
            chosen["material"] = str(self.material)
        if self.price:
            chosen["price"] = self.price
        if self.in_stock:
            chosen["in_stock"] = "1"
        return chosen


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


def conditions(filters, skip=None, prefix=""):
    """The filters as conditions on listed products (through `prefix`), leaving out the
    facet `skip`."""
    condition = Q()
    chosen = filters.values()
    for name, column in PAGE_COLUMNS.items():
        if name != skip and name in chosen:
            condition &= Q(**{prefix + column: int(chosen[name])})
    if skip != "material" and filters.material is not None:
        condition &= Q(**{prefix + "materials__material_id": filters.material})
    if skip != "price" and filters.price:
        condition &= price_range_condition(filters.price, prefix + "lowest_price")
    if skip != "ocop" and filters.ocop:
        condition &= Q(
            **{
                prefix + "ocop_stars__isnull": False,
                prefix + "ocop_expires__gte": timezone.localdate(),
            }
        )
    if skip != "in_stock" and filters.in_stock:
        condition &= Q(**{prefix + "in_stock": True})
    return condition


def price_range_condition(key, field_name="lowest_price"):
    low, high, _label = PRICE_RANGES[key]
    condition = Q()
    if low is not None:
        condition &= Q(**{f"{field_name}__gte": low})
    if high is not None:
        condition &= Q(**{f"{field_name}__lte": high})
    return condition


def price_range_of(field_name="lowest_price"):
    """The key of the price range of `field_name`, in SQL."""
    return Case(
        *(When(price_range_condition(key, field_name), then=Value(key)) for key in PRICE_RANGES),
        output_field=CharField(),
    )


# -- counting -------------------------------------------------------------------------------------


def given(values):
    """The name of what a count is given: "" for nothing, "craft:12", or two values joined by
    "|" in sorted order (catalog.models.listing_rows.cells_of)."""
    return "|".join(sorted(f"{name}:{value}" for name, value in values.items()))


def count_facets(shop, filters):
    """{facet: {value: count}} for each counted facet, and the number of matching products:
    from the counts kept ahead wherever they hold the answer (at most two other filters, and
    not OCOP), in one query; the rest by counting the matching rows, in one more."""
    chosen = filters.values()
    ahead = {}  # facet -> what its counts are given
    scanned = []
    for facet in COUNTED:
        others = {name: value for name, value in chosen.items() if name != facet}
        if filters.ocop or len(others) > 2:
            scanned.append(facet)
        else:
            ahead[facet] = given(others)
    total_from = None  # the count that is the number of matching products, if kept ahead
    if not filters.ocop and len(chosen) <= 3:
        if chosen:
            last = max(chosen)
            rest = {name: value for name, value in chosen.items() if name != last}
            total_from = (given(rest), last, chosen[last])
        else:
            total_from = ("", ALL, "")

    counts = {facet: {} for facet in COUNTED}
    total = 0
    wanted = [Q(given=given_, facet=facet) for facet, given_ in ahead.items()]
    if total_from:
        wanted.append(Q(given=total_from[0], facet=total_from[1], value=total_from[2]))
    cells = ListingCount.objects.filter(reduce(or_, wanted, Q(pk__in=[])), shop=shop, count__gt=0)
    for given_, facet, value, count in cells.values_list("given", "facet", "value", "count"):
        if ahead.get(facet) == given_:
            counts[facet][value] = count
        if (given_, facet, value) == total_from:
            total = count
    if scanned or not total_from:
        for facet, value, count in matching_counts(shop, filters, scanned, not total_from):
            if facet == ALL:
                total = count
            elif value is not None:
                counts[facet][value] = count
    return counts, total


COUNT_COLUMNS = ("product_id", "craft_id", "ethnic_group_id", "village_id", "cooperative_id")


def matching_counts(shop, filters, facets, with_total):
    """Count the matching rows for `facets` (and all of them when `with_total`), each under
    the filters but its own, in one query: the rows matching every filter are read once (a
    WITH), and each facet without a filter of its own groups them; a facet with a filter of
    its own groups its own rows. Put together by UNION ALL, which SQLite runs as PostgreSQL
    does (GROUPING SETS would need a second way for SQLite)."""
    quote = connection.ops.quote_name
    rows = ListedProduct.objects.filter(shop=shop).order_by()
    chosen = filters.values()
    shared = [facet for facet in facets if facet not in chosen]
    parts, params = [], []
    if shared or with_total:
        matching = rows.filter(conditions(filters)).values(*COUNT_COLUMNS, "lowest_price")
        sql, matching_params = sql_of(matching)
        names = ", ".join(quote(name) for name in (*COUNT_COLUMNS, "lowest_price"))
        head = f"WITH matching ({names}) AS ({sql}) "
        params += matching_params
        for facet in shared:
            if facet == "material":
                table = quote(ListedProductMaterial._meta.db_table)
                parts.append(
                    f"SELECT 'material', CAST(m.{quote('material_id')} AS TEXT), COUNT(*) "
                    f"FROM matching JOIN {table} m ON m.{quote('listed_id')} = "
                    f"matching.{quote('product_id')} GROUP BY m.{quote('material_id')}"
                )
            elif facet == "price":
                band, band_params = price_range_sql(quote("lowest_price"))
                parts.append(
                    f"SELECT 'price', {band}, COUNT(*) FROM matching "
                    f"WHERE {quote('lowest_price')} IS NOT NULL GROUP BY 2"
                )
                params += band_params
            else:
                column = quote(PAGE_COLUMNS[facet])
                parts.append(
                    f"SELECT '{facet}', CAST({column} AS TEXT), COUNT(*) FROM matching "
                    f"WHERE {column} IS NOT NULL GROUP BY {column}"
                )
        if with_total:
            parts.append("SELECT 'all', '', COUNT(*) FROM matching")
    else:
        head = ""
    for facet in facets:
        if facet in chosen:  # counted under the other filters: rows of its own
            sql, own_params = sql_of(own_counts(shop, filters, facet))
            parts.append(sql)
            params += own_params
    if not parts:
        return []
    with connection.cursor() as cursor:
        cursor.execute(head + " UNION ALL ".join(parts), params)
        return cursor.fetchall()


def own_counts(shop, filters, facet):
    """The counts of `facet` under the filters but its own, grouped in SQL."""
    rows = ListedProduct.objects.filter(shop=shop)
    if facet == "material":
        part = ListedProductMaterial.objects.filter(
            conditions(filters, "material", "listed__"), listed__shop=shop
        ).annotate(value=Cast("material_id", CharField()))
    elif facet == "price":
        part = rows.filter(conditions(filters, "price"), lowest_price__isnull=False).annotate(
            value=price_range_of()
        )
    else:
        column = PAGE_COLUMNS[facet]
        part = rows.filter(conditions(filters, facet), **{f"{column}__isnull": False}).annotate(
            value=Cast(column, CharField())
        )
    return (
        part.order_by().annotate(facet=Value(facet)).values("facet", "value").annotate(n=Count("*"))
    )


def sql_of(queryset):
    return queryset.query.get_compiler(connection=connection).as_sql()


def price_range_sql(column):
    """The key of the price range of `column`, in SQL, and its parameters."""
    whens, params = [], []
    for key, (low, high, _label) in PRICE_RANGES.items():
        tests = []
        if low is not None:
            tests.append(f"{column} >= %s")
            params.append(low)
        if high is not None:
            tests.append(f"{column} <= %s")
            params.append(high)
        whens.append(f"WHEN {' AND '.join(tests)} THEN %s")
        params.append(key)
    return f"CASE {' '.join(whens)} END", params


def facet_options(counts, filters):
    """The options of each facet, labelled, ordered and marked selected as the page shows
    them: pages by title (as the database orders them), materials by name, prices in the
    order of their ranges."""
    selected = filters.values()
    page_ids = {int(value) for facet in PAGE_COLUMNS for value in counts[facet]}
    titles = (
        list(Page.objects.filter(pk__in=page_ids).order_by("title").values_list("pk", "title"))
        if page_ids
        else []
    )
    facets = {
        facet: page_options(facet, titles, counts, selected)
        for facet in ("craft", "group", "village")
    }
    facets["price"] = [
        {
            "value": key,
            "label": label,
            "count": counts["price"][key],
            "selected": filters.price == key,
        }
        for key, (_low, _high, label) in PRICE_RANGES.items()
        if counts["price"].get(key)
    ]
    facets["cooperative"] = page_options("cooperative", titles, counts, selected)
    materials = Material.objects.filter(pk__in=[int(pk) for pk in counts["material"]])
    options = [
        {
            "value": material.pk,
            "label": material.display_name,
            "count": counts["material"][str(material.pk)],
            "selected": filters.material == material.pk,
        }
        for material in (materials if counts["material"] else [])
    ]
    facets["material"] = sorted(
        options, key=lambda option: (fold(option["label"]).lower(), option["label"])
    )
    return facets


def page_options(facet, titles, counts, selected):
    return [
        {
            "value": pk,
            "label": title,
            "count": counts[facet][str(pk)],
            "selected": selected.get(facet) == str(pk),
        }
        for pk, title in titles
        if str(pk) in counts[facet]
    ]


# -- the products of the page ---------------------------------------------------------------------


class ListedResults:
    """The matching products for the paginator: their number known from the counts (no
    COUNT query), and each page of them as product cards built from their rows."""

    def __init__(self, rows, total):
        self.rows = rows
        self.total = total

    def count(self):
        return self.total

    def __len__(self):
        return self.total

    def __getitem__(self, index):
        if not isinstance(index, slice):
            raise TypeError("ListedResults is read a page at a time")
        return product_cards(list(self.rows[index]))


CARD_FIELDS = {"id", "page_ptr_id", "title", "url_path", "path", "locale_id", "live"}


def card_values(row):
    """The values of CARD_FIELDS in the order of the product page's columns, as `from_db`
    takes them."""
    values = {
        "id": row.product_id,
        "page_ptr_id": row.product_id,
        "title": row.title,
        "url_path": row.url_path,
        "path": row.path,
        "locale_id": row.locale_id,
        "live": True,
    }
    return [
        values[field.attname]
        for field in ProductPage._meta.concrete_fields
        if field.attname in CARD_FIELDS
    ]


def product_cards(rows):
    """Product pages holding only what a card shows (catalog/includes/product_card.html),
    built from the rows, with their first photo and its renditions in two queries."""
    image_ids = {row.image_id for row in rows if row.image_id}
    images = (
        get_image_model().objects.prefetch_related("renditions").in_bulk(image_ids)
        if image_ids
        else {}
    )
    cards = []
    for row in rows:
        card = ProductPage.from_db(row._state.db, CARD_FIELDS, card_values(row))
        card.lowest_price = row.lowest_price
        card.available = row.in_stock
        card.listing_image = images.get(row.image_id)
        cards.append(card)
    return cards


def shop_listing(shop, filters):
    """The products to show, ready for the paginator, and the facet counts, for a shop page
    and its filters."""
    counts, total = count_facets(shop, filters)
    rows = (
        ListedProduct.objects.filter(conditions(filters), shop=shop)
        .order_by(*SORTS[filters.sort])
        .only("product", "title", "url_path", "path", "locale", "lowest_price", "in_stock", "image")
    )
    return ListedResults(rows, total), facet_options(counts, filters)
