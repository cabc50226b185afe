"""A shop of two cooperatives, the scarf in both languages, their staff, an editor, and the
way a buyer's parcel gets delivered."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from tests.factories.catalog import add_cooperative, add_product, add_shop
from tests.factories.pages import add_translation
from tests.orders.admin import staff_of


@pytest.fixture
def review_shop(homes):
    shop = add_shop(homes["vi"])
    shop_en = add_translation(shop, homes["en"], "Shop", "shop")
    weavers = add_cooperative(shop, "HTX Dệt", slug="htx-det")
    weavers_en = add_translation(
        weavers, shop_en, "Weavers", "weavers", legal_name="HTX Dệt", kind="cooperative"
    )
    baskets = add_cooperative(shop, "Tổ Đan", slug="to-dan")
    scarf = add_product(weavers, "Khăn thổ cẩm", price=350_000, stock=50, sku="KHAN-01")
    scarf_en = add_translation(
        scarf,
        weavers_en,
        "Brocade scarf",
        "brocade-scarf",
        description="<p>Handwoven.</p>",
        maker_share_percent=60,
    )
    basket = add_product(baskets, "Gùi mây", price=500_000, stock=50, sku="GUI-01")
    users = get_user_model().objects
    editor = users.create_user(username="editor", password="x")
    editor.groups.add(Group.objects.get(name="Editors"))
    return {
        "weavers": weavers,
        "baskets": baskets,
        "scarf": scarf,
        "scarf_en": scarf_en,
        "basket": basket,
        "weaver": staff_of(weavers, "weaver"),
        "basket_maker": staff_of(baskets, "basket-maker"),
        "editor": editor,
    }
