"""Every product is in the English shop at once: a product nobody translated yet is there as
wagtail-localize's alias of the Vietnamese one (English is synchronised from Vietnamese), with
its price, its craft counted with the translated products' and its changes reaching English."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.synctree import synchronize_tree

from catalog.models import ListedProduct, ProductPage, ProductVariant
from tests.catalog.test_product_editor import product_form, variant_row
from tests.factories.catalog import add_cooperative, add_product
from tests.factories.images import SiteImageFactory
from tests.factories.pages import add_translation
from tests.factories.stories import build_stories_site
from tests.html import soup
from tests.queries import BUDGET, warm_query_count

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(homes, shops):
    """A cooperative translated by hand with a translated product, and a product still only
    in Vietnamese, made an English alias by the synchronisation."""
    stories = build_stories_site(homes)
    craft = stories["craft"]
    weavers = add_cooperative(shops["vi"], "HTX Dệt", slug="htx-det")
    add_translation(
        weavers,
        shops["en"],
        "Weavers' cooperative",
        "weavers",
        legal_name="HTX Dệt",
        kind="cooperative",
    )
    scarf = add_product(weavers, "Khăn thổ cẩm", price=350_000, craft=craft["vi"])
    add_translation(
        scarf,
        weavers.get_translation(Locale.objects.get(language_code="en")),
        "Brocade scarf",
        "brocade-scarf",
        description="<p>Handwoven.</p>",
        maker_share_percent=60,
        craft=craft["en"],
    )
    basket = add_product(weavers, "Gùi mây", price=420_000, craft=craft["vi"])
    synchronize_tree(Locale.objects.get(language_code="vi"), Locale.objects.get(language_code="en"))
    return {**shops, "craft": craft, "scarf": scarf, "basket": basket}


def english(page):
    return ProductPage.objects.get(translation_key=page.translation_key, locale__language_code="en")


def listed_count(client, shop):
    text = soup(client.get(shop.url)).select_one(".result-count").get_text()
    return int(re.search(r"\d+", text).group())


def test_english_shop_lists_as_many_products_as_the_vietnamese_one(client, catalogue):
    alias = english(catalogue["basket"])

    assert alias.alias_of_id == catalogue["basket"].pk and alias.live
    assert listed_count(client, catalogue["en"]) == listed_count(client, catalogue["vi"]) == 2
    page = client.get(catalogue["en"].url).text
    assert "Gùi mây" in page and "420,000" in page


def test_an_untranslated_product_is_counted_under_the_english_craft(client, catalogue):
    rows = ListedProduct.objects.filter(locale__language_code="en")

    assert set(rows.values_list("craft_id", flat=True)) == {catalogue["craft"]["en"].pk}
    craft_options = soup(client.get(catalogue["en"].url)).find_all(
        string=re.compile("Brocade weaving|Dệt thổ cẩm")
    )
    assert [option.strip() for option in craft_options] == ["Brocade weaving"]


def test_the_english_craft_page_shows_untranslated_products_too(client, catalogue):
    page = client.get(catalogue["craft"]["en"].url).text

    assert "Brocade scarf" in page and "Gùi mây" in page


def test_a_product_created_in_the_admin_is_in_the_english_shop_at_once(client, catalogue):
    admin = get_user_model().objects.create_superuser("admin", password="x")
    client.force_login(admin)
    cooperative = catalogue["scarf"].get_parent()
    photo = {"image": SiteImageFactory().pk, "alt_text": ""}
    form = product_form([photo], [variant_row("Đỏ đen", "350000", "5")])

    response = client.post(
        reverse("wagtailadmin_pages:add", args=["catalog", "productpage", cooperative.pk]),
        {**form, "action-publish": "1"},
    )

    assert response.status_code == 302
    created = ProductPage.objects.get(slug="tui-tho-cam", locale__language_code="vi")
    assert created.live and english(created).live
    client.logout()
    assert listed_count(client, catalogue["en"]) == listed_count(client, catalogue["vi"]) == 3
    assert "Túi thổ cẩm" in client.get(catalogue["en"].url).text


def test_price_and_title_changed_in_vietnamese_reach_the_english_alias(
    client, catalogue, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 600
    alias = english(catalogue["basket"])
    for url in (alias.url, catalogue["en"].url):
        Client().get(url)  # stored
    variant = ProductVariant.objects.of_product(catalogue["basket"]).get()
    variant.price = 390_000
    basket = ProductPage.objects.get(pk=catalogue["basket"].pk)
    basket.title = "Gùi mây đan tay"

    with django_capture_on_commit_callbacks(execute=True):
        variant.save()
    with django_capture_on_commit_callbacks(execute=True):
        basket.save_revision().publish()

    row = ListedProduct.objects.get(product=alias)
    assert (row.title, row.lowest_price) == ("Gùi mây đan tay", 390_000)
    for url in (alias.url, catalogue["en"].url):
        response = Client().get(url)
        assert response.headers["X-Page-Cache"] == "miss", url
        assert "Gùi mây đan tay" in response.text and "390,000" in response.text
    cache.clear()


def test_a_product_taken_offline_in_vietnamese_leaves_the_english_shop(client, catalogue):
    ProductPage.objects.get(pk=catalogue["basket"].pk).unpublish()

    assert not english(catalogue["basket"]).live
    assert listed_count(client, catalogue["en"]) == listed_count(client, catalogue["vi"]) == 1
    assert "Gùi mây" not in client.get(catalogue["en"].url).text


def test_an_untranslated_product_says_so_in_english_and_names_its_original(client, catalogue):
    document = soup(client.get(english(catalogue["basket"]).url))

    main = document.find("main")
    assert main["lang"] == "vi"
    notice = document.select_one(".untranslated-notice")
    assert notice.find_parent(lang="en") is not None
    assert "not yet translated into English" in notice.get_text()
    canonical = document.find("link", rel="canonical")["href"]
    assert canonical == catalogue["basket"].get_full_url()
    assert document.find("link", rel="alternate", hreflang=True) is None


def test_a_translated_product_has_no_notice_and_its_alternates(client, catalogue):
    document = soup(client.get(english(catalogue["scarf"]).url))

    assert document.select_one(".untranslated-notice") is None
    assert document.find("main").get("lang") is None
    assert {link["hreflang"] for link in document.find_all("link", hreflang=True)} == {
        "vi",
        "en",
        "x-default",
    }


def test_the_original_announces_no_english_alternate_but_the_switcher_leads_there(
    client, catalogue
):
    document = soup(client.get(catalogue["basket"].url))
    alias = english(catalogue["basket"])

    hreflangs = {link["hreflang"] for link in document.find_all("link", hreflang=True)}
    assert "en" not in hreflangs
    assert document.find("a", hreflang="en")["href"] == alias.url


def test_the_sitemap_leaves_untranslated_copies_out(client, catalogue):
    sitemap = client.get("/sitemap.xml").text

    assert english(catalogue["scarf"]).get_full_url() in sitemap
    assert catalogue["basket"].get_full_url() in sitemap
    assert english(catalogue["basket"]).get_full_url() not in sitemap


def test_an_untranslated_product_page_keeps_to_the_query_budget(client, catalogue):
    alias_queries = warm_query_count(client, english(catalogue["basket"]).url)
    original_queries = warm_query_count(client, catalogue["basket"].url)

    # A fixed few more, whatever the catalogue: the original, for the canonical link.
    assert alias_queries <= original_queries + 2
    assert alias_queries <= BUDGET
