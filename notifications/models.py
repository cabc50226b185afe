"""Who hears what, where: each staff member's chosen channel and confirmed phone, and every
message sent to them with its delivery status."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from craftsite.personal_data import PersonalRecord
from craftsite.phones import PhoneNumberField


class Channel(models.TextChoices):
    ZALO = "zalo", _("Zalo")
    SMS = "sms", _("SMS")
    EMAIL = "email", _("E-mail")


class Kind(models.TextChoices):
    NEW_ORDER = "new_order", _("New order to pack")
    NEW_ENQUIRY = "new_enquiry", _("New wholesale enquiry")
    ORDER_OVERDUE = "order_overdue", _("Order waiting too long")
    ENQUIRY_OVERDUE = "enquiry_overdue", _("Enquiry waiting too long")
    PAYOUT_SENT = "payout_sent", _("Payout sent")


class MessagingContact(PersonalRecord):
    """How one staff member wants to hear of new work: by Zalo or SMS at a phone they
    confirmed with a code, or by e-mail. The phone waiting for its code is kept apart from
    the confirmed one, so that typing a new number never stops the messages to the old one
    before the new one is proven."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="messaging_contact",
        verbose_name=_("user"),
    )
    channel = models.CharField(
        _("receive messages by"), max_length=8, choices=Channel.choices, default=Channel.EMAIL
    )
    phone = PhoneNumberField(_("confirmed phone"), blank=True)
    confirmed_at = models.DateTimeField(_("phone confirmed at"), null=True, blank=True)
    pending_phone = PhoneNumberField(_("phone waiting for its code"), blank=True)
    pending_channel = models.CharField(max_length=8, choices=Channel.choices, blank=True)
    code_hash = models.CharField(max_length=128, blank=True, editable=False)
    code_expires_at = models.DateTimeField(null=True, blank=True, editable=False)
    wrong_codes = models.PositiveSmallIntegerField(default=0, editable=False)
    updated_at = models.DateTimeField(_("changed at"), auto_now=True)

    class Meta:
        verbose_name = _("messaging contact")
        verbose_name_plural = _("messaging contacts")

    def __str__(self):
        return str(self.user)

    @property
    def reachable_by_phone(self):
        """Zalo or SMS is used only for a phone confirmed by its code."""
        return self.channel != Channel.EMAIL and bool(self.phone) and bool(self.confirmed_at)


class Status(models.TextChoices):
    QUEUED = "queued", _("Waiting to be sent")
    SENT = "sent", pgettext_lazy("message status", "Sent")
    DELIVERED = "delivered", pgettext_lazy("message status", "Delivered")
    FAILED = "failed", _("Not sent")
    EMAILED = "emailed", _("Sent by e-mail instead")


class MessageQuerySet(models.QuerySet):
    def due(self, now=None):
        """Messages waiting for their next try, whose time has come."""
        return self.filter(status=Status.QUEUED, next_attempt_at__lte=now or timezone.now())

    def visible_to(self, user):
        """Administrators see every message; everyone else their own."""
        if user.is_superuser:
            return self
        return self.filter(recipient=user)


class Message(models.Model):
    """One message to one person about one thing (`topic`, e.g. "fulfilment:12"): stored
    before it is sent, so that a failure is retried, seen in the admin, or turned into an
    e-mail, and never lost. A person gets one message of a kind per topic."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="messages_received",
        verbose_name=_("to"),
    )
    kind = models.CharField(_("about"), max_length=20, choices=Kind.choices)
    topic = models.CharField(max_length=60)
    channel = models.CharField(_("by"), max_length=8, choices=Channel.choices)
    reference = models.CharField(_("number"), max_length=40)
    text = models.CharField(_("text"), max_length=320)
    link = models.URLField(_("link"), max_length=500)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    attempts = models.PositiveSmallIntegerField(_("tries"), default=0)
    next_attempt_at = models.DateTimeField(_("next try at"), null=True, blank=True)
    provider_message_id = models.CharField(max_length=100, blank=True, db_index=True)
    last_error = models.CharField(_("last error"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    delivered_at = models.DateTimeField(_("delivered at"), null=True, blank=True)

    objects = MessageQuerySet.as_manager()

    class Meta:
        verbose_name = _("message to staff")
        verbose_name_plural = _("messages to staff")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "kind", "topic"], name="one_message_per_kind_and_topic"
            )
        ]

    def __str__(self):
        return self.text


class ZaloToken(models.Model):
    """The Official Account's access token and the refresh token that renews it. Zalo gives
    a new refresh token with every access token and the old one stops working, so both are
    kept in the database, where every worker reads the latest (one row)."""

    access_token = models.TextField()
    refresh_token = models.TextField()
    expires_at = models.DateTimeField()
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("Zalo access token")
