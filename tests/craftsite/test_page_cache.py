"""The anonymous page cache: a stored page is served without a query, never to a logged-in
user or a visitor with a cart, and a change of price, stock or content is seen at once."""

import re

import pytest
from django.core.cache import cache
from django.test import Client

from base.templatetags.site_tags import action_url
from catalog.models import ProductPage, ProductVariant
from checkout.cart import SESSION_KEY
from orders.services import take_stock
from tests.factories.catalog import add_cooperative, add_product, add_shop
from tests.factories.pages import add_standard_page, add_translation

CSRF_VALUE = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


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


def get(client, page, **extra):
    return client.get(page.url, **extra)


def test_second_anonymous_visit_is_served_from_the_cache_without_a_query(
    client, catalogue, django_assert_num_queries
):
    first = get(client, catalogue["scarf"])
    assert cache_state(first) == "miss"
    with django_assert_num_queries(0):
        second = Client().get(catalogue["scarf"].url)
    assert cache_state(second) == "hit"
    assert "350.000" in second.text
    assert CSRF_VALUE.sub("", first.text) == CSRF_VALUE.sub("", second.text)


def test_a_stored_page_gives_each_visitor_a_csrf_token_that_works(catalogue):
    Client().get(catalogue["scarf"].url)  # stored by someone else
    visitor = Client(enforce_csrf_checks=True)
    page = visitor.get(catalogue["scarf"].url)
    assert cache_state(page) == "hit"
    token = CSRF_VALUE.search(page.text).group(1)
    assert "csrftoken" in page.cookies
    added = visitor.post(
        action_url("add_to_cart", catalogue["scarf"]),
        {"sku": "SKU-SCARF", "quantity": 1, "csrfmiddlewaretoken": token},
    )
    assert added.status_code == 302
    assert visitor.session[SESSION_KEY] == {"SKU-SCARF": 1}


def test_a_visitor_with_a_cart_or_a_login_never_gets_a_stored_page(client, admin_client, catalogue):
    Client().get(catalogue["scarf"].url)
    client.post(action_url("add_to_cart", catalogue["scarf"]), {"sku": "SKU-SCARF", "quantity": 1})
    with_cart = client.get(catalogue["scarf"].url)
    assert cache_state(with_cart) is None
    assert "Giỏ hàng" in with_cart.text
    logged_in = admin_client.get(catalogue["scarf"].url)
    assert cache_state(logged_in) is None


@pytest.mark.parametrize("path", ["/vi/cart/", "/vi/cart/checkout/", "/vi/search/?q=khan"])
def test_cart_checkout_and_search_are_never_stored(client, catalogue, path):
    client.get(path)
    assert cache_state(Client().get(path)) is None


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
    variant = ProductVariant.objects.of_product(catalogue["scarf"]).get()
    variant.price = 380_000
    with django_capture_on_commit_callbacks(execute=True):
        variant.save()
    for page in (catalogue["scarf"], catalogue["weavers"], catalogue["shop"]):
        response = Client().get(page.url)
        assert cache_state(response) == "miss", page.url
        assert "380.000" in response.text
    listing_page_two = Client().get(catalogue["shop"].url + "?page=1&sort=price")
    assert "380.000" in listing_page_two.text
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
def test_each_query_string_is_stored_apart_and_hostile_ones_do_no_harm(catalogue):
    shop = catalogue["shop"].url
    Client().get(shop + "?sort=price")
    other = Client().get(shop + "?sort=newest")
    assert cache_state(other) == "miss"
    hostile = "?q=" + "%00%ff<script>" * 200 + "&page=-1&page=abc"
    first = Client().get(shop + hostile)
    again = Client().get(shop + hostile)
    assert first.status_code == again.status_code == 200
    assert cache_state(again) == "hit"
    assert "<script>" not in again.text
