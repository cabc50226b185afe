"""The pages a benchmark loads, and what each costs in SQL: run once under the settings the
server uses (the production settings against the benchmark database), before the load.

For each kind of page it picks the addresses to cycle through and counts, with Django's test
client and CaptureQueriesContext, the queries of one request on an emptied cache ("cold")
and of the next one ("warm"), and the size of the HTML. Nothing is added to the site's code.

    python -m bench.probe OUTPUT.json
"""

import gzip
import json
import random
import sys
from collections import Counter

import django
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings

from bench.load import PAGE_CACHE_ROWS

SAMPLE = 60  # addresses per kind of page that has many (products, stories, …)
SEARCH = "tho cam"
SHARED = "?utm_source=zalo&utm_medium=share&zarsrc=31&fbclid=IwAR2x"  # as Zalo and Facebook add


def main(output):
    django.setup()
    # models can be imported only once django.setup() has run, just above
    from base.models import HomePage  # noqa: PLC0415 (after django.setup())
    from base.templatetags.site_tags import action_url  # noqa: PLC0415 (after django.setup())
    from catalog.models import (  # noqa: PLC0415 (after django.setup())
        CooperativePage,
        ProductPage,
        ProductVariant,
        ShopPage,
    )
    from stories.models import StoryPage, VillagePage  # noqa: PLC0415 (after django.setup())

    rng = random.Random(7)

    def sample(queryset):
        urls = [page.url for page in queryset.only("id", "url_path").order_by("path")]
        return rng.sample(urls, min(SAMPLE, len(urls)))

    home = HomePage.objects.get(locale__language_code="vi")
    shop = ShopPage.objects.get(locale__language_code="vi")
    products = ProductPage.objects.live()
    craft_id, material_id = common_facets(products.filter(locale_id=shop.locale_id))
    in_stock = set(
        ProductVariant.objects.filter(stock__gt=0).values_list(
            "product__translation_key", flat=True
        )
    )
    for_cart = next(
        page
        for page in products.filter(locale_id=shop.locale_id).order_by("path")
        if page.translation_key in in_stock
    )
    pages = {
        "home": {"paths": [home.url]},
        "listing": {"paths": [shop.url]},
        "listing_facets": {"paths": [f"{shop.url}?craft={craft_id}&material={material_id}"]},
        "listing_page_50": {"paths": [f"{shop.url}?page=50"]},
        "product": {"paths": sample(products)},
        "cooperative": {"paths": sample(CooperativePage.objects.live())},
        "story": {"paths": sample(StoryPage.objects.live())},
        "village": {"paths": sample(VillagePage.objects.live())},
        "search": {"paths": [f"/vi/search/?q={SEARCH.replace(' ', '+')}"]},
        "add_to_cart": {"paths": [action_url("add_to_cart", for_cart)], "method": "POST"},
        "cached": {"paths": [home.url]},
    }
    pages["cart_shopper"] = {"paths": pages["product"]["paths"]}
    pages["shared_link"] = {"paths": [path + SHARED for path in pages["product"]["paths"]]}
    cart = {"path": action_url("add_to_cart", for_cart), "sku": cart_sku(for_cart)}
    pages["add_to_cart"]["cart"] = pages["cart_shopper"]["cart"] = cart

    client = Client(enforce_csrf_checks=True, headers={"Sec-Fetch-Site": "same-origin"})

    def count(method, path, data=None):
        with CaptureQueriesContext(connection) as captured:
            response = getattr(client, method)(path, data)
        return response, len(captured)

    for kind, page in pages.items():
        # The server under load runs without the page cache (PAGE_CACHE_SECONDS=0), except
        # for the rows that measure the page cache.
        with override_settings(PAGE_CACHE_SECONDS=600 if kind in PAGE_CACHE_ROWS else 0):
            probe_page(kind, page, client, count)
    client.cookies.clear()

    pages["cached"]["page_cache"] = page_cache_found(pages["cached"])
    with open(output, "w") as file:
        json.dump({"pages": pages, "counts": catalogue_size(), "search": SEARCH}, file, indent=2)


def probe_page(kind, page, client, count):
    cold = warm = 0
    for path in page["paths"][:3]:
        if page.get("method") == "POST":
            data = {"sku": page["cart"]["sku"], "quantity": 1}
            cache.clear()
            response, queries = count("post", path, data)
            cold = max(cold, queries)
            response, queries = count("post", path, data)
            warm = max(warm, queries)
            expected = 302
        else:
            client.cookies.clear()
            cache.clear()
            if kind == "cart_shopper":
                client.post(page["cart"]["path"], {"sku": page["cart"]["sku"], "quantity": 1})
                client.cookies.pop("messages", None)
            response, queries = count("get", path)
            cold = max(cold, queries)
            response, queries = count("get", path)
            warm = max(warm, queries)
            expected = 200
        if response.status_code != expected:
            raise SystemExit(f"{kind}: {path} answered {response.status_code}")
    page.update(
        queries_cold=cold,
        queries_warm=warm,
        html_bytes=len(response.content),
        html_gzip_bytes=len(gzip.compress(response.content, 6)),
    )
    if kind == "home":
        page["static_path"] = stylesheet_of(response.content.decode())


def common_facets(products):
    """The craft and the material of the most products: two facets with results."""
    crafts = Counter(products.values_list("craft_id", flat=True))
    materials = Counter(products.values_list("materials", flat=True))
    crafts.pop(None, None)
    materials.pop(None, None)
    return crafts.most_common(1)[0][0], materials.most_common(1)[0][0]


def cart_sku(product):
    return next(variant.sku for variant in product.variants_on_sale if variant.in_stock)


def stylesheet_of(html):
    """The address of the page's stylesheet, served by whitenoise: the static-file floor."""
    start = html.index('rel="stylesheet" href="') + len('rel="stylesheet" href="')
    return html[start : html.index('"', start)]


def page_cache_found(cached):
    """Whether anonymous pages come from a page cache: a cache middleware is installed, or
    the warm home page costs no query at all."""
    middleware = any("cache" in name.lower() for name in settings.MIDDLEWARE)
    return middleware or cached["queries_warm"] == 0


def catalogue_size():
    # models can be imported only once django.setup() has run (in main, before this)
    from wagtail.models import Page  # noqa: PLC0415 (after django.setup())

    from catalog.models import (  # noqa: PLC0415 (after django.setup())
        CooperativePage,
        ProductPage,
        ProductVariant,
    )
    from stories.models import StoryPage  # noqa: PLC0415 (after django.setup())

    def per_language(model):
        return dict(Counter(model.objects.live().values_list("locale__language_code", flat=True)))

    return {
        "pages": Page.objects.count(),
        "products": per_language(ProductPage),
        "cooperatives": per_language(CooperativePage),
        "stories": per_language(StoryPage),
        "variants": ProductVariant.objects.count(),
    }


if __name__ == "__main__":
    main(sys.argv[1])
