"""The supplier directory: the shop's cooperatives for wholesale buyers, filtered by craft,
ethnic group, village and commune, each with its capacity, minimum order, lead time and
certifications and a 'Request a quote' link. Malformed filters are ignored, and the page
costs the same queries however many cooperatives it lists."""

import pytest

from base.templatetags.site_tags import action_url
from stories.models import CraftPage, EthnicGroupPage, VillagePage
from tests.factories.catalog import add_cooperative, add_shop
from tests.factories.pages import add_translation
from tests.factories.stories import add_page
from tests.html import alternates, soup
from tests.queries import BUDGET, warm_query_count

pytestmark = pytest.mark.django_db

DIRECTORY = "/vi/cua-hang/suppliers/"
RO_WA, DUC = "xã Đăk Rơ Wa", "xã Đăk Dục"


@pytest.fixture
def directory(homes):
    home = homes["vi"]
    crafts = {
        key: add_page(home, CraftPage(title=title, slug=key))
        for key, title in [("weaving", "Dệt thổ cẩm"), ("basketry", "Đan lát")]
    }
    groups = {
        key: add_page(home, EthnicGroupPage(title=title, slug=key))
        for key, title in [("bana", "Ba Na"), ("xodang", "Xơ Đăng")]
    }
    villages = {
        key: add_page(
            home, VillagePage(title=title, slug=key, commune=commune, ethnic_group=groups[group])
        )
        for key, title, commune, group in [
            ("kon-ko-tu", "Làng Kon Kơ Tu", RO_WA, "bana"),
            ("kon-klor", "Làng Kon Klor", RO_WA, "xodang"),
            ("dak-rang", "Làng Đăk Răng", DUC, "xodang"),
        ]
    }
    shop = add_shop(home)
    cooperatives = {
        "weavers": add_cooperative(
            shop,
            "HTX Dệt Kon Kơ Tu",
            slug="htx-det",
            village=villages["kon-ko-tu"],
            crafts=[crafts["weaving"]],
            capacity_per_month=60,
            minimum_order=10,
            lead_time_days=30,
            certifications="OCOP 4 sao (2025)",
        ),
        "mixed": add_cooperative(
            shop,
            "HTX Kon Klor",
            slug="htx-kon-klor",
            village=villages["kon-klor"],
            crafts=[crafts["basketry"], crafts["weaving"]],
        ),
        "baskets": add_cooperative(
            shop,
            "Tổ Đan Đăk Răng",
            slug="to-dan",
            village=villages["dak-rang"],
            crafts=[crafts["basketry"]],
        ),
        "carvers": add_cooperative(shop, "Hộ Ia Chim", slug="ia-chim", kind="household"),
    }
    return {
        "shop": shop,
        "crafts": crafts,
        "groups": groups,
        "villages": villages,
        "cooperatives": cooperatives,
    }


def suppliers(response):
    """The names of the suppliers listed, in order."""
    assert response.status_code == 200
    return [name.get_text(strip=True) for name in soup(response).select(".supplier__name")]


def test_every_cooperative_is_listed_with_its_terms_and_a_quote_link(client, directory):
    page = soup(client.get(DIRECTORY))

    assert [name.get_text(strip=True) for name in page.select(".supplier__name")] == [
        "HTX Dệt Kon Kơ Tu",
        "HTX Kon Klor",
        "Hộ Ia Chim",
        "Tổ Đan Đăk Răng",
    ]
    weavers = directory["cooperatives"]["weavers"]
    card = page.select(".supplier")[0]
    facts = dict(
        zip(
            [dt.get_text(strip=True) for dt in card.select("dt")],
            [dd.get_text(strip=True) for dd in card.select("dd")],
            strict=True,
        )
    )
    assert len(facts) == 4 and "60" in facts.values() and "OCOP 4 sao (2025)" in facts.values()
    assert "Làng Kon Kơ Tu, xã Đăk Rơ Wa" in card.select_one(".meta").get_text()
    assert card.select_one(f'a[href="{action_url("request_quote", weavers)}"]')
    assert page.select_one(".breadcrumbs [aria-current=page]")["href"] == DIRECTORY
    assert page.select_one("link[rel=canonical]")["href"].endswith(DIRECTORY)


def test_the_shop_links_to_the_directory(client, directory):
    page = soup(client.get(directory["shop"].url))

    assert page.select_one(f'main a[href="{DIRECTORY}"]')


