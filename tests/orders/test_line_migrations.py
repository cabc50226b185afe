"""The data migration that gives the order lines sold before lines recorded them a product
and a makers' share: today's, the best knowledge there is, in one UPDATE however many
lines."""

import importlib

import pytest
from django.apps import apps

from catalog.models import ProductPage, ProductVariant
from orders.models import OrderLine
from tests.factories.catalog import add_cooperative, add_product, add_shop
from tests.factories.orders import make_order

pytestmark = pytest.mark.django_db

fill_from_todays_products = importlib.import_module(
    "orders.migrations.0007_line_product_and_makers_share"
).fill_from_todays_products


@pytest.fixture
def lines_sold_before(homes):
    """Three lines as the site stored them before: no product, no share; the scarf's share
    declared anew since, the basket's variant deleted since."""
    shop = add_shop(homes["vi"])
    weavers = add_cooperative(shop, "HTX Dệt", slug="htx-det")
    scarf = add_product(weavers, "Khăn", price=350_000, stock=20, maker_share_percent=70)
    skirt = add_product(weavers, "Váy", price=1_200_000, stock=20, maker_share_percent=75)
    basket = add_product(weavers, "Gùi", price=500_000, stock=20, maker_share_percent=60)
    make_order({weavers: [(scarf, 2), (skirt, 1), (basket, 1)]})
    OrderLine.objects.update(product=None, makers_share_percent=None)
    ProductPage.objects.filter(pk=scarf.pk).update(maker_share_percent=65)
    ProductVariant.objects.of_product(basket).delete()
    return {"scarf": scarf, "skirt": skirt, "basket": basket}


def recorded():
    return {
        line.product_title: (line.product, line.makers_share_percent)
        for line in OrderLine.objects.select_related("product")
    }


def test_old_lines_get_their_variants_product_and_its_share_today(
    lines_sold_before, django_assert_num_queries
):
    with django_assert_num_queries(1):
        fill_from_todays_products(apps, None)

    assert recorded() == {
        "Khăn": (lines_sold_before["scarf"], 65),
        "Váy": (lines_sold_before["skirt"], 75),
        "Gùi": (None, None),  # its variant is gone: nothing to know it by
    }
