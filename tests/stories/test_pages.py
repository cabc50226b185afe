"""Every page type renders in both languages, links its relations, and obeys the tree rules."""

import pytest

from base.models import HomePage, StandardPage
from stories.models import (
    ArtisanIndexPage,
    ArtisanPage,
    CraftIndexPage,
    CraftPage,
    EthnicGroupIndexPage,
    EthnicGroupPage,
    EventIndexPage,
    EventPage,
    StoryIndexPage,
    StoryPage,
    VillageIndexPage,
    VillagePage,
)
from tests.html import alternates, soup

pytestmark = pytest.mark.django_db

PAGE_KEYS = ["craft", "group", "village", "artisan", "story", "event"]
INDEX_KEYS = ["stories", "crafts", "groups", "villages", "artisans", "events"]


def all_pages(section):
    for key in PAGE_KEYS:
        yield section[key]
    for key in INDEX_KEYS:
        yield section["indexes"][key]


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_page_type_renders_in_both_languages(client, section, language):
    for versions in all_pages(section):
        page = versions[language]
        response = client.get(page.url)

        assert response.status_code == 200, page.url
        document = soup(response)
        assert document.html["lang"] == language
        assert document.h1.get_text(strip=True) == page.title
        assert {"vi", "en"} <= set(alternates(document)), page.url


def test_craft_page_lists_its_villages_artisans_and_classes_in_its_language(client, section):
    for language in ("vi", "en"):
        html = client.get(section["craft"][language].url).content.decode()

        assert f'href="{section["village"][language].url}"' in html
        assert f'href="{section["artisan"][language].url}"' in html
        assert f'href="{section["event"][language].url}"' in html
        other = "en" if language == "vi" else "vi"
        assert f'href="{section["village"][other].url}"' not in html


def test_unpublished_pages_drop_out_of_computed_lists(client, section):
    section["village"]["vi"].unpublish()

    html = client.get(section["craft"]["vi"].url).content.decode()

    assert section["village"]["vi"].url not in html
    assert section["village"]["en"].url in client.get(section["craft"]["en"].url).content.decode()


def test_village_page_shows_map_artisans_and_upcoming_events(client, section):
    html = client.get(section["village"]["en"].url).content.decode()

    assert 'class="village-map"' in html
    assert "Y Đrin" in html
    assert "Brocade class" in html


@pytest.mark.parametrize(
    ("model", "parents"),
    [
        (StoryIndexPage, {HomePage}),
        (StoryPage, {StoryIndexPage}),
        (CraftIndexPage, {HomePage}),
        (CraftPage, {CraftIndexPage}),
        (EthnicGroupIndexPage, {HomePage}),
        (EthnicGroupPage, {EthnicGroupIndexPage}),
        (VillageIndexPage, {HomePage}),
        (VillagePage, {VillageIndexPage}),
        (ArtisanIndexPage, {HomePage}),
        (ArtisanPage, {ArtisanIndexPage}),
        (EventIndexPage, {HomePage}),
        (EventPage, {EventIndexPage}),
    ],
)
def test_tree_rules(model, parents):
    assert set(model.allowed_parent_page_models()) == parents


def test_leaf_pages_take_no_children_and_indexes_only_their_own(section):
    for key in PAGE_KEYS:
        page = section[key]["vi"]
        assert not page.specific_class.allowed_subpage_models(), key
    stories = section["indexes"]["stories"]["vi"]
    assert not VillagePage.can_create_at(stories)
    assert StoryPage.can_create_at(stories)
    assert not StoryIndexPage.can_create_at(stories)
    assert not StandardPage.can_create_at(stories)


def test_one_section_index_per_language(section, homes):
    assert not StoryIndexPage.can_create_at(homes["vi"])