def test_the_directory_is_there_in_each_language(client, directory, homes):
    shop_en = add_translation(directory["shop"], homes["en"], "Shop", "shop")
    add_translation(
        directory["cooperatives"]["weavers"],
        shop_en,
        "Kon Kơ Tu Weavers",
        "kon-ko-tu-weavers",
        legal_name="HTX Dệt Kon Kơ Tu",
        kind="cooperative",
    )

    response = client.get("/en/shop/suppliers/")

    assert suppliers(response) == ["Kon Kơ Tu Weavers"]
    assert alternates(soup(response))["vi"].endswith(DIRECTORY)
    switcher = soup(response).select_one(".language-switcher a[hreflang=vi]")
    assert switcher["href"] == DIRECTORY


def ids(directory, **chosen):
    """The query string for filters named by key: craft="weaving", commune=RO_WA."""
    kinds = {"craft": "crafts", "group": "groups", "village": "villages"}
    return "&".join(
        f"{name}={directory[kinds[name]][key].pk if name in kinds else key}"
        for name, key in chosen.items()
    )


FILTERED = [
    ({"craft": "weaving"}, ["HTX Dệt Kon Kơ Tu", "HTX Kon Klor"]),
    ({"group": "xodang"}, ["HTX Kon Klor", "Tổ Đan Đăk Răng"]),
    ({"village": "kon-ko-tu"}, ["HTX Dệt Kon Kơ Tu"]),
    ({"commune": RO_WA}, ["HTX Dệt Kon Kơ Tu", "HTX Kon Klor"]),
    ({"craft": "basketry", "commune": RO_WA}, ["HTX Kon Klor"]),
    ({"craft": "basketry", "group": "bana"}, []),
]
MALFORMED = [
    "craft=abc",
    "craft=-1",
    "craft=%EF%BC%91%EF%BC%92",  # full-width digits
    "group=1e9",
    "village=",
    "village=1.0",
    "commune=" + "x" * 121,
    "commune=a%00b",
    "page=abc",
    "page=999",
    "colour=red",
]


def test_filters_narrow_the_list(client, directory, subtests):
    for chosen, expected in FILTERED:
        with subtests.test(**chosen):
            assert suppliers(client.get(f"{DIRECTORY}?{ids(directory, **chosen)}")) == expected


def test_each_filter_counts_what_the_other_filters_leave(client, directory):
    page = soup(client.get(f"{DIRECTORY}?{ids(directory, craft='basketry')}"))
    craft, group, village, commune = [
        [
            (link.contents[0].strip(), link.select_one(".facet__count").get_text(strip=True))
            for link in facet.select("a")
        ]
        for facet in page.select(".shop__filters nav.facet")
    ]

    assert craft == [("Dệt thổ cẩm", "(2)"), ("Đan lát", "(2)")]
    assert group == [("Xơ Đăng", "(2)")]
    assert village == [("Làng Kon Klor", "(1)"), ("Làng Đăk Răng", "(1)")]
    assert commune == [("xã Đăk Dục", "(1)"), ("xã Đăk Rơ Wa", "(1)")]
    current = page.select_one(".shop__filters a[aria-current]")
    assert current.contents[0].strip() == "Đan lát"


def test_malformed_filters_are_ignored(client, directory, subtests):
    for query in MALFORMED:
        with subtests.test(query=query):
            assert len(suppliers(client.get(f"{DIRECTORY}?{query}"))) == 4


def test_a_filter_nothing_matches_offers_the_whole_list(client, directory):
    page = soup(client.get(f"{DIRECTORY}?craft=999999"))

    assert not page.select(".supplier")
    assert page.select_one(f'.notice a[href="{DIRECTORY}"]')


def test_queries_do_not_grow_with_the_number_of_cooperatives(client, directory):
    few = warm_query_count(client, DIRECTORY)
    filtered = warm_query_count(client, f"{DIRECTORY}?{ids(directory, craft='weaving')}")
    for number in range(8):
        add_cooperative(
            directory["shop"],
            f"Tổ hợp tác {number}",
            village=directory["villages"]["dak-rang"],
            crafts=list(directory["crafts"].values()),
        )

    assert warm_query_count(client, DIRECTORY) == few <= BUDGET
    assert warm_query_count(client, f"{DIRECTORY}?{ids(directory, craft='weaving')}") == filtered
