"""Heritage sites: their section and pages in both languages, what they link to, their place on
the maps and on village pages, their structured data, and the rule that a ranked site names its
decision."""

import json

import pytest
from django.core.exceptions import ValidationError

from base.models import HomePage
from stories.models import HeritageIndexPage, HeritageSitePage, VillageIndexPage
from tests.factories.stories import add_heritage_section
from tests.html import soup
from tests.queries import BUDGET, warm_query_count
from tests.stories.test_listings import HOSTILE_VALUES

pytestmark = pytest.mark.django_db


@pytest.fixture
def heritage(homes, section):
    return add_heritage_section(homes, section)


def json_ld(response, kind):
    objects = [
        json.loads(tag.string)
        for tag in soup(response).find_all("script", type="application/ld+json")
    ]
    found = [o for data in objects for o in (data if isinstance(data, list) else [data])]
    return [
        o for o in found if kind in (o["@type"] if isinstance(o["@type"], list) else [o["@type"]])
    ]


@pytest.mark.parametrize("language", ["vi", "en"])
def test_heritage_site_page_shows_protection_visiting_and_links_in_its_language(
    client, section, heritage, language
):
    response = client.get(heritage["site"][language].url)

    assert response.status_code == 200
    document = soup(response)
    text = document.get_text(" ", strip=True)
    assert "123/QĐ-UBND" in text
    assert "UBND tỉnh Kon Tum" in text
    assert ("Di tích cấp tỉnh" if language == "vi" else "Provincial relic") in text
    assert ("Miễn phí" if language == "vi" else "Free") in text
    other = "en" if language == "vi" else "vi"
    for key in ("village", "craft", "event"):
        assert document.find("a", href=section[key][language].url), key
        assert not document.find("a", href=section[key][other].url), key
    assert document.find(class_="village-map__dot--heritage")
    assert [a.get_text(strip=True) for a in document.select(".breadcrumbs a")][-2:] == [
        heritage["index"][language].title,
        heritage["site"][language].title,
    ]


def test_heritage_site_describes_itself_as_a_historical_landmark(client, heritage):
    [data] = json_ld(client.get(heritage["site"]["en"].url), "LandmarksOrHistoricalBuildings")

    assert "TouristAttraction" in data["@type"]
    assert data["name"] == "Đăk Răng rong house"
    assert data["geo"] == {"@type": "GeoCoordinates", "latitude": 14.7, "longitude": 107.63}
    assert data["address"]["streetAddress"] == "làng Đăk Răng, xã Đăk Dục"


def test_village_page_lists_its_heritage_sites_and_maps_them_apart(client, section, heritage):
    for language in ("vi", "en"):
        document = soup(client.get(section["village"][language].url))

        site = heritage["site"][language]
        assert document.find("a", href=site.url, class_=None) or document.select(
            f'.card-grid a[href="{site.url}"]'
        )
        village_dots = document.select(".village-map__drawn circle.village-map__dot")
        heritage_dots = document.select(".village-map__drawn rect.village-map__dot--heritage")
        assert (len(village_dots), len(heritage_dots)) == (1, 1)
        # Not by colour alone: the key names both shapes, and each marker says its kind.
        key = [li.get_text(strip=True) for li in document.select(".village-map__key li")]
        assert key == (
            ["Làng nghề", "Di tích, di sản"]
            if language == "vi"
            else ["Craft village", "Heritage site"]
        )
        labels = [a["aria-label"] for a in document.select(".village-map__drawn a")]
        assert labels[1].endswith(f"{site.title} ({key[1]})")


def test_village_without_heritage_sites_shows_no_heritage_heading_or_key(client, section):
    document = soup(client.get(section["village"]["vi"].url))

    assert "Di tích của làng" not in document.get_text()
    assert not document.select(".village-map__key")


def test_village_index_map_shows_heritage_sites_as_a_second_kind(client, section, heritage):
    document = soup(client.get(section["indexes"]["villages"]["vi"].url))

    assert len(document.select(".village-map__drawn rect.village-map__dot--heritage")) == 1
    # The cards stay villages only.
    assert not document.select(f'.card-grid a[href="{heritage["site"]["vi"].url}"]')


def test_heritage_index_lists_sites_filters_by_kind_and_shrugs_off_hostile_queries(
    client, heritage
):
    index = heritage["index"]["vi"]
    relic = HeritageSitePage(
        title="Ngục Kon Tum", slug="nguc-kon-tum", address="phường Kon Tum", locale=index.locale
    )
    index.add_child(instance=relic)
    relic.save_revision().publish()

    def titles(**query):
        return [
            h.get_text(strip=True)
            for h in soup(client.get(index.url, query)).select(".card-grid h3, .card-grid h2")
        ]

    assert titles() == ["Ngục Kon Tum", "Nhà rông Đăk Răng"]
    assert titles(kind="communal_house") == ["Nhà rông Đăk Răng"]
    assert titles(kind="relic") == ["Ngục Kon Tum"]
    for value in HOSTILE_VALUES:
        response = client.get(index.url, {"kind": value})
        assert response.status_code == 200, value
        assert len(soup(response).select(".card-grid > li")) == 2, value


def test_heritage_pages_stay_within_the_query_budget(client, section, heritage):
    index = heritage["index"]["vi"]
    few = warm_query_count(client, index.url)
    for number in range(5):
        site = HeritageSitePage(
            title=f"Di tích {number}",
            slug=f"di-tich-{number}",
            address="phường Kon Tum",
            latitude="14.35",
            longitude="108.0",
            locale=index.locale,
        )
        index.add_child(instance=site)
        site.save_revision().publish()

    assert warm_query_count(client, index.url) == few <= BUDGET
    assert warm_query_count(client, heritage["site"]["vi"].url) <= BUDGET
    assert warm_query_count(client, section["village"]["vi"].url) <= BUDGET


@pytest.mark.parametrize(
    "protection",
    [HeritageSitePage.Protection.NATIONAL, HeritageSitePage.Protection.INTANGIBLE],
)
def test_a_ranked_site_must_name_its_decision(protection):
    site = HeritageSitePage(title="Di tích", address="phường Kon Tum", protection=protection)

    with pytest.raises(ValidationError) as error:
        site.clean()

    assert "decision_number" in error.value.message_dict


def test_an_unranked_site_needs_no_decision():
    HeritageSitePage(title="Nhà rông", address="làng Kon Klor").clean()


def test_heritage_tree_rules(section, homes):
    assert set(HeritageIndexPage.allowed_parent_page_models()) == {HomePage}
    assert set(HeritageSitePage.allowed_parent_page_models()) == {HeritageIndexPage}
    assert not HeritageSitePage.can_create_at(section["indexes"]["villages"]["vi"])
    assert not HeritageSitePage.allowed_subpage_models()
    assert VillageIndexPage.allowed_subpage_models() == [section["village"]["vi"].specific_class]
