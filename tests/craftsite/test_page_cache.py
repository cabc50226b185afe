"""The page cache: a stored page is served without a query to every visitor who is not logged
in, cart or not, holds nothing of any one visitor, and a change of price, stock or content is
seen at once."""

import pytest
from django.core.cache import cache
from django.test import Client

from base.templatetags.site_tags import action_url
from catalog.models import ProductPage, ProductVariant
from checkout.middleware import CART_COUNT_COOKIE
from orders.services import take_stock
from tests.factories.catalog import add_cooperative, add_product, add_shop
from tests.factories.pages import add_standard_page, add_translation


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def catalogue(homes):
    shop = add_shop(homes["vi"])
    add_translation(shop, homes["en"], "Shop", "shop")
    weavers = add_cooperative(shop, "HTX Dệt")
    other = add_cooperative(shop, "HTX Đan")
    scarf = add_product(weavers, "Khăn thổ cẩm", price=350_000, stock=2, sku="SKU-SCARF")
    basket = add_product(other, "Gùi mây", price=420_000, stock=5)
    return {"shop": shop, "weavers": weavers, "scarf": scarf, "basket": basket}


def cache_state(response):
    return response.headers.get("X-Page-Cache")


def test_second_anonymous_visit_is_served_from_the_cache_without_a_query(
    client, catalogue, django_assert_num_queries
):
    first = client.get(catalogue["scarf"].url)
    assert cache_state(first) == "miss"
    with django_assert_num_queries(0):
        second = Client().get(catalogue["scarf"].url)
    assert cache_state(second) == "hit"
    assert "350.000" in second.text
    assert first.content == second.content


def add_scarf(visitor, catalogue):
    return visitor.post(
        action_url("add_to_cart", catalogue["scarf"]), {"sku": "SKU-SCARF", "quantity": 1}
    )


def test_a_visitor_with_a_cart_gets_stored_pages_that_hold_nothing_of_theirs(catalogue):
    scarf = catalogue["scarf"].url
    shopper, stranger = Client(), Client()
    assert add_scarf(shopper, catalogue).status_code == 302
    assert shopper.cookies[CART_COUNT_COOKIE].value == "1"
    told = shopper.get(scarf)  # the page that says it was added: the shopper's own
    assert cache_state(told) is None
    assert "Added to your cart" in told.text or "Đã thêm vào giỏ" in told.text
    assert "private" in told.headers["Cache-Control"]

    stored_for_stranger = stranger.get(scarf)
    again_for_shopper = shopper.get(scarf)
    assert cache_state(again_for_shopper) == "hit"
    assert again_for_shopper.content == stored_for_stranger.content
    assert told.text.count('class="message') == 1
    assert 'class="message' not in stored_for_stranger.text
    assert CART_COUNT_COOKIE not in stranger.cookies
    assert shopper.cookies[CART_COUNT_COOKIE].value == "1"


def test_a_logged_in_user_never_gets_or_makes_a_stored_page(admin_client, catalogue):
    Client().get(catalogue["scarf"].url)
    logged_in = admin_client.get(catalogue["scarf"].url)
    assert cache_state(logged_in) is None
    assert "private" in logged_in.headers["Cache-Control"]
    admin_client.get(catalogue["basket"].url)
    assert cache_state(Client().get(catalogue["basket"].url)) == "miss"


@pytest.mark.parametrize("path", ["/vi/cart/", "/vi/cart/checkout/", "/vi/search/?q=khan"])
def test_cart_checkout_and_search_are_never_stored(client, catalogue, path):
    client.get(path)
    again = Client().get(path)
    assert cache_state(again) is None
    assert "private" in again.headers["Cache-Control"]


def test_a_stored_page_may_be_held_by_shared_caches(client, catalogue):
    fresh = client.get(catalogue["scarf"].url)
    hit = Client().get(catalogue["scarf"].url)
    for response in (fresh, hit):
        directives = {d.strip() for d in response.headers["Cache-Control"].split(",")}
        assert directives == {"public", "max-age=0", "s-maxage=600"}
        assert "Vary" not in response.headers
        assert not response.cookies


def test_each_language_is_stored_apart(client, homes, catalogue):
    client.get(homes["vi"].url)
    english = Client().get(homes["en"].url)
    assert cache_state(english) == "miss"
    assert english.headers["Content-Language"] == "en"


def test_a_page_behind_a_password_is_never_stored(client, homes):
    page = add_standard_page(homes["vi"], "Nội bộ", "noi-bo")
    page.view_restrictions.create(restriction_type="password", password="bi-mat")
    client.get(page.url)
    assert cache_state(Client().get(page.url)) is None


def test_links_shared_with_tracking_parameters_are_served_from_the_stored_page(catalogue):
    scarf = catalogue["scarf"].url
    Client().get(scarf)
    shared = Client().get(scarf + "?utm_source=zalo&utm_medium=chat&zarsrc=31&fbclid=IwAR0x")
    assert cache_state(shared) == "hit"
    assert "private" in shared.headers["Cache-Control"]  # a proxy keeps only the clean address
    assert cache_state(Client().get(scarf + "?x=7f3a9c")) == "hit"


