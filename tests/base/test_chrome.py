"""The header menu and footer every page repeats: what changes them, and what does not."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from base.models import Navigation
from tests.factories.pages import add_standard_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def menu_page(homes):
    """A page the header menu links to (label: its title) and the footer too."""
    page = add_standard_page(homes["vi"], "Giao hàng", "giao-hang")
    Navigation.objects.update_or_create(
        locale=homes["vi"].locale,
        defaults={
            "header_links": [("link", {"page": page}), ("link", {"url": "https://zalo.me/x"})],
            "footer_links": [("link", {"page": page, "label": "Phí giao hàng"})],
        },
    )
    return page


def header(client):
    html = client.get("/vi/").content.decode()
    return html[html.index("<header") : html.index("</header>")]


def queries_of(client, url):
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    return len(captured)


def test_a_new_title_of_a_menu_page_shows_in_the_menu(client, menu_page):
    assert "Giao hàng" in header(client)

    menu_page.title = "Vận chuyển"
    menu_page.save_revision().publish()

    assert "Vận chuyển" in header(client)


def test_a_menu_page_taken_offline_leaves_the_menu(client, menu_page):
    assert 'href="/vi/giao-hang/"' in header(client)

    menu_page.unpublish()

    assert 'href="/vi/giao-hang/"' not in header(client)
    assert 'href="https://zalo.me/x"' in header(client)


def test_a_deleted_menu_page_leaves_the_menu(client, menu_page):
    assert 'href="/vi/giao-hang/"' in header(client)

    menu_page.delete()

    assert 'href="/vi/giao-hang/"' not in header(client)


def test_publishing_a_page_outside_the_menus_keeps_them_built(client, homes, menu_page):
    other = add_standard_page(homes["vi"], "Tin tức", "tin-tuc")
    client.get("/vi/")
    warm = queries_of(client, "/vi/")

    other.title = "Tin mới"
    other.save_revision().publish()

    assert queries_of(client, "/vi/") == warm


def test_both_menus_are_built_with_one_query_for_their_pages(client, homes, menu_page):
    client.get("/vi/")
    warm = queries_of(client, "/vi/")

    menu_page.save_revision().publish()  # a menu page: the menus are built again

    assert queries_of(client, "/vi/") == warm + 3  # the navigation, the settings, the pages
