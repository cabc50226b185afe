"""Two cooperatives, each with a staff member and a product; the first one's weaver has a
public profile in both languages, and its product is translated into English."""

import pytest
from django.contrib.auth import get_user_model

from catalog.staff import ensure_staff_group
from tests.factories.catalog import add_cooperative, add_product
from tests.factories.pages import add_translation
from tests.factories.stories import build_stories_site

PASSWORD = "labels-2026"


def staff_of(cooperative, username):
    user = get_user_model().objects.create_user(username=username, password=PASSWORD)
    user.groups.add(ensure_staff_group(cooperative))
    return user


@pytest.fixture
def labels_site(homes, shops):
    stories = build_stories_site(homes)
    weavers = add_cooperative(
        shops["vi"], "HTX Dệt Đăk Răng", slug="htx-det", village=stories["village"]["vi"]
    )
    weavers_en = add_translation(
        weavers,
        shops["en"],
        page=type(weavers)(
            title="Đăk Răng Weavers", slug="dak-rang-weavers", legal_name="HTX", kind="cooperative"
        ),
    )
    scarf = add_product(weavers, "Khăn thổ cẩm", maker_share_percent=70)
    scarf.makers.set([stories["artisan"]["vi"]])
    add_translation(
        scarf,
        weavers_en,
        page=type(scarf)(
            title="Brocade scarf",
            slug="brocade-scarf",
            description="<p>.</p>",
            maker_share_percent=70,
            photos=[type(scarf.photos.first())(image=scarf.photos.first().image)],
        ),
    )
    baskets = add_cooperative(shops["vi"], "HTX Đan Gùi", slug="htx-dan")
    basket = add_product(baskets, "Gùi mây", maker_share_percent=60)
    return {
        "stories": stories,
        "weavers": weavers,
        "scarf": scarf,
        "baskets": baskets,
        "basket": basket,
        "weaver_staff": staff_of(weavers, "det"),
        "basket_staff": staff_of(baskets, "dan"),
    }