def test_a_page_first_reached_by_a_shared_link_is_stored_on_the_next_visit(catalogue):
    shared = catalogue["basket"].url + "?utm_source=facebook&fbclid=abc"
    first = Client().get(shared)
    assert cache_state(first) is None  # rendered with parameters it was not asked to read
    assert cache_state(Client().get(shared)) == "miss"
    assert cache_state(Client().get(catalogue["basket"].url)) == "hit"


def test_the_listing_is_stored_once_per_filter_and_page_with_defaults_left_out(catalogue):
    shop = catalogue["shop"].url
    assert cache_state(Client().get(shop)) == "miss"
    for same in ("?sort=newest", "?page=1&utm_campaign=tet", "?per_page=12&ocop=0", "?craft="):
        assert cache_state(Client().get(shop + same)) == "hit", same
    assert cache_state(Client().get(shop + "?sort=price")) == "miss"
    assert cache_state(Client().get(shop + "?utm_source=x&sort=price")) == "hit"
    assert cache_state(Client().get(shop + "?sort=-price")) == "miss"


@pytest.mark.parametrize(
    "query", ["?page=999", "?page=abc", "?sort=bogus", "?craft=987654", "?page=1&page=2"]
)
def test_values_a_page_did_not_honour_are_rendered_but_never_stored(catalogue, query):
    shop = catalogue["shop"].url
    Client().get(shop)
    for _ in range(2):
        response = Client().get(shop + query)
        assert response.status_code == 200
        assert cache_state(response) is None


def test_long_addresses_are_served_but_not_stored(catalogue):
    long_query = "?utm_content=" + "a" * 400
    for _ in range(2):
        response = Client().get(catalogue["scarf"].url + long_query)
        assert response.status_code == 200
        assert cache_state(response) is None


def visit_all(catalogue):
    """Store the pages that show the scarf and one that does not."""
    pages = [catalogue["scarf"], catalogue["weavers"], catalogue["shop"], catalogue["basket"]]
    for page in pages:
        Client().get(page.url)
    return pages


def test_a_price_change_purges_the_product_its_cooperative_and_the_listing_only(
    catalogue, django_capture_on_commit_callbacks
):
    visit_all(catalogue)
    Client().get(catalogue["shop"].url + "?sort=price")
    Client().get(catalogue["shop"].url + "?sort=price")  # stored
    variant = ProductVariant.objects.of_product(catalogue["scarf"]).get()
    variant.price = 380_000
    with django_capture_on_commit_callbacks(execute=True):
        variant.save()
    for page in (catalogue["scarf"], catalogue["weavers"], catalogue["shop"]):
        response = Client().get(page.url)
        assert cache_state(response) == "miss", page.url
        assert "380.000" in response.text
    by_price = Client().get(catalogue["shop"].url + "?sort=price")
    assert cache_state(by_price) == "miss"
    assert "380.000" in by_price.text
    assert cache_state(Client().get(catalogue["basket"].url)) == "hit"


def test_the_last_item_sold_shows_sold_out_at_once(catalogue, django_capture_on_commit_callbacks):
    visit_all(catalogue)
    variant = ProductVariant.objects.of_product(catalogue["scarf"]).get()
    with django_capture_on_commit_callbacks(execute=True):
        assert take_stock(variant, 2)
    response = Client().get(catalogue["scarf"].url)
    assert cache_state(response) == "miss"
    assert 'name="variant"' not in response.text


def test_unpublishing_a_product_purges_the_pages_that_listed_it(
    catalogue, django_capture_on_commit_callbacks
):
    visit_all(catalogue)
    with django_capture_on_commit_callbacks(execute=True):
        ProductPage.objects.get(pk=catalogue["scarf"].pk).unpublish()
    assert "Khăn thổ cẩm" not in Client().get(catalogue["weavers"].url).text
    assert Client().get(catalogue["scarf"].url).status_code == 404
    assert cache_state(Client().get(catalogue["basket"].url)) == "hit"


def test_publishing_any_other_page_purges_every_page(
    homes, catalogue, django_capture_on_commit_callbacks
):
    visit_all(catalogue)
    page = add_standard_page(homes["vi"], "Mùa dệt", "mua-det")
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert cache_state(Client().get(catalogue["basket"].url)) == "miss"


def test_the_cache_is_off_when_its_timeout_is_zero(client, settings, catalogue):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(catalogue["scarf"].url)
    assert cache_state(Client().get(catalogue["scarf"].url)) is None


def test_a_stored_page_keeps_its_security_headers(client, catalogue):
    first = client.get(catalogue["scarf"].url)
    hit = Client().get(catalogue["scarf"].url)
    assert cache_state(hit) == "hit"
    for header in ("Content-Security-Policy", "Permissions-Policy", "X-Frame-Options"):
        assert hit.headers[header] == first.headers[header]
    assert "default-src 'self'" in hit.headers["Content-Security-Policy"]


@pytest.mark.filterwarnings("ignore::django.core.cache.backends.base.CacheKeyWarning")
def test_hostile_query_strings_do_no_harm(catalogue):
    hostile = "?q=" + "%00%ff<script>" * 10 + "&page=-1&sort=%27%22"
    first = Client().get(catalogue["shop"].url + hostile)
    again = Client().get(catalogue["shop"].url + hostile)
    assert first.status_code == again.status_code == 200
    assert "<script>" not in again.text
