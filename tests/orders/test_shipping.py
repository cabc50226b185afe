"""Delivery fees per cooperative parcel: weight tiers, a free threshold, and a fee for each
further 500 g above the last tier."""

import pytest
from django.db import IntegrityError, transaction

from checkout.cart import SESSION_KEY
from orders.models import ShippingRate, ShippingZone
from tests.factories.catalog import add_cooperative, add_product, add_shop
from tests.html import soup

pytestmark = pytest.mark.django_db


def zone(name="Trong tỉnh", home=True, free_above=1_000_000, extra=5_000):
    built = ShippingZone(
        name=name,
        name_en="In the province",
        home=home,
        free_above=free_above,
        extra_per_500_grams=extra,
    )
    built.rates = [
        ShippingRate(up_to_grams=2_000, fee=30_000),
        ShippingRate(up_to_grams=500, fee=20_000),
        ShippingRate(up_to_grams=1_000, fee=25_000),
    ]
    built.save()
    return built


@pytest.mark.parametrize(
    ("weight", "value", "fee"),
    [
        (0, 100_000, 20_000),
        (500, 100_000, 20_000),
        (501, 100_000, 25_000),
        (2_000, 999_999, 30_000),
        (2_001, 100_000, 35_000),
        (3_200, 100_000, 45_000),
        (30_000, 1_000_000, 0),
    ],
)
def test_fee_by_weight_tier_and_free_threshold(weight, value, fee):
    assert zone().fee_for(weight, value) == fee


def test_a_zone_without_tiers_has_no_fee_to_offer():
    assert ShippingZone.objects.create(name="Hải đảo").fee_for(500, 100_000) is None


def test_only_one_zone_can_be_the_home_province():
    zone()

    with pytest.raises(IntegrityError), transaction.atomic():
        ShippingZone.objects.create(name="Cũng trong tỉnh", home=True)


def test_cart_shows_each_cooperatives_delivery_fee_in_each_zone(client, homes):
    zone()
    zone(name="Các tỉnh khác", home=False, free_above=None, extra=8_000)
    shop = add_shop(homes["vi"])
    weavers = add_cooperative(shop, "HTX Dệt", slug="htx-det")
    baskets = add_cooperative(shop, "Tổ Đan", slug="to-dan")
    add_product(weavers, "Khăn", price=300_000, stock=5, sku="KHAN-01", weight_grams=400)
    add_product(baskets, "Gùi", price=1_200_000, stock=2, sku="GUI-01", weight_grams=2_600)
    session = client.session
    session[SESSION_KEY] = {"KHAN-01": 2, "GUI-01": 1}
    session.save()

    groups = soup(client.get("/vi/cart/")).select(".cart__group")

    fees = [
        [dd.get_text(strip=True) for dd in group.select(".cart__delivery dd")] for group in groups
    ]
    assert fees == [
        ["25.000 ₫", "25.000 ₫"],  # 800 g, worth 600,000 ₫
        ["miễn phí", "46.000 ₫"],  # 2.6 kg, worth 1,200,000 ₫: free in the province
    ]
