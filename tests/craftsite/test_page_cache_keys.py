"""The page cache's keys are bounded by the pages that exist, whatever is asked of it, and a
page that changed while it was being rendered is never stored."""

import random
import string
from urllib.parse import unquote, urlencode

import pytest
from django.core.cache import cache
from django.http import HttpResponse
from django.test import Client, RequestFactory

from craftsite.page_cache import PageCacheMiddleware, purge_all, purge_paths
from tests.factories.catalog import add_cooperative, add_product, add_shop
from tests.factories.pages import add_standard_page

REQUESTS = 10_000
SHOP_CHOICES = {  # every value the listing honours on this catalogue, defaults included
    "sort": ["newest", "price", "-price"],
    "per_page": ["12", "24", "48"],
    "in_stock": ["0", "1"],
}
TRACKING = ["utm_source", "utm_medium", "utm_campaign", "fbclid", "gclid", "zarsrc", "zl_ref"]


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 1_000_000},  # never culled: every key stays countable
        }
    }
    cache.clear()
    yield
    cache.clear()


def stored_keys():
    return [key.split(":", 2)[2] for key in cache._cache]  # locmem's "prefix:version:key"


def random_word(rng, length=None):
    return "".join(rng.choices(string.ascii_letters + "-_.%~", k=length or rng.randint(1, 12)))


def random_request(rng, paths):
    """A request as a crawler, a scanner or a shared link would send: a made-up or real
    address, with tracking, unknown, malformed or well-formed parameters."""
    kind = rng.random()
    if kind < 0.3:  # a made-up address, sometimes under a real one, sometimes very long
        base = rng.choice(["/", *paths])
        return f"{base}{random_word(rng, rng.choice([4, 30, 400]))}/"
    path = rng.choice(paths)
    params = []
    for _ in range(rng.randint(1, 4)):
        roll = rng.random()
        if roll < 0.35:
            params.append((rng.choice(TRACKING), random_word(rng)))
        elif roll < 0.55:
            params.append((random_word(rng), random_word(rng)))
        elif roll < 0.75:
            name = rng.choice(["page", "craft", "cooperative", "material", "price", "sort"])
            params.append((name, rng.choice([str(rng.randint(-5, 10**9)), random_word(rng)])))
        else:
            name = rng.choice(list(SHOP_CHOICES))
            params.append((name, rng.choice(SHOP_CHOICES[name])))
    return f"{path}?{urlencode(params)}"


@pytest.mark.filterwarnings("ignore::django.core.cache.backends.base.CacheKeyWarning")
def test_ten_thousand_random_requests_store_no_more_than_the_pages_that_exist(homes):
    shop = add_shop(homes["vi"])
    weavers = add_cooperative(shop, "HTX Dệt")
    products = [add_product(weavers, f"Khăn {n}", price=100_000 * n) for n in range(1, 4)]
    about = add_standard_page(homes["vi"], "Giới thiệu", "gioi-thieu")
    pages = [homes["vi"], homes["en"], shop, weavers, about, *products]
    paths = [page.url for page in pages]
    listing_variants = 1
    for values in SHOP_CHOICES.values():
        listing_variants *= len(values)
    rng = random.Random(20261206)
    visitor = Client()
    for path in paths:  # the site's own keys (chrome, renditions) are made by visiting each page
        visitor.get(path)
    own_keys = {key for key in stored_keys() if not key.startswith("page:")}

    statuses = {visitor.get(random_request(rng, paths)).status_code for _ in range(REQUESTS)}

    assert statuses <= {200, 302, 404}  # 302: an address without a language is sent to one
    keys = stored_keys()
    records = [key for key in keys if key.startswith("page:record:")]
    stored_pages = [key for key in keys if key.count(":") >= 4 and key.startswith("page:")]
    assert {key.removeprefix("page:record:") for key in records} <= {unquote(p) for p in paths}
    assert len(stored_pages) <= len(paths) - 1 + listing_variants
    assert {key for key in keys if not key.startswith("page:")} == own_keys
    assert len(keys) <= len(own_keys) + len(records) + len(stored_pages) + 1  # the generation
    assert max(len(key) for key in keys) < 400


def respond(body):
    def view(request):
        request.page_cache_allowed = True
        return HttpResponse(body)

    return view


@pytest.mark.parametrize("address_known", [False, True], ids=["first visit", "known address"])
@pytest.mark.parametrize("purge", ["address", "everything"])
def test_a_page_that_changed_while_it_was_being_rendered_is_not_stored(address_known, purge):
    request = RequestFactory().get
    if address_known:  # a visit by a shared link made the address's record, storing nothing
        PageCacheMiddleware(respond("old price"))(request("/vi/khan/?utm_source=zalo"))

    def changed_meanwhile(request):
        response = respond("old price")(request)
        purge_paths([request.path]) if purge == "address" else purge_all()
        return response

    PageCacheMiddleware(changed_meanwhile)(request("/vi/khan/"))
    later = [PageCacheMiddleware(respond("new price"))(request("/vi/khan/")) for _ in range(3)]
    assert [response.content for response in later] == [b"new price"] * 3
    assert later[-1]["X-Page-Cache"] == "hit"
