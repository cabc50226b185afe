"""Wholesale enquiries: a buyer (a shop, a hotel, a company buying gifts) asks a cooperative
for a quote. Each enquiry belongs to one cooperative, whose staff answer it from the admin;
the buyer gets each reply by e-mail. The status follows the deal to won or lost, which the
programme's yearly report counts."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from craftsite.overdue import AwaitingAnswerQuerySet
from craftsite.personal_data import PersonalRecord
from craftsite.phones import PhoneNumberField
from craftsite.states import StatefulMixin, Transitions

# An enquiry still new after this long is flagged to its cooperative and to administrators.
ANSWER_WITHIN = timedelta(days=3)


def unanswered_for_too_long(now=None):
    """The condition for an enquiry still new after ANSWER_WITHIN (see
    `craftsite.overdue`)."""
    return Enquiry.objects.waiting_too_long(now)


class Enquiry(StatefulMixin, PersonalRecord):
    class Status(models.TextChoices):
        NEW = "new", _("New")
        ANSWERED = "answered", _("Answered")
        QUOTED = "quoted", _("Quoted")
        WON = "won", _("Won")
        LOST = "lost", _("Lost")

    # Staff follow the deal as it goes, back and forth between its stages, but never back to
    # new, which would flag the enquiry as waiting for an answer again.
    FOLLOW_UP = {Status.ANSWERED, Status.QUOTED, Status.WON, Status.LOST}
    transitions = Transitions(dict.fromkeys(Status, FOLLOW_UP))
    WAITING_STATUS = Status.NEW
    ANSWER_WITHIN = ANSWER_WITHIN

    cooperative = models.ForeignKey(
        "catalog.CooperativePage",
        on_delete=models.PROTECT,
        related_name="enquiries",
        verbose_name=_("cooperative"),
    )
    product = models.ForeignKey(
        "catalog.ProductPage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("product"),
    )
    name = models.CharField(_("name"), max_length=100)
    organisation = models.CharField(_("organisation"), max_length=150, blank=True)
    email = models.EmailField(_("e-mail"))
    phone = PhoneNumberField(_("phone"), blank=True)
    wanted = models.CharField(
        _("what they want"), max_length=200, blank=True, help_text=_("Product or description")
    )
    quantity = models.PositiveIntegerField(_("quantity"))
    wanted_by = models.DateField(_("wanted by"), null=True, blank=True)
    message = models.TextField(_("message"), blank=True)
    language = models.CharField(_("language"), max_length=8)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.NEW
    )
    created_at = models.DateTimeField(_("received at"), default=timezone.now)
    answered_at = models.DateTimeField(_("first answered at"), null=True, blank=True)

    objects = AwaitingAnswerQuerySet.as_manager()

    class Meta:
        verbose_name = _("wholesale enquiry")
        verbose_name_plural = _("wholesale enquiries")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.name} – {self.cooperative}"

    @property
    def buyer(self):
        """Who asks: the buyer's name, and their organisation when they gave one."""
        return ", ".join(filter(None, [self.name, self.organisation]))


class EnquiryReply(models.Model):
    """What the cooperative answered; the buyer receives it by e-mail."""

    enquiry = models.ForeignKey(Enquiry, on_delete=models.CASCADE, related_name="replies")
    body = models.TextField(_("reply"))
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True
    )
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True)

    class Meta:
        verbose_name = _("reply")
        ordering = ["sent_at", "pk"]

    def __str__(self):
        return f"{self.enquiry} ({self.sent_at:%Y-%m-%d})"
