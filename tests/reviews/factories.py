"""Reviews made directly, as `write_review` makes them, for the moderation and product page
tests."""

from craftsite.personal_data import Purpose, consent_given
from reviews.services import moderate_review, write_review
from tests.reviews.helpers import deliver, line_of, order_of_scarf_and_basket


def make_review(
    shop, *, rating=5, text="Khăn dệt rất đẹp.", language="vi", approved_by=None, **fields
):
    """A review of the scarf on a new delivered order, approved when `approved_by` is a
    user."""
    order = order_of_scarf_and_basket(shop, language=language)
    deliver(order, shop["weavers"])
    review = write_review(
        line_of(order, shop["scarf"]),
        rating=rating,
        text=text,
        name_shown=fields.pop("name_shown", "Lan"),
        language=language,
        consent=consent_given(Purpose.REVIEW),
        **fields,
    )
    if approved_by:
        review = moderate_review(review, "approved", approved_by)
    return review
