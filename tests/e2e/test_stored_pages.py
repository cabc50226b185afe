"""Stored pages in a real browser: a shopper with a cart gets the same stored pages as everyone,
sees their own cart count in the header, and the forms on those pages work with script and
without; a stranger never sees the shopper's count or messages."""

import pytest
from django.core.cache import cache
from playwright.sync_api import expect

from tests.factories.catalog import add_cooperative, add_product, add_shop

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def products(homes, settings):
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    cooperative = add_cooperative(add_shop(homes["vi"]), "HTX Dệt", slug="htx-det")
    return [
        add_product(cooperative, "Khăn", price=350_000, stock=5, sku="KHAN-01"),
        add_product(cooperative, "Gùi", price=500_000, stock=5, sku="GUI-01"),
    ]


def visit(page, url):
    """Open `url`; whether the site served it from its store."""
    response = page.goto(url)
    return response.headers.get("x-page-cache")


def store(page, url):
    """Visit `url` until the site has stored it: the first visit after the page was made (a
    purge of its address) only tells the address's record which parameters the page reads."""
    for _ in range(3):
        if visit(page, url) == "hit":
            return
    raise AssertionError(f"{url} was not stored")


def add_to_cart(page):
    page.get_by_role("button", name="Thêm vào giỏ").click()
    expect(page.locator("div.messages")).to_contain_text("Đã thêm vào giỏ")


def test_a_shopper_with_a_cart_gets_stored_pages_with_their_own_count(
    live_server, browser, products, page_problems, page
):
    scarf, basket = (live_server.url + product.url for product in products)
    stranger = browser.new_context().new_page()
    store(stranger, scarf)
    store(stranger, basket)

    assert visit(page, scarf) == "hit"
    add_to_cart(page)  # the form of a stored page, posted without a token
    count = page.locator("[data-cart-count]")
    expect(count).to_have_text("1")
    assert visit(page, basket) == "hit"
    expect(count).to_have_text("1")
    add_to_cart(page)
    assert visit(page, scarf) == "hit"
    expect(count).to_have_text("2")
    expect(page.get_by_role("link", name="Giỏ hàng")).to_have_attribute("href", "/vi/cart/")

    assert visit(stranger, scarf) == "hit"
    expect(stranger.locator("[data-cart-count]")).to_be_hidden()
    expect(stranger.locator("div.messages")).to_have_count(0)
    assert page_problems == []


def test_without_script_the_stored_form_still_adds_to_the_cart(live_server, browser, products):
    scarf = live_server.url + products[0].url
    page = browser.new_context(java_script_enabled=False).new_page()
    store(page, scarf)
    add_to_cart(page)
    page.goto(live_server.url + "/vi/cart/")
    expect(page.get_by_role("heading", name="Khăn")).to_be_visible()
