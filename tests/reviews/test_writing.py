"""A buyer whose parcel was delivered is asked for reviews by e-mail, in their language, and
writes one review per delivered line through the link; anything else is refused."""

import re

import pytest
from django.core import mail

from catalog.models import ProductPage, ProductVariant
from craftsite.personal_data import consent_given
from reviews.forms import first_name
from reviews.models import Review
from reviews.services import AlreadyReviewed, write_review
from tests.reviews.helpers import (
    deliver,
    line_of,
    line_url,
    order_of_scarf_and_basket,
    review_form,
    review_url,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def delivered(review_shop, django_capture_on_commit_callbacks):
    """An English order of scarves and a basket, the scarves delivered, the basket not."""
    order = order_of_scarf_and_basket(review_shop, language="en")
    with django_capture_on_commit_callbacks(execute=True):
        deliver(order, review_shop["weavers"])
    return order


def test_the_buyer_is_asked_for_a_review_in_their_language_when_a_parcel_arrives(
    client, review_shop, delivered
):
    (invitation,) = [m for m in mail.outbox if "arrived" in m.subject]
    assert invitation.to == ["lan@example.test"]
    assert invitation.subject == (
        f"Your parcel from order {delivered.code} has arrived: how is it?"
    )
    assert "Weavers (order" in invitation.body
    assert "- Khăn thổ cẩm (" in invitation.body  # what was bought, named as it was bought
    link = re.search(r"http\S*/en/reviews/\S+/", invitation.body).group(0)

    page = client.get(link[link.index("/en/") :])

    assert page.status_code == 200
    assert page["Cache-Control"].startswith("max-age=0")
    text = page.content.decode()
    assert "Khăn thổ cẩm" in text
    assert "Gùi mây" not in text  # not delivered yet


def test_a_vietnamese_order_is_asked_in_vietnamese(review_shop, django_capture_on_commit_callbacks):
    order = order_of_scarf_and_basket(review_shop)
    with django_capture_on_commit_callbacks(execute=True):
        deliver(order, review_shop["weavers"])

    (invitation,) = [m for m in mail.outbox if order.code in m.subject and "/vi/reviews/" in m.body]
    assert invitation.subject == f"Kiện hàng của đơn {order.code} đã đến: bạn thấy thế nào?"


def test_a_buyer_writes_a_review_that_waits_for_approval(client, review_shop, delivered):
    line = line_of(delivered, review_shop["scarf"])

    response = client.post(line_url(delivered, line), review_form(line, rating="4"))

    assert response.status_code == 302
    review = Review.objects.get()
    assert (review.line, review.rating, review.status, review.language) == (
        line,
        4,
        "pending",
        "en",
    )
    assert review.product == review_shop["scarf"]
    assert review.cooperative == review_shop["weavers"]
    assert (review.consent_purpose, review.consent_notice_version) == ("review", "2026-12")
    assert review.consent_at is not None
    page = client.get(review_url(delivered)).content.decode()
    assert "the cooperative is reading it" in page
    assert review.text not in client.get(review_shop["scarf_en"].url).content.decode()


def test_the_name_shown_starts_as_the_buyers_first_name(client, review_shop, delivered):
    page = client.get(review_url(delivered))

    line = line_of(delivered, review_shop["scarf"])
    assert page.context["rows"][0]["form"]["name_shown"].value() == "Lan"
    assert line.order.name == "Nguyễn Thị Lan"


@pytest.mark.parametrize(
    ("full_name", "called"),
    [
        ("Nguyễn Thị Lan", "Lan"),
        ("Tran Van Minh", "Minh"),
        ("Y Nhi", "Nhi"),
        ("Anna Weber", "Anna"),
        ("  ", ""),
    ],
)
def test_first_names(full_name, called):
    assert first_name(full_name) == called


def test_a_wrong_or_tampered_link_finds_nothing(client, review_shop, delivered):
    line = line_of(delivered, review_shop["scarf"])
    good = review_url(delivered)
    key = good.split("/")[-2]

    for url in [
        "/en/reviews/nonsense/",
        "/en/reviews/" + key[:-1] + ("A" if key[-1] != "A" else "B") + "/",
        "/en/reviews/" + delivered.token + "/",
        line_url(delivered, line, key=delivered.token),
    ]:
        assert client.get(url).status_code == 404, url
        assert client.post(url, review_form(line)).status_code == 404, url
    assert not Review.objects.exists()


def test_an_order_with_nothing_delivered_has_no_review_page(client, review_shop):
    order = order_of_scarf_and_basket(review_shop)

    assert client.get(review_url(order)).status_code == 404


def test_a_line_not_delivered_or_of_another_order_cannot_be_reviewed(
    client, review_shop, delivered
):
    basket_line = line_of(delivered, review_shop["basket"])
    other = order_of_scarf_and_basket(review_shop)
    other_line = line_of(other, review_shop["scarf"])

    not_delivered = client.post(line_url(delivered, basket_line), review_form(basket_line))
    someone_elses = client.post(line_url(delivered, other_line), review_form(other_line))

    assert (not_delivered.status_code, someone_elses.status_code) == (404, 404)
    assert not Review.objects.exists()


def test_a_product_no_longer_sold_in_that_colour_can_still_be_reviewed_but_a_deleted_one_not(
    client, review_shop, delivered
):
    line = line_of(delivered, review_shop["scarf"])
    ProductVariant.objects.filter(sku=line.sku).delete()

    page = client.get(review_url(delivered))
    response = client.post(line_url(delivered, line), review_form(line, rating="5"))

    assert page.status_code == 200
    assert review_shop["scarf_en"].url in page.content.decode()
    assert response.status_code == 302
    assert Review.objects.get().product == review_shop["scarf"]
    ProductPage.objects.get(pk=review_shop["scarf"].pk).delete()
    assert client.get(review_url(delivered)).status_code == 404


def test_a_line_is_reviewed_once(client, review_shop, delivered):
    line = line_of(delivered, review_shop["scarf"])
    client.post(line_url(delivered, line), review_form(line, rating="5"))

    again = client.post(line_url(delivered, line), review_form(line, rating="1"), follow=True)

    assert "You have reviewed this already" in again.content.decode()
    assert list(Review.objects.values_list("rating", flat=True)) == [5]


def test_two_submissions_at_once_make_one_review(review_shop, delivered):
    """Both passed the page's check before either was stored: the database's unique line
    refuses the second."""
    line = line_of(delivered, review_shop["scarf"])
    details = {"rating": 5, "text": "Đẹp lắm, cảm ơn.", "name_shown": "Lan", "language": "vi"}

    write_review(line, consent=consent_given("review"), **details)
    with pytest.raises(AlreadyReviewed):
        write_review(line, consent=consent_given("review"), **details)

    assert Review.objects.count() == 1


@pytest.mark.parametrize(
    ("fields", "field", "error"),
    [
        ({"rating": "0"}, "rating", "Choose from 1 to 5 stars."),
        ({"rating": "6"}, "rating", "Choose from 1 to 5 stars."),
        ({"rating": "x"}, "rating", "Choose from 1 to 5 stars."),
        ({"rating": None}, "rating", "Choose from 1 to 5 stars."),
        (
            {"text": "<script>alert(1)</script> rất đẹp"},
            "text",
            "Write plain words, without the signs < and >.",
        ),
        ({"text": "Đẹp " * 600}, "text", "Ensure this value has at most 2000 characters"),
        ({"text": "Đẹp"}, "text", "Ensure this value has at least 10 characters"),
        ({"text": "Đẹp lắm\x00\x1b[31m nhé bạn"}, "text", "The message holds characters"),
        ({"name_shown": "<b>Lan</b>"}, "name_shown", "Write plain words"),
        ({"name_shown": "L" * 61}, "name_shown", "at most 60 characters"),
        ({"name_shown": "Lan\u202eteg"}, "name_shown", "Write plain words"),
        ({"consent": None}, "consent", "Please agree"),
        ({"website": "http://spam.example"}, "website", "This form could not be sent."),
    ],
)
def test_bad_input_is_refused_with_a_clear_message_and_nothing_is_stored(
    client, review_shop, delivered, fields, field, error
):
    line = line_of(delivered, review_shop["scarf"])

    response = client.post(line_url(delivered, line), review_form(line, **fields))

    assert response.status_code == 400
    (row,) = [row for row in response.context["rows"] if row["line"] == line]
    assert any(error in message for message in row["form"].errors[field]), row["form"].errors
    assert not Review.objects.exists()


def test_errors_come_in_vietnamese_on_the_vietnamese_page(client, review_shop, delivered):
    line = line_of(delivered, review_shop["scarf"])

    response = client.post(line_url(delivered, line, "vi"), review_form(line, rating="6"))

    assert response.status_code == 400
    assert "Hãy chọn từ 1 đến 5 sao." in response.content.decode()


def test_a_review_is_shown_as_text_never_as_markup(client, review_shop, delivered):
    line = line_of(delivered, review_shop["scarf"])
    client.post(line_url(delivered, line), review_form(line, text="Đẹp & bền, 5 > 4 điểm nhé"))

    page = client.get(review_url(delivered)).content.decode()

    assert "Đẹp &amp; bền, 5 &gt; 4 điểm nhé" in page
