"""Cooperatives and products as pages; price and stock as data shared by every translation."""

import datetime

import pytest
from django.db import IntegrityError, transaction
from django.utils import translation
from wagtail.models import PageViewRestriction

from base.templatetags.site_tags import vnd
from catalog.models import (
    CooperativePage,
    Material,
    Motif,
    ProductPage,
    ProductPhoto,
    ProductVariant,
    ShopPage,
)
from tests.factories.images import SiteImageFactory
from tests.factories.pages import add_translation
from tests.factories.stories import add_page, build_stories_site
from tests.html import json_ld, soup
from tests.queries import BUDGET, warm_query_count

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


@pytest.fixture
def product(homes):
    shops = {
        "vi": add_page(homes["vi"], ShopPage(title="Cửa hàng", slug="cua-hang")),
    }
    shops["en"] = add_translation(shops["vi"], homes["en"], "Shop", "shop")
    cooperative_vi = add_page(
        shops["vi"],
        CooperativePage(
            title="HTX Dệt Kon Kơ Tu",
            slug="htx-kon-ko-tu",
            legal_name="HTX Dệt thổ cẩm Kon Kơ Tu",
            kind="cooperative",
            members=16,
            women_members=16,
        ),
    )
    cooperative_en = add_translation(
        cooperative_vi,
        shops["en"],
        "Kon Kơ Tu Weaving Cooperative",
        "kon-ko-tu-weavers",
        legal_name="HTX Dệt thổ cẩm Kon Kơ Tu",
        kind="cooperative",
        members=16,
        women_members=16,
    )
    product_vi = ProductPage(
        title="Khăn thổ cẩm",
        slug="khan-tho-cam",
        description="<p>Dệt tay.</p>",
        maker_share_percent=70,
    )
    product_vi.photos = [ProductPhoto(image=SiteImageFactory())]
    add_page(cooperative_vi, product_vi)
    product_en = ProductPage(
        title="Brocade scarf",
        slug="brocade-scarf",
        description="<p>Handwoven.</p>",
        maker_share_percent=70,
    )
    product_en.photos = [ProductPhoto(image=product_vi.photos.first().image)]
    add_translation(product_vi, cooperative_en, page=product_en)
    ProductVariant.objects.create(
        product=product_vi,
        sku="KKT-KHAN-01",
        label="Đỏ đen",
        price=350_000,
        stock=3,
    )
    return {"vi": product_vi, "en": product_en}


def test_both_translations_share_the_variants(product):
    assert list(product["vi"].variants()) == list(product["en"].variants())
    assert product["vi"].variants().get().sku == "KKT-KHAN-01"


def test_stock_can_never_go_below_zero(product):
    variant = product["vi"].variants().get()

    with pytest.raises(IntegrityError), transaction.atomic():
        ProductVariant.objects.filter(pk=variant.pk).update(stock=-1)

    variant.refresh_from_db()
    assert variant.stock == 3


def test_reverting_a_revision_leaves_price_and_stock_alone(product):
    page = product["vi"]
    first = page.latest_revision
    page.title = "Khăn thổ cẩm đỏ"
    page.save_revision().publish()
    ProductVariant.objects.of_product(page).update(price=390_000, stock=1)

    first.publish()

    variant = page.variants().get()
    assert (variant.price, variant.stock) == (390_000, 1)
    assert ProductPage.objects.get(pk=page.pk).title == "Khăn thổ cẩm"


@pytest.mark.parametrize(("language", "price"), [("vi", "350.000 ₫"), ("en", "350,000 VND")])
def test_product_page_shows_price_and_makers_share_in_each_language(
    client, product, language, price
):
    document = soup(client.get(product[language].url))

    assert document.h1.get_text(strip=True) == product[language].title
    assert price in document.select_one(".variant-choice").get_text()
    assert "70 %" in document.select_one(".product__share").get_text()


def test_money_is_formatted_as_each_language_writes_it(settings):
    with translation.override("vi"):
        assert vnd(1_250_000) == "1.250.000 ₫"
    with translation.override("en"):
        assert vnd(0) == "0 VND"


def test_tree_rules():
    assert set(ProductPage.allowed_parent_page_models()) == {CooperativePage}
    assert set(CooperativePage.allowed_parent_page_models()) == {ShopPage}
    assert not ProductPage.allowed_subpage_models()


def test_product_json_ld_has_sku_brand_and_one_offer_per_variant(client, product):
    ProductVariant.objects.create(
        product=product["vi"],
        sku="KKT-KHAN-02",
        label="Chàm",
        price=420_000,
        stock=0,
    )

    [data] = [
        obj for obj in json_ld(soup(client.get(product["en"].url))) if obj["@type"] == "Product"
    ]

    assert data["sku"] == "KKT-KHAN-01"
    assert data["brand"] == {"@type": "Organization", "name": "HTX Dệt thổ cẩm Kon Kơ Tu"}
    assert [
        (o["sku"], o["price"], o["priceCurrency"], o["availability"]) for o in data["offers"]
    ] == [
        ("KKT-KHAN-01", 350_000, "VND", "https://schema.org/InStock"),
        ("KKT-KHAN-02", 420_000, "VND", "https://schema.org/OutOfStock"),
    ]


