"""Prices and stock of all a cooperative's variants on one screen: saved in one go, with
mistakes explained in Vietnamese, and never another cooperative's."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from catalog.admin_stock import PER_PAGE
from catalog.models import ProductVariant
from catalog.staff import ensure_staff_group
from tests.factories.catalog import add_cooperative, add_product, add_shop
from tests.html import soup

pytestmark = pytest.mark.django_db

URL = reverse("variants:prices_and_stock")


@pytest.fixture
def shop(homes):
    shop = add_shop(homes["vi"])
    staff = {}
    for name in ("a", "b"):
        cooperative = add_cooperative(shop, f"HTX {name.upper()}", slug=f"htx-{name}")
        add_product(cooperative, f"Khăn {name}", price=300_000, stock=4, sku=f"KHAN-{name.upper()}")
        add_product(cooperative, f"Gùi {name}", price=500_000, stock=1, sku=f"GUI-{name.upper()}")
        staff[name] = get_user_model().objects.create_user(f"staff-{name}", password="x")
        staff[name].groups.add(ensure_staff_group(cooperative))
    return staff


def rows(variants, **changes):
    """The screen's form for `variants` as shown, with {sku: {field: value}} changed."""
    data = {
        "form-TOTAL_FORMS": str(len(variants)),
        "form-INITIAL_FORMS": str(len(variants)),
        "form-MIN_NUM_FORMS": "0",
        "form-MAX_NUM_FORMS": "1000",
    }
    for index, variant in enumerate(variants):
        fields = {"id": variant.pk, "price": variant.price, "stock": variant.stock, "active": "on"}
        fields.update(changes.get(variant.sku, {}))
        data.update({f"form-{index}-{name}": value for name, value in fields.items()})
    return data


def own(sku_suffix):
    return list(ProductVariant.objects.filter(sku__endswith=sku_suffix).order_by("sku"))


def prices_and_stock():
    return {
        sku: (price, stock)
        for sku, price, stock in ProductVariant.objects.values_list("sku", "price", "stock")
    }


def test_staff_see_their_own_variants_by_product(client, shop):
    client.force_login(shop["a"])

    page = soup(client.get(URL))

    assert [h.get_text(strip=True) for h in page.select(".price-and-stock__product h2")] == [
        "Gùi a",
        "Khăn a",
    ]
    assert "KHAN-B" not in page.get_text()


def test_new_stock_and_prices_are_saved_in_one_go(client, shop):
    client.force_login(shop["a"])

    response = client.post(
        URL, rows(own("-A"), **{"GUI-A": {"stock": "6"}, "KHAN-A": {"price": "320.000"}})
    )

    assert response.status_code == 302
    assert prices_and_stock() == {
        "GUI-A": (500_000, 6),
        "KHAN-A": (320_000, 4),
        "GUI-B": (500_000, 1),
        "KHAN-B": (300_000, 4),
    }


def test_mistakes_are_explained_and_nothing_is_saved(client, shop):
    client.force_login(shop["a"])

    response = client.post(
        URL, rows(own("-A"), **{"GUI-A": {"stock": "-2"}, "KHAN-A": {"stock": "9"}})
    )

    assert response.status_code == 200
    assert "Tồn kho không được nhỏ hơn 0." in response.content.decode()
    assert prices_and_stock()["KHAN-A"] == (300_000, 4)


def test_another_cooperatives_variant_posted_by_id_is_left_alone(client, shop):
    client.force_login(shop["a"])
    theirs = ProductVariant.objects.get(sku="KHAN-B")

    client.post(URL, rows([*own("-A"), theirs], **{"KHAN-B": {"price": "1", "stock": "0"}}))

    assert prices_and_stock()["KHAN-B"] == (300_000, 4)


def test_a_long_list_comes_in_pages(client, shop):
    superuser = get_user_model().objects.create_superuser("root", "root@example.test", "x")
    ProductVariant.objects.bulk_create(
        ProductVariant(
            product=ProductVariant.objects.get(sku="KHAN-A").product,
            sku=f"KHAN-A-{number:03d}",
            label=f"Màu {number}",
            price=300_000,
            sort_order=number,
        )
        for number in range(PER_PAGE)
    )
    client.force_login(superuser)

    first = soup(client.get(URL))
    second = soup(client.get(URL, {"p": 2}))

    assert len(first.select("fieldset.variant-row")) == PER_PAGE
    assert len(second.select("fieldset.variant-row")) == 4


def test_a_crafted_form_count_is_refused_and_adds_no_variant(client, shop):
    """The form count comes from the browser: a post claiming 500 rows, one of them a new
    variant, is refused before 500 forms are built, and the screen never adds a variant."""
    client.force_login(shop["a"])
    data = rows(own("-A"), **{"KHAN-A": {"stock": "9"}})
    data.update({"form-TOTAL_FORMS": "500", "form-2-price": "1", "form-2-stock": "99"})

    response = client.post(URL, data)

    assert response.status_code == 200
    assert len(response.context["formset"].forms) <= PER_PAGE
    assert response.context["formset"].non_form_errors()
    assert ProductVariant.objects.count() == 4
    assert prices_and_stock()["KHAN-A"] == (300_000, 4)
