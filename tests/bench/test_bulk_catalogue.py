"""The benchmark catalogue: pages bulk-inserted outside Wagtail's add_child must still make a
valid tree of live, translated products that the shop lists and shows."""

from collections import Counter
from io import StringIO

import pytest
from wagtail.models import Page

from bench.bulk import SeedError
from bench.bulk_catalogue import seed_catalogue
from catalog.models import (
    CooperativePage,
    ProductPage,
    ProductPhoto,
    ProductVariant,
)
from tests.html import soup

pytestmark = pytest.mark.django_db


def seed(**sizes):
    out = StringIO()
    seed_catalogue(**sizes, out=out)
    return out.getvalue()


def bench(model, locale):
    return model.objects.filter(slug__startswith="bench-", locale=locale)


def assert_valid_tree():
    assert all(problems == [] for problems in Page.find_problems())
    for page in Page.objects.all():
        assert page.numchild == page.get_children().count(), page.url_path


@pytest.mark.postgres
def test_builds_products_in_both_languages_as_translations(shop, locales):
    output = seed(products=30, cooperatives=3)

    vi, en = (bench(ProductPage, locales[code]).live() for code in ("vi", "en"))
    assert vi.count() == en.count() == 30
    keys = set(vi.values_list("translation_key", flat=True))
    assert keys == set(en.values_list("translation_key", flat=True))
    assert len(keys) == 30
    assert bench(CooperativePage, locales["vi"]).count() == 3
    assert bench(CooperativePage, locales["en"]).count() == 3
    # each English product sits under the English translation of its cooperative
    parents = {
        code: {p.translation_key: p.get_parent().translation_key for p in products}
        for code, products in (("vi", vi), ("en", en))
    }
    assert parents["vi"] == parents["en"]
    assert sorted(Counter(parents["vi"].values()).values()) == [10, 10, 10]
    assert {p.get_parent().locale_id for p in en} == {locales["en"].pk}

    per_product = Counter(
        ProductVariant.objects.filter(product__translation_key__in=keys).values_list(
            "product__translation_key", flat=True
        )
    )
    assert set(per_product) == keys
    assert set(per_product.values()) <= {1, 2, 3}
    assert "30 products" in output and "vi, en" in output

    stories = shop["stories"]
    materials = {}
    for code, products in (("vi", vi), ("en", en)):
        for product in products.prefetch_related("photos", "materials"):
            assert [photo.image for photo in product.photos.all()] == [shop["photo"]]
            assert product.craft_id == stories["craft"][code].pk
            assert product.ethnic_group_id == stories["group"][code].pk
            assert product.village_id == stories["village"][code].pk
            assert 1 <= product.materials.count() <= 2
            materials.setdefault(product.translation_key, []).append(set(product.materials.all()))
    # a product and its translation are made of the same materials
    assert all(vi_materials == en_materials for vi_materials, en_materials in materials.values())

    assert_valid_tree()
    assert Page.objects.get(pk=shop["vi"].pk).numchild == 4  # the demo's cooperative and 3


@pytest.mark.parametrize(("code", "count"), [("vi", "31 sản phẩm"), ("en", "30 products")])
def test_shop_lists_them_and_their_pages_open(client, shop, locales, code, count):
    seed(products=30, cooperatives=3)
    product = bench(ProductPage, locales[code]).with_prices().order_by("path").first()

    listing = client.get(shop[code].url)
    page = client.get(product.url)

    assert listing.status_code == 200
    assert soup(listing).select_one(".result-count").get_text(strip=True) == count
    assert page.status_code == 200
    assert soup(page).h1.get_text(strip=True) == product.title
    assert product.lowest_price is not None
    cheapest = f"{product.lowest_price:,}".replace(",", "." if code == "vi" else ",")
    assert cheapest in page.content.decode()


def test_every_run_adds_a_new_batch(shop, locales):
    seed(products=4, cooperatives=2)
    seed(products=5, cooperatives=1)

    slugs = list(bench(ProductPage, locales["vi"]).values_list("slug", flat=True))
    assert len(slugs) == len(set(slugs)) == 9
    assert {slug.split("-")[1] for slug in slugs} == {"1", "2"}
    assert bench(ProductPage, locales["en"]).count() == 9
    assert_valid_tree()


def test_works_without_stories_materials_or_photos(client, shops, locales):
    seed(products=3, cooperatives=1)

    products = bench(ProductPage, locales["en"])
    assert products.count() == 3
    assert not products.filter(craft__isnull=False).exists()
    assert not products.filter(village__isnull=False).exists()
    photos = ProductPhoto.objects.filter(product__in=products)
    assert photos.count() == 3 and len({photo.image_id for photo in photos}) == 1
    assert client.get(products.first().url).status_code == 200
    assert_valid_tree()


def test_needs_the_shop(homes):
    with pytest.raises(SeedError, match="seed_demo"):
        seed(products=3, cooperatives=1)


def test_refused_unless_demo_content_is_allowed(shops, settings):
    settings.DEMO_CONTENT_ALLOWED = False

    with pytest.raises(SeedError, match="not allowed"):
        seed(products=3, cooperatives=1)
    assert not ProductPage.objects.exists()


@pytest.mark.parametrize(
    "sizes", [{"products": -1, "cooperatives": 1}, {"products": 3, "cooperatives": 0}]
)
def test_refuses_sizes_out_of_range(shops, sizes):
    with pytest.raises(ValueError, match="cooperatives"):
        seed(**sizes)
    assert not ProductPage.objects.filter(slug__startswith="bench-").exists()
