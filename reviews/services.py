"""Writing, moderating and answering reviews. Each changes one review in one transaction;
the product's stored pages are purged by the rule in `reviews.purges` once it commits."""

from django.core import signing
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from craftsite.states import TransitionNotAllowed
from orders.models import Fulfilment, OrderLine
from reviews.models import Review
from reviews.photos import save_review_photo

# The review link's signature is bound to this purpose: no other signed value of the site
# opens it, and it opens nothing else.
INVITATION_SALT = "reviews.invitation"


class AlreadyReviewed(Exception):
    """The line has a review already: one per line, whoever submits first."""


def invitation_key(order):
    """The secret in the buyer's review link: the order's number, signed. It opens the
    reviews of that order only, and, unlike the order's own address, not its buyer's
    address or phone, so a forwarded link gives nothing away."""
    return signing.dumps(order.pk, salt=INVITATION_SALT)


def order_id_of(key):
    """The order a review link was made for, or None for a key the site did not sign."""
    try:
        return signing.loads(key, salt=INVITATION_SALT)
    except signing.BadSignature:
        return None


def reviewable_lines(order_id):
    """The lines of the order whose parcel was delivered and whose product still exists
    (whether or not the variant bought is still sold), with their review if written, in the
    order they were bought; none once the buyer's details are anonymised, since the review
    would have no one behind it."""
    return (
        OrderLine.objects.filter(
            order_id=order_id,
            order__anonymised_at__isnull=True,
            fulfilment__status=Fulfilment.Status.DELIVERED,
            product__isnull=False,
        )
        .select_related("order", "fulfilment", "product", "review")
        .order_by("pk")
    )


@transaction.atomic
def write_review(line, *, rating, text, name_shown, language, consent, photo=None):
    """Record the buyer's review of `line`, waiting for approval, with `photo` (bytes and
    format from `reviews.photos.redrawn_photo`) stored once the review is. Two submissions
    of the same line at once (a double tap, two tabs) make one review: the second meets the
    database's unique line and raises AlreadyReviewed, and stores no photo."""
    try:
        with transaction.atomic():
            review = Review.objects.create(
                line=line,
                product=line.product,
                cooperative=line.fulfilment.cooperative,
                language=language,
                rating=rating,
                text=text,
                name_shown=name_shown,
                **consent,
            )
    except IntegrityError:
        raise AlreadyReviewed from None
    if photo:
        review.photo = save_review_photo(
            *photo,
            title=f"{line.product_title} – {name_shown}",
            alt=_("Photo of %(product)s from a buyer's review") % {"product": line.product_title},
        )
        review.save(update_fields=["photo"])
    return review


@transaction.atomic
def moderate_review(review, status, user):
    """Approve or reject `review`; a stale page or a second tap that asks for the state it
    is already in is refused with a message."""
    review = Review.objects.select_for_update().get(pk=review.pk)
    review.become(status, _("This review cannot be marked that way now."))
    review.moderated_at = timezone.now()
    review.moderated_by = user
    review.save(update_fields=["status", "moderated_at", "moderated_by"])
    return review


@transaction.atomic
def answer_review(review, answer):
    """The cooperative's public answer under the review; an empty answer takes it down."""
    review = Review.objects.select_for_update().get(pk=review.pk)
    if review.anonymised_at:
        raise TransitionNotAllowed(_("This review was erased; it cannot be answered."))
    review.answer = answer
    review.answered_at = timezone.now() if answer else None
    review.save(update_fields=["answer", "answered_at"])
    return review
