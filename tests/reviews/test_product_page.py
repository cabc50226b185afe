"""The product page, in both languages, shows the approved reviews only: the average, the
count, each review marked with the language it was written in, its photo and answer, and
the same ratings in the page's schema.org data; for a fixed number of queries."""

import json

import pytest
from bs4 import BeautifulSoup

from catalog.models import ProductPage
from reviews.models import REVIEWS_SHOWN
from reviews.services import answer_review
from tests.queries import warm_query_count
from tests.reviews.factories import make_review
from tests.reviews.helpers import phone_photo

pytestmark = pytest.mark.django_db


def product_data(html):
    """The schema.org Product of the page."""
    for script in BeautifulSoup(html, "html.parser").select('script[type="application/ld+json"]'):
        data = json.loads(script.string)
        if data.get("@type") == "Product":
            return data
    raise AssertionError("no Product data")


def test_both_languages_show_the_approved_reviews_with_their_language(client, review_shop):
    editor = review_shop["editor"]
    vietnamese = make_review(review_shop, rating=5, text="Khăn rất đẹp.", approved_by=editor)
    make_review(review_shop, rating=4, text="Lovely colours.", language="en", approved_by=editor)
    make_review(review_shop, rating=1, text="Chờ duyệt, chưa hiện.")
    answer_review(vietnamese, "Cảm ơn chị!")

    for product, other_language in [(review_shop["scarf"], "en"), (review_shop["scarf_en"], "vi")]:
        html = client.get(product.url).content.decode()
        section = BeautifulSoup(html, "html.parser").select_one("#reviews")
        texts = {p.get_text(strip=True): p.get("lang") for p in section.select(".review__text")}
        assert texts == {"Khăn rất đẹp.": "vi", "Lovely colours.": "en"}
        assert "Chờ duyệt" not in html
        assert "Cảm ơn chị!" in section.get_text()
        summary = section.select_one(".product-reviews__summary").get_text(" ", strip=True)
        assert "4.5" in summary or "4,5" in summary
        assert len(section.select(".review__language")) == 1, other_language


def test_the_product_data_carries_the_ratings(client, review_shop):
    editor = review_shop["editor"]
    make_review(review_shop, rating=5, text="Khăn rất đẹp.", approved_by=editor)
    make_review(review_shop, rating=3, text="Màu hơi nhạt.", name_shown="Minh", approved_by=editor)
    make_review(review_shop, rating=1, text="Chưa duyệt nên không tính.")

    data = product_data(client.get(review_shop["scarf_en"].url).content.decode())

    assert data["aggregateRating"] == {
        "@type": "AggregateRating",
        "ratingValue": 4.0,
        "ratingCount": 2,
        "bestRating": 5,
        "worstRating": 1,
    }
    assert [(r["author"]["name"], r["reviewRating"]["ratingValue"]) for r in data["review"]] == [
        ("Minh", 3),
        ("Lan", 5),
    ]
    assert data["review"][0]["inLanguage"] == "vi"


def test_no_ratings_in_the_data_before_a_review_is_approved(client, review_shop):
    make_review(review_shop)

    html = client.get(review_shop["scarf"].url).content.decode()

    assert "aggregateRating" not in product_data(html)
    assert "Chưa có đánh giá nào." in html


def test_a_review_cannot_close_the_data_script(client, review_shop):
    make_review(
        review_shop,
        text="Đẹp lắm </script><script>alert(1)</script> nhé",
        approved_by=review_shop["editor"],
    )

    html = client.get(review_shop["scarf"].url).content.decode()

    assert "<script>alert(1)" not in html


def test_the_page_costs_the_same_queries_for_one_review_or_many(client, review_shop):
    product = ProductPage.objects.get(pk=review_shop["scarf"].pk)
    without_reviews = warm_query_count(client, product.url)
    editor = review_shop["editor"]
    make_review(review_shop, approved_by=editor, photo=(phone_photo("JPEG", (64, 48)), "JPEG"))
    with_one = warm_query_count(client, product.url)
    for number in range(REVIEWS_SHOWN + 2):
        make_review(
            review_shop,
            text=f"Đánh giá số {number}",
            approved_by=editor,
            photo=(phone_photo("PNG", (64, 48)), "PNG"),
        )
    with_many = warm_query_count(client, product.url)

    assert with_one == with_many <= without_reviews + 3
