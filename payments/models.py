"""What payments keep of their own: each attempt to pay an order and what moved it, the
Stripe events already applied, and where each cooperative's money goes."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from craftsite.states import StatefulMixin, Transitions
from orders.models import Order


class Payment(StatefulMixin, models.Model):
    """One attempt to pay an order, or one sum received for it: a Stripe payment page, a
    transfer request at the transfer service, a transfer or cash that staff recorded, the
    cash a carrier or cooperative collected for one parcel. The order's payment status
    follows from these (`payments.services`); the money each one brought, and its fee, is
    what the cooperatives' accounts are built on, so a payment is never deleted."""

    class Provider(models.TextChoices):
        STRIPE = "stripe", "Stripe"
        PAYOS = "payos", "payOS"
        BANK = "bank", _("Bank transfer checked by staff")
        CASH = "cash", _("Cash")

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting")
        PAID = "paid", _("Paid")
        FAILED = "failed", _("Failed")
        EXPIRED = "expired", _("Closed unpaid")
        REFUNDED = "refunded", _("Refunded")

    transitions = Transitions(
        {
            Status.PENDING: {Status.PAID, Status.FAILED, Status.EXPIRED},
            Status.PAID: {Status.REFUNDED},
            # Money may still come for an attempt the shop closed (a transfer after its
            # deadline): it is recorded, so that it is refunded.
            Status.FAILED: {Status.PAID},
            Status.EXPIRED: {Status.PAID},
            Status.REFUNDED: set(),
        }
    )

    order = models.ForeignKey(
        "orders.Order", on_delete=models.CASCADE, related_name="payments", verbose_name=_("order")
    )
    fulfilment = models.ForeignKey(
        "orders.Fulfilment",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="payments",
        verbose_name=_("parcel"),
        help_text=_("Cash collected for one cooperative's parcel."),
    )
    method = models.CharField(_("method"), max_length=8, choices=Order.Payment.choices)
    provider = models.CharField(_("through"), max_length=8, choices=Provider.choices)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    amount = models.PositiveBigIntegerField(_("amount"))
    currency = models.CharField(_("currency"), max_length=3, default="VND")
    fee = models.PositiveBigIntegerField(
        _("provider's fee (đồng)"), default=0, help_text=_("What the provider kept of it.")
    )
    reference = models.CharField(
        _("reference"),
        max_length=80,
        blank=True,
        db_index=True,
        help_text=_("The provider's name for the attempt: a Stripe payment page, a payOS request."),
    )
    provider_payment_id = models.CharField(
        _("provider's payment"),
        max_length=80,
        blank=True,
        db_index=True,
        help_text=_("Stripe's payment intent, or the bank's reference of the transfer."),
    )
    created_at = models.DateTimeField(_("started at"), auto_now_add=True)
    paid_at = models.DateTimeField(_("received at"), null=True, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("recorded by"),
    )

    class Meta:
        verbose_name = _("payment")
        verbose_name_plural = _("payments")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.order_id} {self.provider} {self.amount} {self.status}"

    @property
    def is_paid(self):
        return self.status == self.Status.PAID


class PaymentEvent(models.Model):
    """What moved a payment, and when: the provider's notice or the staff member, kept so
    that a disputed payment can be traced."""

    payment = models.ForeignKey(Payment, on_delete=models.CASCADE, related_name="events")
    at = models.DateTimeField(auto_now_add=True)
    status = models.CharField(_("became"), max_length=10, choices=Payment.Status.choices)
    detail = models.CharField(_("detail"), max_length=255, blank=True)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.payment_id} {self.status}"


class PayoutAccount(models.Model):
    """Kept out of the cooperative's page so that it never appears in page revisions,
    previews or the cooperative staff's editor: only users given this model's permissions
    (site administrators) can see it."""

    cooperative = models.OneToOneField(
        "catalog.CooperativePage",
        on_delete=models.CASCADE,
        related_name="payout_account",
        verbose_name=_("cooperative"),
    )
    bank = models.CharField(_("bank and branch"), max_length=160)
    account_number = models.CharField(_("account number"), max_length=40)
    account_holder = models.CharField(_("account holder"), max_length=160)

    class Meta:
        verbose_name = _("payout account")
        verbose_name_plural = _("payout accounts")

    def __str__(self):
        return f"{self.cooperative} – {self.bank}"


class StripeEvent(models.Model):
    """A Stripe webhook event already applied: Stripe retries and replays, and each event
    must change an order once."""

    event_id = models.CharField(max_length=80, unique=True)
    type = models.CharField(max_length=80)
    received_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.event_id
