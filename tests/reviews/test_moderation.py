"""Reviews wait for the cooperative's staff, for their own products only, or an editor, who
approve or reject them in the admin, in Vietnamese, and write the cooperative's answer."""

import pytest
from django.urls import reverse

from reviews.models import Review
from tests.orders.admin import message_of, vi
from tests.reviews.factories import make_review

pytestmark = pytest.mark.django_db


def edit_url(review):
    return reverse("reviews:edit", args=[review.pk])


def test_staff_approve_a_review_of_their_product_and_it_is_published(client, review_shop):
    review = make_review(review_shop, text="Màu chàm đẹp, dệt chắc tay.")
    client.force_login(review_shop["weaver"])

    listing = client.get(reverse("reviews:index"))
    approved = client.post(edit_url(review), {"action": "approve"})

    assert listing.status_code == 200
    assert "Khăn thổ cẩm" in listing.content.decode()
    assert message_of(approved) == vi("The review is %(status)s.", status=vi("Approved").lower())
    review.refresh_from_db()
    assert (review.status, review.moderated_by) == ("approved", review_shop["weaver"])
    assert "Màu chàm đẹp, dệt chắc tay." in client.get(review_shop["scarf"].url).content.decode()


def test_the_admin_speaks_vietnamese(client, review_shop):
    review = make_review(review_shop)
    client.force_login(review_shop["weaver"])

    page = client.get(edit_url(review)).content.decode()

    assert vi("Approve and publish") in page
    assert vi("Approve and publish") != "Approve and publish"


def test_staff_of_another_cooperative_neither_see_nor_moderate_it(client, review_shop):
    review = make_review(review_shop)
    client.force_login(review_shop["basket_maker"])

    listing = client.get(reverse("reviews:index"))
    opened = client.get(edit_url(review))
    approved = client.post(edit_url(review), {"action": "approve"})

    assert "Khăn thổ cẩm" not in listing.content.decode()
    assert opened.status_code in (302, 403)
    assert approved.status_code in (302, 403)
    review.refresh_from_db()
    assert review.status == "pending"


def test_an_editor_moderates_every_cooperatives_reviews(client, review_shop):
    review = make_review(review_shop)
    client.force_login(review_shop["editor"])

    rejected = client.post(edit_url(review), {"action": "reject"})

    assert rejected.status_code == 302
    review.refresh_from_db()
    assert review.status == "rejected"


def test_approving_twice_is_refused_with_a_message(client, review_shop):
    review = make_review(review_shop, approved_by=review_shop["editor"])
    client.force_login(review_shop["weaver"])

    again = client.post(edit_url(review), {"action": "approve"})

    assert message_of(again) == vi("This review cannot be marked that way now.")


def test_the_cooperative_answers_in_public(client, review_shop):
    review = make_review(review_shop, approved_by=review_shop["editor"])
    client.force_login(review_shop["weaver"])

    answered = client.post(
        edit_url(review), {"action": "answer", "answer": "Cảm ơn chị Lan đã ủng hộ HTX!"}
    )
    too_long = client.post(edit_url(review), {"action": "answer", "answer": "a" * 2001})

    assert message_of(answered) == vi("Your answer is saved.")
    assert too_long.status_code == 400
    client.logout()
    page = client.get(review_shop["scarf"].url).content.decode()
    assert "Cảm ơn chị Lan đã ủng hộ HTX!" in page


def test_approving_answering_and_rejecting_purge_the_stored_product_pages(
    client, review_shop, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 600
    review = make_review(review_shop, text="Khăn mềm, màu bền sau khi giặt.")
    moderator = review_shop["editor"]
    pages = [review_shop["scarf"].url, review_shop["scarf_en"].url]
    for url in pages:
        client.get(url)
        assert client.get(url)["X-Page-Cache"] == "hit"

    def shown_everywhere(words="Khăn mềm, màu bền sau khi giặt."):
        return [words in client.get(url).content.decode() for url in pages]

    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(edit_url(review), {"action": "approve"})
    client.logout()
    assert shown_everywhere() == [True, True]

    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(edit_url(review), {"action": "answer", "answer": "Cảm ơn anh chị."})
    client.logout()
    assert shown_everywhere("Cảm ơn anh chị.") == [True, True]

    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(edit_url(review), {"action": "reject"})
    client.logout()
    assert shown_everywhere() == [False, False]


def test_the_cooperatives_home_counts_reviews_to_approve(review_shop):
    from reviews.wagtail_hooks import reviews_waiting  # noqa: PLC0415 (hooks load once)

    make_review(review_shop)
    make_review(review_shop, approved_by=review_shop["editor"])

    assert reviews_waiting(review_shop["weaver"]).count == 1
    assert reviews_waiting(review_shop["basket_maker"]).count == 0
    assert Review.objects.count() == 2
