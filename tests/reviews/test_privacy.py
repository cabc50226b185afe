"""A review holds its buyer's chosen name, words and photo: erased with the buyer's other
records when they ask, and anonymised when the retention period of reviews, or the buyer's
order, is over. The rating stays, so the product's average does not change."""

from datetime import timedelta

import pytest
from django.utils import timezone

from base.models import SiteImage
from craftsite.personal_data import anonymise_expired, erase_person, export_person
from orders.models import Order
from reviews.models import Review
from tests.reviews.factories import make_review
from tests.reviews.helpers import deliver, phone_photo

pytestmark = pytest.mark.django_db

ERASED = ("", "", None, "")


def personal_details(review):
    review.refresh_from_db()
    return (review.name_shown, review.text, review.photo_id, review.answer)


def test_erasing_a_buyer_takes_their_reviews_name_words_and_photo(review_shop):
    review = make_review(
        review_shop,
        text="Khăn rất đẹp.",
        approved_by=review_shop["editor"],
        photo=(phone_photo("JPEG", (64, 48)), "JPEG"),
    )
    photo_id = review.photo_id
    someone_else = make_review(review_shop, text="Đẹp và bền lắm.")
    Order.objects.filter(pk=someone_else.line.order_id).update(
        phone="0987654321", email="minh@example.test"
    )

    assert export_person("lan@example.test")["review"][0]["text"] == "Khăn rất đẹp."
    counts = erase_person("+84912345678")  # as craftsite.personal_data.person_identifier gives it

    assert counts["review"] == 1
    assert personal_details(review) == ERASED
    assert (review.rating, review.status) == (5, "approved")
    assert not SiteImage.objects.filter(pk=photo_id).exists()
    assert personal_details(someone_else)[1] == "Đẹp và bền lắm."


def test_erasing_a_buyer_whose_order_is_finished_takes_their_reviews_too(review_shop):
    """The order is anonymised first and loses the phone its reviews are found by."""
    review = make_review(review_shop, text="Khăn rất đẹp.", approved_by=review_shop["editor"])
    deliver(review.line.order, review_shop["baskets"])

    counts = erase_person("+84912345678")

    assert (counts["order"], counts["review"]) == (1, 1)
    assert personal_details(review) == ERASED


def test_reviews_are_anonymised_after_their_period_or_with_their_order(review_shop):
    old = make_review(review_shop, text="Viết từ lâu rồi.")
    Review.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=731))
    orphan = make_review(review_shop, text="Đơn hàng đã xoá thông tin.")
    Order.objects.filter(pk=orphan.line.order_id).update(anonymised_at=timezone.now())
    recent = make_review(review_shop, text="Mới viết hôm qua.")

    counts = anonymise_expired()

    assert counts["review"] == 2
    assert personal_details(old) == ERASED
    assert personal_details(orphan) == ERASED
    assert personal_details(recent)[1] == "Mới viết hôm qua."
