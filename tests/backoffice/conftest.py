"""Two weaving cooperatives, each with a staff member, a scarf on sale and a new order to
send: the back office shows each its own."""

import pytest
from django.contrib.auth import get_user_model

from catalog.models import ProductVariant
from catalog.staff import ensure_staff_group
from tests.factories.catalog import add_cooperative, add_product, add_shop
from tests.factories.orders import make_order


def staff_of(cooperative, username):
    user = get_user_model().objects.create_user(username=username, password="x")
    user.groups.add(ensure_staff_group(cooperative))
    return user


@pytest.fixture
def shop(homes):
    return add_shop(homes["vi"])


@pytest.fixture
def konkotu(shop):
    cooperative = add_cooperative(shop, "HTX Dệt Kon Kơ Tu", slug="htx-konkotu")
    scarf = add_product(cooperative, "Khăn thổ cẩm", price=350_000, stock=5, sku="KKT-KHAN-01")
    return {
        "page": cooperative,
        "scarf": scarf,
        "variant": ProductVariant.objects.get(sku="KKT-KHAN-01"),
        "staff": staff_of(cooperative, "konkotu"),
        "order": make_order({cooperative: [(scarf, 1)]}),
    }


@pytest.fixture
def dakrang(shop):
    cooperative = add_cooperative(shop, "HTX Dệt Đăk Răng", slug="htx-dakrang")
    bag = add_product(cooperative, "Túi thổ cẩm", price=280_000, stock=3, sku="DR-TUI-01")
    return {
        "page": cooperative,
        "variant": ProductVariant.objects.get(sku="DR-TUI-01"),
        "staff": staff_of(cooperative, "dakrang"),
        "order": make_order({cooperative: [(bag, 2)]}),
    }
