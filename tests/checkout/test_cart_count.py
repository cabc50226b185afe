"""The cart's count travels in a cookie that the header's script shows: it follows every change
of the cart, and a visitor without a cart gets no cookie."""

import pytest
from django.test import Client

from base.templatetags.site_tags import action_url
from checkout.middleware import CART_COUNT_COOKIE
from tests.factories.catalog import add_cooperative, add_product, add_shop

pytestmark = pytest.mark.django_db


@pytest.fixture
def products(homes):
    cooperative = add_cooperative(add_shop(homes["vi"]), "HTX Dệt")
    return {
        "scarf": add_product(cooperative, "Khăn", price=350_000, stock=5, sku="KHAN-DO"),
        "basket": add_product(cooperative, "Gùi", price=500_000, stock=2, sku="GUI-01"),
    }


def count_cookie(visitor):
    morsel = visitor.cookies.get(CART_COUNT_COOKIE)
    return morsel.value if morsel is not None else ""


def test_the_count_follows_every_change_of_the_cart(products):
    visitor = Client()
    visitor.post(action_url("add_to_cart", products["scarf"]), {"sku": "KHAN-DO", "quantity": 2})
    assert count_cookie(visitor) == "2"
    visitor.post(action_url("add_to_cart", products["basket"]), {"sku": "GUI-01", "quantity": 1})
    assert count_cookie(visitor) == "3"
    visitor.post("/vi/cart/update/", {"sku": "KHAN-DO", "quantity": 1})
    assert count_cookie(visitor) == "2"
    visitor.post("/vi/cart/update/", {"sku": "KHAN-DO", "quantity": 0})
    visitor.post("/vi/cart/update/", {"sku": "GUI-01", "quantity": 0})
    assert count_cookie(visitor) == ""


def test_the_cookie_is_readable_by_the_page_script_and_never_sent_elsewhere(products):
    visitor = Client()
    response = visitor.post(
        action_url("add_to_cart", products["scarf"]), {"sku": "KHAN-DO", "quantity": 1}
    )
    cookie = response.cookies[CART_COUNT_COOKIE]
    assert not cookie["httponly"]
    assert cookie["samesite"] == "Lax"


def test_browsing_without_a_cart_sets_no_cookie(client, products):
    for path in (products["scarf"].url, "/vi/cart/", "/vi/"):
        assert CART_COUNT_COOKIE not in client.get(path).cookies


def test_the_header_has_a_place_for_the_count_and_the_script_that_fills_it(client, products):
    page = client.get(products["scarf"].url).text
    assert "data-cart-count hidden" in page
    assert "checkout/js/cart-count" in page
