"""Both languages: URL prefixes, the Accept-Language redirect, <html lang>, hreflang and the
language switcher."""

import pytest

from tests.factories.pages import add_standard_page, add_translation
from tests.html import alternates, soup

pytestmark = pytest.mark.django_db


def switcher_links(document):
    nav = document.find("nav", class_="language-switcher")
    return {a["hreflang"]: a["href"] for a in nav.find_all("a")}


@pytest.fixture
def about(homes):
    vi = add_standard_page(homes["vi"], "Giới thiệu", "gioi-thieu")
    en = add_translation(vi, homes["en"], "About", "about")
    return {"vi": vi, "en": en}


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("en-GB,en;q=0.9", "/en/"),
        ("vi-VN,vi;q=0.9,en;q=0.5", "/vi/"),
        ("fr-FR", "/vi/"),
        ("", "/vi/"),
    ],
)
def test_root_redirects_by_accept_language(client, homes, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)

    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize("language", ["vi", "en"])
def test_home_page_declares_its_language_and_both_alternates(client, homes, language):
    response = client.get(f"/{language}/")

    assert response.status_code == 200
    document = soup(response)
    assert document.html["lang"] == language
    assert alternates(document) == {
        "vi": "http://localhost/vi/",
        "en": "http://localhost/en/",
        "x-default": "http://localhost/vi/",
    }
    assert document.find("link", rel="canonical")["href"] == f"http://localhost/{language}/"


def test_switcher_leads_to_the_same_page_in_the_other_language(client, about):
    document = soup(client.get("/vi/gioi-thieu/"))

    assert switcher_links(document) == {"vi": "/vi/gioi-thieu/", "en": "/en/about/"}
    english = client.get(switcher_links(document)["en"])
    assert english.status_code == 200
    assert soup(english).html["lang"] == "en"
    assert soup(english).h1.get_text(strip=True) == "About"


def test_switcher_falls_back_to_home_when_a_page_has_no_translation(client, homes):
    add_standard_page(homes["vi"], "Chỉ tiếng Việt", "chi-tieng-viet")

    document = soup(client.get("/vi/chi-tieng-viet/"))

    assert switcher_links(document)["en"] == "/en/"
    assert "en" not in alternates(document), "no hreflang may point at a different page"


def test_unpublished_translation_is_not_offered(client, about):
    about["en"].unpublish()

    document = soup(client.get("/vi/gioi-thieu/"))

    assert switcher_links(document)["en"] == "/en/"
    assert "en" not in alternates(document)


@pytest.mark.parametrize(
    ("language", "skip_link", "not_found"),
    [
        ("vi", "Bỏ qua, đến nội dung chính", "Không tìm thấy trang"),
        ("en", "Skip to content", "Page not found"),
    ],
)
def test_interface_strings_come_from_the_message_catalogue(
    client, homes, language, skip_link, not_found
):
    home = soup(client.get(f"/{language}/"))
    missing = client.get(f"/{language}/khong-co-trang-nay/")

    assert home.find("a", class_="skip-link").get_text(strip=True) == skip_link
    assert missing.status_code == 404
    assert soup(missing).h1.get_text(strip=True) == not_found
    assert soup(missing).html["lang"] == language


def test_unknown_language_prefix_ends_in_not_found(client, homes):
    response = client.get("/fr/", follow=True)

    assert response.redirect_chain == [("/vi/fr/", 302)]
    assert response.status_code == 404
