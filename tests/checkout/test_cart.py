"""The cart page: lines grouped by the cooperative that ships them, today's prices, quantities
that never pass the stock, and calm answers to anything malformed."""

import pytest

from catalog.models import ProductVariant
from checkout.cart import SESSION_KEY
from tests.factories.catalog import add_cooperative, add_product, add_shop
from tests.html import soup
from tests.queries import BUDGET, warm_query_count

pytestmark = pytest.mark.django_db

CART = "/vi/cart/"
UPDATE = "/vi/cart/update/"


@pytest.fixture
def products(homes):
    shop = add_shop(homes["vi"])
    weavers = add_cooperative(shop, "HTX Dệt", slug="htx-det")
    baskets = add_cooperative(shop, "Tổ Đan", slug="to-dan", kind="group")
    return {
        "scarf": add_product(weavers, "Khăn", price=350_000, stock=3, sku="KHAN-01"),
        "skirt": add_product(weavers, "Váy", price=900_000, stock=2, sku="VAY-01"),
        "basket": add_product(baskets, "Gùi", price=500_000, stock=5, sku="GUI-01"),
    }


def fill(client, **lines):
    session = client.session
    session[SESSION_KEY] = lines
    session.save()


def cart(client):
    return client.session.get(SESSION_KEY, {})


def test_cart_groups_lines_by_cooperative_with_subtotals_and_total(client, products):
    fill(client, **{"KHAN-01": 2, "GUI-01": 1, "VAY-01": 1})

    page = soup(client.get(CART))

    groups = page.select(".cart__group")
    assert [g.h2.get_text(strip=True) for g in groups] == [
        "Do HTX Dệt làm và gửi",
        "Do Tổ Đan làm và gửi",
    ]
    assert [a.get_text(strip=True) for a in groups[0].select(".cart-line__title a")] == [
        "Khăn",
        "Váy",
    ]
    assert "1.600.000 ₫" in groups[0].select_one(".cart__subtotal").get_text()
    assert "2.100.000 ₫" in page.select_one(".cart__total").get_text()


def test_cart_shows_todays_price_and_drops_what_is_no_longer_sold(client, products):
    fill(client, **{"KHAN-01": 3, "GUI-01": 1, "GONE-01": 4})
    ProductVariant.objects.filter(sku="KHAN-01").update(price=380_000, stock=2)
    ProductVariant.objects.filter(sku="GUI-01").update(active=False)

    page = soup(client.get(CART))

    assert cart(client) == {"KHAN-01": 2}
    assert "760.000 ₫" in page.select_one(".cart__total").get_text()
    messages = page.select_one(".messages").get_text()
    assert "Gùi" in messages
    assert "Chỉ còn 2" in messages


def test_change_and_remove_a_line(client, products):
    fill(client, **{"KHAN-01": 1, "GUI-01": 1})

    client.post(UPDATE, {"sku": "KHAN-01", "quantity": "3"})
    assert cart(client) == {"KHAN-01": 3, "GUI-01": 1}

    client.post(UPDATE, {"sku": "KHAN-01", "quantity": "7"})
    assert cart(client) == {"KHAN-01": 3, "GUI-01": 1}  # capped by stock

    client.post(UPDATE, {"sku": "GUI-01", "quantity": "0"})
    assert cart(client) == {"KHAN-01": 3}


@pytest.mark.parametrize(
    "data",
    [
        {"sku": "KHAN-01", "quantity": "-1"},
        {"sku": "KHAN-01", "quantity": "abc"},
        {"sku": "KHAN-01", "quantity": "100"},
        {"sku": "KHAN-01", "quantity": "1e3"},
        {"sku": "VAY-01", "quantity": "1"},  # not in this visitor's cart
        {"sku": "x" * 500, "quantity": "1"},
        {"quantity": "1"},
        {},
    ],
)
def test_malformed_changes_are_refused_and_the_cart_is_kept(client, products, data):
    fill(client, **{"KHAN-01": 2})

    response = client.post(UPDATE, data, follow=True)

    assert response.status_code == 200
    assert cart(client) == {"KHAN-01": 2}
    assert "Không thay đổi được" in soup(response).select_one(".messages").get_text()


@pytest.mark.parametrize("stored", [["not", "a", "dict"], {"KHAN-01": "lots"}, {"KHAN-01": -2}])
def test_cart_survives_a_damaged_session(client, products, stored):
    session = client.session
    session[SESSION_KEY] = stored
    session.save()

    response = client.get(CART)

    assert response.status_code == 200
    assert "Giỏ hàng của bạn đang trống." in response.content.decode()


def test_the_update_address_only_takes_posts(client, products):
    assert client.get(UPDATE).status_code == 405


def test_cart_queries_do_not_grow_with_lines(client, products):
    fill(client, **{"KHAN-01": 1})
    few = warm_query_count(client, CART)
    fill(client, **{"KHAN-01": 1, "GUI-01": 1, "VAY-01": 2})

    assert warm_query_count(client, CART) == few <= BUDGET


def test_english_cart(client, products):
    page = soup(client.get("/en/cart/"))

    assert page.h1.get_text(strip=True) == "Cart"
    assert "Your cart is empty." in page.get_text()
