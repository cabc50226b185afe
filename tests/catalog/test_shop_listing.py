"""The shop listing: facets with exact counts, sorting, and calm answers to any query string."""

import itertools

import pytest

from catalog.models import CooperativePage, Material, ProductPage, ShopPage
from tests.factories.catalog import add_product
from tests.factories.images import SiteImageFactory
from tests.factories.stories import add_page, build_stories_site
from tests.html import soup
from tests.queries import BUDGET, warm_query_count

pytestmark = pytest.mark.django_db


@pytest.fixture
def shop(homes):
    section = build_stories_site(homes)
    shop = add_page(homes["vi"], ShopPage(title="Cửa hàng", slug="cua-hang"))
    weavers = add_page(
        shop,
        CooperativePage(title="HTX Dệt", slug="htx-det", legal_name="HTX Dệt", kind="cooperative"),
    )
    baskets = add_page(
        shop, CooperativePage(title="Tổ Đan", slug="to-dan", legal_name="Tổ Đan", kind="group")
    )
    craft, village = section["craft"]["vi"], section["village"]["vi"]
    photo = SiteImageFactory()
    add_product(weavers, "Khan A", 150_000, 2, craft=craft, village=village, photo=photo)
    add_product(weavers, "Khan B", 450_000, 0, craft=craft, photo=photo)
    add_product(baskets, "Gui C", 1_200_000, 5, village=village, photo=photo)
    return {
        "page": shop,
        "craft": craft,
        "village": village,
        "weavers": weavers,
        "baskets": baskets,
    }


def titles(response):
    return [a.get_text(strip=True) for a in soup(response).select(".card__title a")]


def facet(response, label):
    nav = soup(response).find("nav", attrs={"aria-label": label})
    return {
        a.contents[0].strip(): a.select_one(".facet__count").get_text() for a in nav.select("a")
    }


@pytest.mark.postgres
def test_facets_count_exactly_under_the_other_filters(client, shop):
    url = shop["page"].url

    everything = client.get(url)
    in_stock = client.get(url, {"in_stock": "1"})
    weavers = client.get(url, {"cooperative": shop["weavers"].pk})

    assert sorted(titles(everything)) == ["Gui C", "Khan A", "Khan B"]
    assert facet(everything, "Hợp tác xã") == {"HTX Dệt": "(2)", "Tổ Đan": "(1)"}
    assert facet(everything, "Nghề") == {"Dệt thổ cẩm": "(2)"}
    assert sorted(titles(in_stock)) == ["Gui C", "Khan A"]
    assert facet(in_stock, "Hợp tác xã") == {"HTX Dệt": "(1)", "Tổ Đan": "(1)"}
    assert sorted(titles(weavers)) == ["Khan A", "Khan B"]
    assert facet(weavers, "Hợp tác xã") == {"HTX Dệt": "(2)", "Tổ Đan": "(1)"}
    assert facet(weavers, "Làng") == {"Làng Đăk Răng": "(1)"}


@pytest.mark.postgres
def test_price_filter_and_sorting(client, shop):
    url = shop["page"].url

    assert titles(client.get(url, {"sort": "price"})) == ["Khan A", "Khan B", "Gui C"]
    assert titles(client.get(url, {"sort": "-price"})) == ["Gui C", "Khan B", "Khan A"]
    assert titles(client.get(url, {"price": "200k-500k"})) == ["Khan B"]
    card = soup(client.get(url, {"price": "over-1m"})).select_one(".card__price")
    assert card.get_text() == "từ 1.200.000 ₫"


HOSTILE = [
    "",
    "abc",
    "-1",
    "0",
    "1e9",
    "99999999999999999999",
    "'; DROP TABLE x;--",
    "<b>",
    "%00",
    "１２",
]


@pytest.mark.postgres
def test_no_filter_combination_breaks_the_page(client, shop):
    names = [
        "craft",
        "group",
        "village",
        "cooperative",
        "price",
        "ocop",
        "in_stock",
        "sort",
        "page",
        "material",
        "per_page",
    ]
    for name, value in itertools.product(names, HOSTILE):
        response = client.get(shop["page"].url, {name: value})
        assert response.status_code == 200, (name, value)
    combined = {name: str(shop["weavers"].pk) for name in names}
    assert client.get(shop["page"].url, combined).status_code == 200


def test_listing_queries_do_not_grow_with_the_page_size_of_results(client, shop):
    few = warm_query_count(client, shop["page"].url)
    photo = SiteImageFactory()
    for n in range(9):
        add_product(shop["baskets"], f"Gio {n}", 100_000 + n, 1, photo=photo)

    assert warm_query_count(client, shop["page"].url) == few <= BUDGET


@pytest.mark.postgres
def test_material_facet_counts_and_filters(client, shop):
    cotton = Material.objects.create(name="Sợi bông", name_en="Cotton yarn")
    rattan = Material.objects.create(name="Mây", name_en="Rattan")
    for product in ProductPage.objects.all():
        product.materials = [rattan, cotton] if product.title == "Gui C" else [cotton]
        product.save()
    url = shop["page"].url

    everything = client.get(url)
    rattan_only = client.get(url, {"material": rattan.pk})

    assert facet(everything, "Nguyên liệu") == {"Mây": "(1)", "Sợi bông": "(3)"}
    assert titles(rattan_only) == ["Gui C"]
    assert facet(rattan_only, "Hợp tác xã") == {"Tổ Đan": "(1)"}


def test_listing_runs_the_same_queries_for_12_and_48_per_page(client, shop):
    photo = SiteImageFactory()
    for n in range(50):
        add_product(shop["baskets"], f"Gio {n}", 100_000 + n, 1, photo=photo)
    url = shop["page"].url

    twelve = warm_query_count(client, url)
    forty_eight = warm_query_count(client, f"{url}?per_page=48")

    assert len(titles(client.get(url, {"per_page": "48"}))) == 48
    assert len(titles(client.get(url, {"per_page": "13"}))) == 12  # not an offered size
    assert twelve == forty_eight <= BUDGET


# Warm: the page's own 8 (site, locale, route, breadcrumbs, languages) and the listing's 7 at
# most (counts kept ahead, counts of matching rows, labels of pages and of materials, the
# page of rows, their photos, the photos' renditions).
LISTING_QUERIES = 15


@pytest.mark.postgres
def test_the_listing_costs_a_fixed_number_of_queries_whatever_the_filters(
    client, shop, django_assert_max_num_queries
):
    cotton = Material.objects.create(name="Sợi bông", name_en="Cotton yarn")
    for product in ProductPage.objects.all():
        product.materials = [cotton]
        product.save()
    ids = {name: shop[name].pk for name in ("craft", "village", "weavers")}
    every_filter = {
        "craft": ids["craft"],
        "village": ids["village"],
        "cooperative": ids["weavers"],
        "material": cotton.pk,
        "price": "under-200k",
        "in_stock": "1",
        "ocop": "1",
    }
    combinations = [
        {},
        {"craft": ids["craft"]},
        {"craft": ids["craft"], "material": cotton.pk},
        {"cooperative": ids["weavers"], "in_stock": "1", "price": "under-200k"},
        {"ocop": "1", "sort": "price"},
        {**every_filter, "sort": "-price", "page": "2", "per_page": "48"},
        {name: value for name, value in every_filter.items() if name != "ocop"},
    ]
    for params in combinations:
        client.get(shop["page"].url, params)
        with django_assert_max_num_queries(LISTING_QUERIES):
            assert client.get(shop["page"].url, params).status_code == 200
