"""The product page's Add to cart form: a variant of this product, in stock, a sane quantity."""

import pytest
from wagtail.models import PageViewRestriction

from base.templatetags.site_tags import action_url
from catalog.models import ProductVariant
from checkout.cart import SESSION_KEY
from tests.factories.catalog import add_cooperative, add_product, add_shop
from tests.factories.pages import add_translation
from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def products(homes):
    cooperative = add_cooperative(add_shop(homes["vi"]), "HTX Dệt", slug="htx-det")
    scarf = add_product(cooperative, "Khăn", price=350_000, stock=3, sku="KHAN-DO")
    ProductVariant.objects.create(
        product=scarf, sku="KHAN-CHAM", label="Chàm", price=380_000, stock=0
    )
    basket = add_product(cooperative, "Gùi", price=500_000, stock=2, sku="GUI-01")
    return {"scarf": scarf, "basket": basket}


def add(client, product, **data):
    return client.post(action_url("add_to_cart", product), data)


def cart(client):
    return client.session.get(SESSION_KEY, {})


def test_add_to_cart_keeps_the_choice_and_says_so(client, products):
    response = add(client, products["scarf"], sku="KHAN-DO", quantity="2")

    assert response.status_code == 302
    assert cart(client) == {"KHAN-DO": 2}
    page = client.get(response.url).content.decode()
    assert "Đã thêm vào giỏ: 2 × Khăn (Một màu)." in page


def test_quantity_is_capped_by_stock_with_a_message(client, products):
    add(client, products["scarf"], sku="KHAN-DO", quantity="2")
    response = add(client, products["scarf"], sku="KHAN-DO", quantity="5")

    assert cart(client) == {"KHAN-DO": 3}
    assert "Chỉ còn 3" in client.get(response.url).content.decode()


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"sku": "GUI-01", "quantity": "1"}, "sku"),  # a variant of another product
        ({"sku": "KHAN-CHAM", "quantity": "1"}, "sku"),  # sold out
        ({"sku": "NOPE", "quantity": "1"}, "sku"),
        ({"sku": "KHAN-DO", "quantity": "0"}, "quantity"),
        ({"sku": "KHAN-DO", "quantity": "-3"}, "quantity"),
        ({"sku": "KHAN-DO", "quantity": "1e9"}, "quantity"),
        ({"sku": "KHAN-DO", "quantity": "100"}, "quantity"),
        ({"sku": "<script>", "quantity": "<script>"}, "sku"),
        ({}, "sku"),
    ],
)
def test_bad_choices_get_a_clear_error_and_leave_the_cart_alone(client, products, data, field):
    add(client, products["scarf"], sku="KHAN-DO", quantity="1")

    response = add(client, products["scarf"], **data)

    assert response.status_code == 400
    assert field in response.context["cart_form"].errors
    assert soup(response).select(".field__error")
    assert cart(client) == {"KHAN-DO": 1}


def test_sold_out_product_has_no_form(client, products):
    ProductVariant.objects.filter(sku="GUI-01").update(stock=0)

    page = soup(client.get(products["basket"].url))

    assert page.select_one("form[action$='add-to-cart/']") is None
    assert "Tạm hết hàng" in page.get_text()


def test_english_page_says_add_to_cart_and_shows_english_variant_labels(client, homes, products):
    ProductVariant.objects.filter(sku="KHAN-DO").update(label="Đỏ đen", label_en="Red and black")
    cooperative = products["scarf"].get_parent()
    shop_en = add_translation(cooperative.get_parent(), homes["en"], "Shop", "shop")
    cooperative_en = add_translation(
        cooperative, shop_en, "Weavers", "weavers", legal_name="HTX Dệt", kind="cooperative"
    )
    scarf_en = add_translation(
        products["scarf"],
        cooperative_en,
        "Scarf",
        "scarf",
        description="<p>Handwoven.</p>",
        maker_share_percent=60,
    )

    page = soup(client.get(scarf_en.url))

    assert (
        page.select_one("form[action$='add-to-cart/'] button").get_text(strip=True) == "Add to cart"
    )
    assert "Red and black" in page.select_one(".variant-choice").get_text()


def test_getting_the_add_to_cart_address_leads_back_to_the_product(client, products):
    response = client.get(action_url("add_to_cart", products["scarf"]))

    assert response.status_code == 302
    assert response.url == products["scarf"].url


def test_an_address_that_names_no_live_public_product_is_not_found(client, products, homes):
    draft = add_product(products["scarf"].get_parent(), "Nháp", stock=5, sku="NHAP-01")
    draft.unpublish()
    private = products["basket"]
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    not_products = [homes["vi"].pk, draft.pk, private.pk, 987_654]

    for page_id in not_products:
        response = client.post(f"/vi/products/{page_id}/add-to-cart/", {"sku": "GUI-01"})
        assert response.status_code == 404, page_id
    for malformed in ["abc", "-1", "1%00", "9" * 30]:
        response = client.post(f"/vi/products/{malformed}/add-to-cart/", {"sku": "GUI-01"})
        assert response.status_code == 404, malformed
    assert cart(client) == {}
