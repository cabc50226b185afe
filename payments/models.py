"""What payments keep of their own: each attempt to pay an order and what moved it, the
Stripe events already applied, the transfers the bank-transfer service announced, where each
cooperative's money goes and on what terms, its ledger, and the payouts made to it."""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
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
    fee_known_at = models.DateTimeField(
        _("fee known at"),
        null=True,
        blank=True,
        help_text=_("Stripe says its fee a while after the payment; empty until then."),
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
    # What the buyer is shown to pay a transfer request: the service's VietQR payload, its
    # page, and the account, holder and note to type in for those who do not scan.
    instructions = models.JSONField(default=dict, blank=True, editable=False)
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
    commission_percent = models.DecimalField(
        _("commission (%)"),
        max_digits=4,
        decimal_places=2,
        default=Decimal(0),
        validators=[MinValueValidator(Decimal(0)), MaxValueValidator(Decimal(30))],
        help_text=_(
            "The shop's part of the goods the cooperative sells through it; 0 while the "
            "programme pays for the shop."
        ),
    )

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


class ReceivedTransfer(models.Model):
    """A transfer the bank-transfer service says reached the shop's account, kept whatever
    it turned out to be: it paid its order, or it waits for staff among the transfers to
    review (a request the shop does not know, too little, too much, an order paid already
    or cancelled meanwhile) until they record it as an order's payment or send it back.
    The bank's reference is unique, so a notice sent twice is one transfer."""

    class Outcome(models.TextChoices):
        APPLIED = "applied", _("Paid its order")
        UNKNOWN = "unknown", _("No order is waiting for it")
        TOO_LITTLE = "too_little", _("Less than the order's total")
        TOO_MUCH = "too_much", _("More than the order's total")
        TWICE = "twice", _("The order was paid already")
        LATE = "late", _("Came after the order was cancelled")

    class Resolution(models.TextChoices):
        OPEN = "", _("To review")
        RECORDED = "recorded", _("Recorded as the order's payment")
        RETURNED = "returned", _("Sent back to the sender")

    reference = models.CharField(_("bank's reference"), max_length=80, unique=True)
    request_number = models.BigIntegerField(_("payment request"))
    amount = models.PositiveBigIntegerField(_("amount (đồng)"))
    paid_at = models.DateTimeField(_("transferred at"))
    description = models.CharField(_("transfer note"), max_length=255, blank=True)
    sender_name = models.CharField(_("sender"), max_length=255, blank=True)
    sender_account = models.CharField(_("sender's account"), max_length=80, blank=True)
    sender_bank = models.CharField(_("sender's bank"), max_length=120, blank=True)
    received_at = models.DateTimeField(_("notice received at"), auto_now_add=True)
    outcome = models.CharField(_("what it was"), max_length=12, choices=Outcome.choices)
    payment = models.ForeignKey(
        Payment,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="transfers",
        verbose_name=_("payment"),
    )
    resolution = models.CharField(
        _("decision"), max_length=10, choices=Resolution.choices, blank=True
    )
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    resolved_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("received transfer")
        verbose_name_plural = _("received transfers")
        ordering = ["-received_at", "-pk"]

    def __str__(self):
        return self.reference

    @property
    def to_review(self):
        return self.outcome != self.Outcome.APPLIED and not self.resolution


class LedgerEntry(models.Model):
    """One movement of what the shop owes a cooperative: its goods and delivery in an order
    that was paid (+), the shop's commission and its part of the payment fee (−), what it
    gave back to a buyer (−), the cash it collected itself (−, it holds that money already)
    and what the shop paid out to it (−). A cooperative's balance is the sum of its entries;
    entries are only added, never changed, so a statement printed once stays true. Each has
    a `key` naming the event it comes from, unique, so an event is posted once however
    often it is announced."""

    class Kind(models.TextChoices):
        GOODS = "goods", _("Goods sold")
        DELIVERY = "delivery", _("Delivery fee")
        COMMISSION = "commission", _("Commission")
        FEE = "fee", _("Payment fee")
        REFUND = "refund", _("Refund")
        CASH_KEPT = "cash_kept", _("Cash it collected itself")
        PAYOUT = "payout", _("Payout")

    key = models.CharField(max_length=80, unique=True, editable=False)
    cooperative = models.ForeignKey(
        "catalog.CooperativePage",
        on_delete=models.PROTECT,
        related_name="ledger_entries",
        verbose_name=_("cooperative"),
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    amount = models.BigIntegerField(_("amount (đồng)"))
    makers_share = models.BigIntegerField(
        _("makers' share (đồng)"),
        default=0,
        help_text=_("The makers' part of the goods in it, as declared when they were sold."),
    )
    at = models.DateTimeField(_("date"), db_index=True)
    order = models.ForeignKey(
        "orders.Order", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    payout = models.ForeignKey(
        "Payout", on_delete=models.PROTECT, null=True, blank=True, related_name="entries"
    )

    class Meta:
        verbose_name = _("ledger entry")
        verbose_name_plural = _("ledger entries")
        ordering = ["at", "pk"]
        indexes = [models.Index(fields=["cooperative", "at"])]

    def __str__(self):
        return self.key


class PayoutBatch(models.Model):
    """Payouts prepared together by the site's finance staff: what each cooperative was owed
    at `until`, to be sent from the shop's bank account."""

    until = models.DateTimeField(_("owed until"))
    prepared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("prepared by"),
    )
    prepared_at = models.DateTimeField(_("prepared at"), auto_now_add=True)

    class Meta:
        verbose_name = _("payout batch")
        verbose_name_plural = _("payout batches")
        ordering = ["-prepared_at", "-pk"]

    def __str__(self):
        return f"{self.until:%Y-%m-%d}"

    @property
    def total(self):
        return sum(payout.amount for payout in self.payouts.all())


class Payout(StatefulMixin, models.Model):
    """Money sent to one cooperative: prepared, sent with the bank's reference (its ledger
    entry is posted then), and confirmed by the cooperative once it is in its account."""

    class Status(models.TextChoices):
        PREPARED = "prepared", _("Prepared")
        SENT = "sent", _("Sent")
        CONFIRMED = "confirmed", _("Received by the cooperative")
        CANCELLED = "cancelled", _("Cancelled")

    transitions = Transitions(
        {
            Status.PREPARED: {Status.SENT, Status.CANCELLED},
            Status.SENT: {Status.CONFIRMED},
            Status.CONFIRMED: set(),
            Status.CANCELLED: set(),
        }
    )

    batch = models.ForeignKey(PayoutBatch, on_delete=models.PROTECT, related_name="payouts")
    cooperative = models.ForeignKey(
        "catalog.CooperativePage",
        on_delete=models.PROTECT,
        related_name="payouts",
        verbose_name=_("cooperative"),
    )
    amount = models.PositiveBigIntegerField(_("amount (đồng)"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PREPARED
    )
    # Where it was sent, as the payout account said when it was prepared.
    bank = models.CharField(_("bank and branch"), max_length=160)
    account_number = models.CharField(_("account number"), max_length=40)
    account_holder = models.CharField(_("account holder"), max_length=160)
    bank_reference = models.CharField(_("bank's reference"), max_length=80, blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("sent by"),
    )
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("confirmed by"),
    )

    class Meta:
        verbose_name = _("payout")
        verbose_name_plural = _("payouts")
        ordering = ["-batch__prepared_at", "pk"]

    def __str__(self):
        return f"{self.cooperative} {self.amount}"


class Refund(StatefulMixin, models.Model):
    """Money given back to the buyer from one payment: some items, some delivery fees, or
    everything (`payments.refunds`). Its lines say which items and parts it was for, so
    that each cooperative's account, the sales figures and the stock follow it. A refund
    without lines gave back more than the order's items (a payment received twice), or,
    `items_unknown`, was made in Stripe's dashboard and waits for staff to say which items.
    Like a payment, a refund is never deleted: a failed one stays, with nothing changed."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Being sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    transitions = Transitions(
        {
            Status.PENDING: {Status.SENT, Status.FAILED},
            Status.SENT: set(),
            Status.FAILED: set(),
        }
    )

    order = models.ForeignKey(
        "orders.Order", on_delete=models.CASCADE, related_name="refunds", verbose_name=_("order")
    )
    payment = models.ForeignKey(
        Payment, on_delete=models.PROTECT, related_name="refunds", verbose_name=_("payment")
    )
    amount = models.PositiveBigIntegerField(_("amount (đồng)"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    provider_refund_id = models.CharField(
        _("Stripe's refund"), max_length=80, blank=True, db_index=True
    )
    bank_reference = models.CharField(
        _("bank's reference"),
        max_length=80,
        blank=True,
        help_text=_("The reference of the transfer staff made to give the money back."),
    )
    reason = models.CharField(_("reason"), max_length=255, blank=True)
    items_unknown = models.BooleanField(
        _("items to say"),
        default=False,
        help_text=_("Made in Stripe's dashboard: staff have yet to say which items it was for."),
    )
    # The hidden key of the admin form that asked for it: the same form posted twice is one
    # refund.
    form_key = models.CharField(max_length=40, blank=True, db_index=True, editable=False)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    created_at = models.DateTimeField(_("recorded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("refund")
        verbose_name_plural = _("refunds")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.order_id} {self.amount} {self.status}"

    @property
    def is_sent(self):
        return self.status == self.Status.SENT


class RefundLine(models.Model):
    """What one refund gave back of one cooperative's part: some of a line's items, or
    (no line) some of the part's delivery fee."""

    refund = models.ForeignKey(Refund, on_delete=models.CASCADE, related_name="lines")
    fulfilment = models.ForeignKey(
        "orders.Fulfilment",
        on_delete=models.PROTECT,
        related_name="refund_lines",
        verbose_name=_("parcel"),
    )
    order_line = models.ForeignKey(
        "orders.OrderLine",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="refund_lines",
        verbose_name=_("item"),
        help_text=_("Empty for the parcel's delivery fee."),
    )
    quantity = models.PositiveIntegerField(_("quantity"), default=0)
    amount = models.PositiveBigIntegerField(_("amount (đồng)"))
    returned = models.BooleanField(
        _("came back"), default=False, help_text=_("The item came back and is on sale again.")
    )

    class Meta:
        verbose_name = _("refunded item")
        verbose_name_plural = _("refunded items")
        ordering = ["pk"]

    def __str__(self):
        return f"{self.refund_id} {self.order_line_id or 'delivery'} {self.amount}"

    @property
    def variant_id(self):
        """The variant whose stock a returned item goes back to (see
        `orders.services.return_stock`, which puts back `quantity` of it)."""
        return self.order_line.variant_id if self.order_line_id else None
