"""A buyer's double tap, or the same form sent from two tabs at the same moment, makes one
review: the database's unique line refuses the others. Needs PostgreSQL: SQLite serialises
writers, so it cannot show the race."""

import pytest
from django.db import connection

from craftsite.personal_data import Purpose, consent_given
from reviews.models import Review
from reviews.services import write_review
from tests.concurrency import at_once
from tests.reviews.helpers import deliver, line_of, order_of_scarf_and_basket

pytestmark = [
    pytest.mark.postgres_only,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture(autouse=True)
def postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL's concurrent writers")


def test_the_same_review_sent_four_times_at_once_is_stored_once(review_shop):
    order = order_of_scarf_and_basket(review_shop)
    deliver(order, review_shop["weavers"])
    line = line_of(order, review_shop["scarf"])

    def attempt(n):
        write_review(
            line,
            rating=5,
            text=f"Khăn rất đẹp, lần gửi {n}.",
            name_shown="Lan",
            language="vi",
            consent=consent_given(Purpose.REVIEW),
        )
        return "written"

    outcomes = at_once(attempt, 4)

    assert sorted(o if isinstance(o, str) else type(o).__name__ for o in outcomes) == [
        "AlreadyReviewed"
    ] * 3 + ["written"]
    assert Review.objects.count() == 1
