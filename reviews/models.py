"""Reviews of products by buyers whose parcel was delivered. A review belongs to one line of
an order, so a buyer reviews what they received, once; it waits for the cooperative's staff
or an editor to approve it before the product page shows it, with the cooperative's public
answer if it gives one."""

from django.conf import settings
from django.db import models
from django.db.models import Avg, Count
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from craftsite.personal_data import PersonalRecord
from craftsite.states import StatefulMixin, Transitions

RATINGS = range(1, 6)
MAX_TEXT_LENGTH = 2000
MAX_NAME_LENGTH = 60
MAX_ANSWER_LENGTH = 2000
# The reviews a product page lists, newest first; the average and count cover them all.
REVIEWS_SHOWN = 10


class ReviewQuerySet(models.QuerySet):
    def of_product(self, product):
        """The reviews of `product` in any of its languages: they point at its page in the
        main language (craftsite.translation)."""
        return self.filter(product__translation_key=product.translation_key)

    def approved(self):
        return self.filter(status=Review.Status.APPROVED)

    def rating_summary(self):
        """The average rating and how many ratings, in one query."""
        return self.aggregate(average=Avg("rating"), count=Count("pk"))


class Review(StatefulMixin, PersonalRecord):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for approval")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    # A moderator may change their mind: an approved review can be taken down, a rejected
    # one approved after all, but none goes back to waiting.
    transitions = Transitions(
        {
            Status.PENDING: {Status.APPROVED, Status.REJECTED},
            Status.APPROVED: {Status.REJECTED},
            Status.REJECTED: {Status.APPROVED},
        }
    )

    # One review per line: the database refuses a second, however fast it comes.
    line = models.OneToOneField(
        "orders.OrderLine", on_delete=models.CASCADE, related_name="review", verbose_name=_("line")
    )
    product = models.ForeignKey(
        "catalog.ProductPage",
        on_delete=models.CASCADE,
        related_name="reviews",
        verbose_name=_("product"),
    )
    cooperative = models.ForeignKey(
        "catalog.CooperativePage",
        on_delete=models.PROTECT,
        related_name="reviews",
        verbose_name=_("cooperative"),
    )
    language = models.CharField(_("language"), max_length=8)
    rating = models.PositiveSmallIntegerField(_("rating"))
    text = models.TextField(_("review"), max_length=MAX_TEXT_LENGTH)
    name_shown = models.CharField(_("name shown"), max_length=MAX_NAME_LENGTH, blank=True)
    photo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("photo"),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    created_at = models.DateTimeField(_("written at"), default=timezone.now)
    moderated_at = models.DateTimeField(_("approved or rejected at"), null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("approved or rejected by"),
    )
    answer = models.TextField(_("the cooperative's answer"), blank=True)
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)

    objects = ReviewQuerySet.as_manager()

    class Meta:
        verbose_name = _("product review")
        verbose_name_plural = _("product reviews")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(rating__gte=RATINGS.start, rating__lt=RATINGS.stop),
                name="review_rating_1_to_5",
            )
        ]

    def __str__(self):
        return f"{self.rating}★ {self.line.product_title}"
