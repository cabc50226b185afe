"""A shop of two cooperatives, their staff, and the people who read every cooperative's
sales, for the tests of sales outside the site."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.test.utils.form_data import inline_formset, nested_form_data
from wagtail.users.models import UserProfile

from tests.factories.catalog import add_cooperative, add_product, add_shop
from tests.factories.pages import add_translation
from tests.orders.admin import staff_of


@pytest.fixture
def shop(homes):
    shop = add_shop(homes["vi"])
    shop_en = add_translation(shop, homes["en"], "Shop", "shop")
    weavers = add_cooperative(shop, "HTX Dệt", slug="htx-det")
    add_translation(
        weavers, shop_en, "Weavers", "weavers", legal_name="HTX Dệt", kind="cooperative"
    )
    baskets = add_cooperative(shop, "Tổ Đan", slug="to-dan")
    users = get_user_model().objects
    manager = users.create_user(username="manager", password="x")
    manager.user_permissions.add(
        Permission.objects.get(codename="manage_order"),
        Permission.objects.get(codename="access_admin"),
    )
    UserProfile.get_for_user(manager).preferred_language = "en"
    manager.wagtail_userprofile.save()
    committee = users.create_user(username="committee", password="x")
    committee.groups.add(Group.objects.get(name="Ethnic Committee"))
    editor = users.create_user(username="editor", password="x")
    editor.groups.add(Group.objects.get(name="Editors"))
    return {
        "weavers": weavers,
        "baskets": baskets,
        "scarf": add_product(weavers, "Khăn thổ cẩm", price=350_000, maker_share_percent=70),
        "skirt": add_product(weavers, "Váy thổ cẩm", price=1_200_000, maker_share_percent=75),
        "basket": add_product(baskets, "Gùi mây", price=500_000, maker_share_percent=60),
        "weaver": staff_of(weavers, "weaver"),
        "basket_maker": staff_of(baskets, "basket-maker"),
        "manager": manager,
        "committee": committee,
        "editor": editor,
    }


def sale_form(cooperative, lines=(), **fields):
    """What the admin form posts: the sale's fields and its item lines, each a dict of
    product (a page), description, quantity, unit_price and makers_share_percent."""
    rows = [
        {
            "product": line["product"].pk if line.get("product") else "",
            "description": line.get("description", ""),
            "quantity": line.get("quantity", 1),
            "unit_price": line.get("unit_price", ""),
            "makers_share_percent": line.get("makers_share_percent", ""),
        }
        for line in lines
    ]
    data = {
        "cooperative": cooperative.pk,
        "channel": "fair",
        "sold_on": "2026-01-10",
        "place": "",
        "amount": "",
        "description": "",
        "makers_share_percent": "",
        "lines": inline_formset(rows),
        **fields,
    }
    return nested_form_data(data)
