"""Search in the current language, with or without Vietnamese diacritics. Runs on SQLite and,
in the PostgreSQL suite, on PostgreSQL's full-text search."""

import pytest

from tests.html import soup

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def result_titles(client, language, query, **params):
    response = client.get(f"/{language}/search/", {"q": query, **params})
    assert response.status_code == 200
    return [h2.get_text(strip=True) for h2 in soup(response).select(".search-results h2")]


ACCENT_CASES = [
    ("thổ cẩm", "Sắc màu thổ cẩm"),
    ("tho cam", "Sắc màu thổ cẩm"),
    ("THO CAM", "Sắc màu thổ cẩm"),
    ("dak rang", "Làng Đăk Răng"),
    ("Đăk Răng", "Làng Đăk Răng"),
    ("Dak Dục", "Làng Đăk Răng"),
    ("gie trieng", "Giẻ Triêng"),
]


def test_vietnamese_is_found_with_or_without_diacritics(client, section):
    missing = [
        (query, expected)
        for query, expected in ACCENT_CASES
        if expected not in result_titles(client, "vi", query)
    ]

    assert missing == []


def test_search_stays_in_the_current_language(client, section):
    english = result_titles(client, "en", "brocade")

    assert "The colours of brocade" in english
    assert "Sắc màu thổ cẩm" not in english
    assert "Brocade weaving" in english


def test_unpublished_pages_are_not_found(client, section):
    section["story"]["vi"].unpublish()

    assert "Sắc màu thổ cẩm" not in result_titles(client, "vi", "tho cam")


HOSTILE_QUERIES = [
    "",
    "   ",
    "%",
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "a" * 5000,
    "\\",
    "😀",
    "&&||!!",
    "tho\x00cam",
]


def test_hostile_or_empty_queries_answer_calmly(client, section):
    for query in HOSTILE_QUERIES:
        response = client.get("/vi/search/", {"q": query})

        assert response.status_code == 200, query
        assert b"<script>alert(1)</script>" not in response.content


def test_malformed_result_pages_fall_back_to_a_valid_page(client, section):
    for page in ["0", "-1", "999", "abc", "1.5", ""]:
        response = client.get("/vi/search/", {"q": "tho cam", "page": page})

        assert response.status_code == 200, page
        assert "Sắc màu thổ cẩm" in response.content.decode()
