"""A small programme for the registry's tests: the stories site (a craft, an ethnic group, a
village, an artisan and a class, in both languages), two cooperatives, materials, and the
people who keep, read or must not see the registry."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from catalog.models import Material
from tests.factories.catalog import add_cooperative, add_shop
from tests.factories.stories import build_stories_site
from tests.orders.admin import staff_of


def user_in(group, username):
    user = get_user_model().objects.create_user(username=username, password="x")
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def site(homes):
    stories = build_stories_site(homes)
    shop = add_shop(homes["vi"])
    weavers = add_cooperative(shop, "HTX Dệt thổ cẩm Kon Kơ Tu", slug="htx-det")
    baskets = add_cooperative(shop, "Tổ hợp tác đan lát Kon Rế", slug="to-dan")
    return {
        **stories,
        "weavers": weavers,
        "baskets": baskets,
        "bamboo": Material.objects.create(name="Tre nứa", name_en="Bamboo"),
        "cotton": Material.objects.create(name="Bông", name_en="Cotton"),
        "officer": user_in("Programme officers", "officer"),
        "committee": user_in("Ethnic Committee", "committee"),
        "editor": user_in("Editors", "editor"),
        "moderator": user_in("Moderators", "moderator"),
        "weaver": staff_of(weavers, "weaver"),
    }
