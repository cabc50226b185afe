"""The listing read from its own rows and counts shows the products and facet counts that the
pages and variants themselves give, for many combinations of filters: the expected figures
are worked out here from ProductPage, ProductVariant and the tree, not from the listing's
tables. On the demo site (its pages published one by one, so the rows were kept by the
hooks) and on a bulk benchmark catalogue (rows computed by `rebuild_listing`) changed
afterwards through the hooks."""

from collections import Counter
from io import StringIO
from urllib.parse import urlencode

import pytest
from django.core.management import call_command
from django.http import QueryDict
from django.utils import timezone
from wagtail.models import Page

from bench.bulk_catalogue import seed_catalogue
from catalog.models import CooperativePage, ProductPage, ProductVariant
from catalog.models.listing import PRICE_RANGES, parse_filters, shop_listing
from craftsite.privacy import public
from orders.services import take_stock

pytestmark = pytest.mark.django_db


def band(price):
    for key, (low, high, _label) in PRICE_RANGES.items():
        if price is not None and (low is None or price >= low) and (high is None or price <= high):
            return key
    return None


def products_from_pages(shop):
    """Every product the shop lists, as the pages and variants say, with what it is filtered
    and counted by: its craft, people and village as the page of the product's language (an
    English alias of a Vietnamese product names the Vietnamese pages)."""
    today = timezone.localdate()
    keys = dict(Page.objects.values_list("pk", "translation_key"))
    by_language = {
        (key, locale_id): pk
        for pk, key, locale_id in Page.objects.values_list("pk", "translation_key", "locale_id")
    }

    def named(page_id, locale_id):
        return page_id and by_language.get((keys[page_id], locale_id), page_id)

    prices = {}
    for key, price, stock in ProductVariant.objects.filter(active=True).values_list(
        "product__translation_key", "price", "stock"
    ):
        lowest, in_stock = prices.get(key, (None, False))
        prices[key] = (price if lowest is None else min(lowest, price), in_stock or stock > 0)
    cooperatives = dict(CooperativePage.objects.values_list("path", "pk"))
    through = ProductPage.materials.through.objects.values_list("productpage_id", "material_id")
    materials = {}
    for product_id, material_id in through:
        materials.setdefault(product_id, set()).add(material_id)
    items = []
    for page in public(ProductPage.objects.live().descendant_of(shop)):
        lowest, in_stock = prices.get(page.translation_key, (None, False))
        items.append(
            {
                "pk": page.pk,
                "craft": named(page.craft_id, page.locale_id),
                "group": named(page.ethnic_group_id, page.locale_id),
                "village": named(page.village_id, page.locale_id),
                "cooperative": cooperatives.get(page.path[: len(shop.path) + page.steplen]),
                "material": materials.get(page.pk, set()),
                "price": lowest,
                "in_stock": in_stock,
                "ocop": page.ocop_stars is not None
                and page.ocop_expires is not None
                and page.ocop_expires >= today,
                "published": page.first_published_at,
            }
        )
    return items


def matches(item, filters, skip=None):
    for name, value in filters.pages.items():
        if name != skip and item[name] != value:
            return False
    chosen = filters.cooperative
    if skip != "cooperative" and chosen is not None and item["cooperative"] != chosen:
        return False
    chosen = filters.material
    if skip != "material" and chosen is not None and chosen not in item["material"]:
        return False
    if skip != "price" and filters.price and band(item["price"]) != filters.price:
        return False
    if filters.ocop and not item["ocop"]:
        return False
    return not (filters.in_stock and not item["in_stock"])


def expected(items, filters):
    facets = {}
    for name in ("craft", "group", "village", "cooperative"):
        facets[name] = Counter(
            str(item[name]) for item in items if matches(item, filters, name) and item[name]
        )
    facets["material"] = Counter(
        str(material)
        for item in items
        if matches(item, filters, "material")
        for material in item["material"]
    )
    facets["price"] = Counter(
        band(item["price"])
        for item in items
        if matches(item, filters, "price") and band(item["price"])
    )
    matching = [item for item in items if matches(item, filters)]
    return facets, matching


def shown(shop, params):
    filters = parse_filters(QueryDict(urlencode(params)))
    results, facets = shop_listing(shop, filters)
    counts = {
        name: Counter({str(option["value"]): option["count"] for option in options})
        for name, options in facets.items()
    }
    return filters, counts, results


def combinations(items):
    """Filters worth trying on these products: one, two, several, none matching."""

    def most(name):
        found = Counter(value for item in items if (value := item[name]))
        return found.most_common(1)[0][0]

    craft, group, village = most("craft"), most("group"), most("village")
    cooperative = most("cooperative")
    material = Counter(m for item in items for m in item["material"]).most_common(1)[0][0]
    return [
        {},
        {"craft": craft},
        {"material": material},
        {"in_stock": "1"},
        {"ocop": "1"},
        {"price": "200k-500k"},
        {"craft": craft, "material": material},
        {"cooperative": cooperative, "in_stock": "1", "sort": "price"},
        {"group": group, "price": "500k-1m", "material": material, "sort": "-price"},
        {"village": village, "ocop": "1", "in_stock": "1"},
        {
            "craft": craft,
            "group": group,
            "village": village,
            "cooperative": cooperative,
            "material": material,
            "price": "over-1m",
            "in_stock": "1",
        },
        {"craft": 999_999_999},
        {"material": material, "per_page": "48", "sort": "price"},
    ]


def assert_listing_matches_pages(shop):
    items = products_from_pages(shop)
    assert items, "a listing with products to compare"
    for params in combinations(items):
        filters, counts, results = shown(shop, params)
        facets, matching = expected(items, filters)
        assert counts == facets, params
        assert results.count() == len(matching), params
        listed = [card.pk for card in results[0 : filters.per_page]]
        if filters.sort == "newest":
            ordered = sorted(matching, key=lambda i: (i["published"], i["pk"]), reverse=True)
            assert listed == [item["pk"] for item in ordered[: filters.per_page]], params
        else:
            # The database places products without a price first or last; compare the rest.
            priced = sorted(
                (item for item in matching if item["price"] is not None),
                key=lambda i: (-i["price"] if filters.sort == "-price" else i["price"], i["pk"]),
            )
            prices = {item["pk"]: item["price"] for item in matching}
            listed_priced = [pk for pk in listed if prices[pk] is not None]
            assert listed_priced == [item["pk"] for item in priced][: len(listed_priced)], params


@pytest.mark.postgres
def test_the_listing_matches_the_pages_on_a_bulk_catalogue_changed_afterwards(shop, shops):
    seed_catalogue(products=240, cooperatives=4, out=StringIO())
    products = list(ProductPage.objects.filter(slug__startswith="bench-").order_by("path"))
    # Changes made after the bulk seeding go through the hooks.
    products[0].unpublish()
    products[1].ocop_stars, products[1].ocop_expires = 5, timezone.localdate()
    products[1].save_revision().publish()
    for variant in ProductVariant.objects.filter(product__in=products[2:40]):
        if variant.stock:
            take_stock(variant, variant.stock)
    ProductVariant.objects.filter(product=products[41]).update(price=1)  # behind the hooks' back
    call_command("rebuild_listing", stdout=StringIO())  # which the command repairs

    for language in ("vi", "en"):
        assert_listing_matches_pages(shops[language])
