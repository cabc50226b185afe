"""Fixtures shared by the catalog tests."""

import pytest

from catalog.models import (
    CooperativePage,
    Material,
    ProductPage,
    ProductPhoto,
    ProductVariant,
    ShopPage,
)
from tests.factories.images import SiteImageFactory
from tests.factories.pages import add_translation
from tests.factories.stories import add_page, build_stories_site
from tests.fakes.stripe_server import fake_stripe  # noqa: F401 (a fixture for these tests)


@pytest.fixture
def shops(homes):
    vi = add_page(homes["vi"], ShopPage(title="Cửa hàng", slug="cua-hang"))
    return {"vi": vi, "en": add_translation(vi, homes["en"], "Shop", "shop")}


@pytest.fixture
def shop(homes, shops, locales):
    """The shop as the demo leaves it, in small: stories pages, materials in both languages
    and one cooperative with one photographed product."""
    stories = build_stories_site(homes)
    for vi_name, en_name in [("Sợi bông", "Cotton yarn"), ("Chàm", "Indigo")]:
        material = Material.objects.create(locale=locales["vi"], name=vi_name)
        Material.objects.create(
            locale=locales["en"], name=en_name, translation_key=material.translation_key
        )
    cooperative = add_page(
        shops["vi"],
        CooperativePage(title="HTX Dệt", slug="htx-det", legal_name="HTX Dệt", kind="cooperative"),
    )
    product = ProductPage(
        title="Khăn thổ cẩm", slug="khan", description="<p>.</p>", maker_share_percent=70
    )
    photo = SiteImageFactory()
    product.photos = [ProductPhoto(image=photo)]
    add_page(cooperative, product)
    ProductVariant.objects.create(
        product_key=product.translation_key, sku="KKT-01", label="Đỏ", price=350_000, stock=3
    )
    return {**shops, "stories": stories, "photo": photo}
