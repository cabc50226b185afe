"""How long a buyer's name and words stay with their review (craftsite/personal_data.py)."""

from django.db.models import Q

from craftsite.personal_data import PersonalData, Purpose
from reviews.models import Review


def expired_reviews(cutoff):
    """Reviews written before `cutoff`, and those whose order's details are gone already: a
    review is found by its buyer's phone or e-mail on the order, so it must not outlive them."""
    return Review.objects.filter(
        Q(created_at__lt=cutoff) | Q(line__order__anonymised_at__isnull=False)
    )


def reviews_of(identifier):
    """The reviews of the orders with the buyer's phone number or e-mail."""
    return Review.objects.filter(
        Q(line__order__phone=identifier) | Q(line__order__email__iexact=identifier)
    )


class ReviewPersonalData(PersonalData):
    """Reviews also lose their photo: the image itself is deleted, file and renditions, not
    only unlinked from the review."""

    def anonymise(self, records):
        going = records.filter(anonymised_at__isnull=True, photo__isnull=False)
        photos = [review.photo for review in going.select_related("photo")]
        changed = super().anonymise(records)
        for photo in photos:
            photo.delete()
        return changed


# The name shown, the words, the photo and the cooperative's answer to them go; the rating,
# the product and the date stay, so that the product's average does not change.
REVIEWS = ReviewPersonalData(
    purpose=Purpose.REVIEW,
    expired=expired_reviews,
    blanks={"name_shown": "", "text": "", "photo": None, "answer": ""},
    of_person=reviews_of,
)