def test_ocop_badge_shows_only_while_the_certificate_is_valid(client, product):
    page = product["vi"]
    page.ocop_stars = 4
    page.ocop_expires = datetime.date.today() + datetime.timedelta(days=30)
    page.save_revision().publish()
    assert "OCOP 4★" in client.get(page.url).content.decode()

    page.ocop_expires = datetime.date.today() - datetime.timedelta(days=1)
    page.save_revision().publish()
    assert "OCOP 4★" not in client.get(page.url).content.decode()


def test_product_page_query_count_does_not_grow_with_variants(client, product):
    few = warm_query_count(client, product["vi"].url)
    for n in range(5):
        ProductVariant.objects.create(
            product=product["vi"],
            sku=f"KKT-KHAN-1{n}",
            label=f"Màu {n}",
            price=300_000 + n,
            stock=n,
        )

    assert warm_query_count(client, product["vi"].url) == few <= BUDGET


def test_cooperative_page_query_count_does_not_grow_with_products(client, product):
    cooperative = product["vi"].get_parent()
    few = warm_query_count(client, cooperative.url)
    for n in range(4):
        extra = ProductPage(
            title=f"Túi {n}", slug=f"tui-{n}", description="<p>.</p>", maker_share_percent=60
        )
        extra.photos = [ProductPhoto(image=SiteImageFactory())]
        add_page(cooperative, extra)

    assert warm_query_count(client, cooperative.url) == few <= BUDGET


@pytest.mark.parametrize(
    ("language", "query"), [("vi", "khan tho cam"), ("vi", "Khăn thổ cẩm"), ("en", "brocade scarf")]
)
def test_products_are_found_by_site_search_with_or_without_diacritics(
    client, product, language, query
):
    results = soup(client.get(f"/{language}/search/", {"q": query}))

    assert product[language].title in [a.get_text(strip=True) for a in results.select("main a")]


def test_products_appear_on_their_craft_village_and_artisan_pages(client, homes, product):
    section = build_stories_site(homes)
    page = product["vi"]
    page.craft = section["craft"]["vi"]
    page.village = section["village"]["vi"]
    page.save_revision().publish()
    page.makers = [section["artisan"]["vi"]]
    page.save_revision().publish()

    for kind in ("craft", "village", "artisan"):
        listed = soup(client.get(section[kind]["vi"].url)).select(".card__title a")
        assert page.title in [a.get_text(strip=True) for a in listed], kind
    english_craft = soup(client.get(section["craft"]["en"].url)).get_text()
    assert page.title not in english_craft


def test_materials_motif_and_variant_labels_read_in_the_visitors_language(client, product):
    cotton = Material.objects.create(name="Sợi bông", name_en="Cotton yarn")
    indigo = Material.objects.create(name="Chàm")  # no English name yet: Vietnamese shows
    diamond = Motif.objects.create(
        name="Hình thoi", name_en="Diamond", meaning="Con mắt", meaning_en="An eye"
    )
    for page in (product["vi"], product["en"]):
        page.materials = [cotton, indigo]
        page.motif = diamond
        page.save_revision().publish()
    ProductVariant.objects.filter(sku="KKT-KHAN-01").update(label_en="Red and black")

    english = soup(client.get(product["en"].url)).get_text(" ", strip=True)
    vietnamese = soup(client.get(product["vi"].url)).get_text(" ", strip=True)

    assert "Chàm, Sợi bông" in vietnamese and "Hình thoi: Con mắt" in vietnamese
    assert "Đỏ đen" in vietnamese
    assert "Chàm, Cotton yarn" in english and "Diamond: An eye" in english
    assert "Red and black" in english and "Đỏ đen" not in english


def test_a_products_variants_go_with_its_main_language_page(product):
    product["en"].delete()
    assert ProductVariant.objects.filter(sku="KKT-KHAN-01").exists()

    product["vi"].delete()

    assert not ProductVariant.objects.filter(sku="KKT-KHAN-01").exists()


def test_a_product_page_names_no_restricted_maker_village_or_craft(client, homes, product):
    section = build_stories_site(homes)
    page = product["vi"]
    page.craft = section["craft"]["vi"]
    page.village = section["village"]["vi"]
    page.makers = [section["artisan"]["vi"]]
    page.save_revision().publish()
    shown = soup(client.get(page.url)).get_text()
    assert all(section[kind]["vi"].title in shown for kind in ("craft", "village", "artisan"))

    for kind in ("craft", "village", "artisan"):
        PageViewRestriction.objects.create(
            page=section[kind]["vi"], restriction_type=PageViewRestriction.LOGIN
        )

    shown = soup(client.get(page.url)).get_text()
    for kind in ("craft", "village", "artisan"):
        assert section[kind]["vi"].title not in shown, kind
