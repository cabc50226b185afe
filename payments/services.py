"""Payments as records. Every sum that reaches the shop for an order, and every one sent back,
is a `Payment` moved here, and the order's payment status follows from them: an order is
paid once the payments received cover what is due, and refunded once every one of them has
gone back. The providers' own code (Stripe's webhook, the transfer service's notices) and
the staff's steps only say what happened to a payment; the consequence for the order is
drawn in one place, so that two ways of paying never disagree about an order."""

from django.db import transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from orders.models import Fulfilment, Order, OrderEvent
from orders.services import confirm_payment, flag_order, for_staff, locked, log, mark_refunded
from payments.ledger import post_fee, post_sale
from payments.models import Payment, PaymentEvent, Refund

REFUSED = _("This payment cannot change that way now.")
# A refund being sent or sent: its money has left, or is leaving, the shop.
GIVEN_BACK = (Refund.Status.PENDING, Refund.Status.SENT)
SAY_WHICH_ITEMS = _(
    "Refunded in Stripe's dashboard: say which items it was for with “Refund items”."
)


def move(payment, status, detail=""):
    """Move a payment along its table and note what moved it. The caller holds the lock."""
    payment.become(status, REFUSED)
    if status == Payment.Status.PAID:
        payment.paid_at = payment.paid_at or timezone.now()
    payment.save()
    PaymentEvent.objects.create(payment=payment, status=status, detail=detail[:255])


def open_payment(order, *, provider, amount=None, reference=""):
    """A new attempt to pay the whole order, waiting for the provider's word."""
    payment = Payment.objects.create(
        order=order,
        method=order.payment_method,
        provider=provider,
        amount=order.total if amount is None else amount,
        reference=reference,
    )
    PaymentEvent.objects.create(payment=payment, status=Payment.Status.PENDING)
    return payment


def locked_payment(payment):
    return Payment.objects.select_for_update().get(pk=payment.pk)


@transaction.atomic
def receive(
    payment, *, amount=None, currency="VND", fee=0, provider_payment_id="", detail="", user=None
):
    """The provider, or staff, saw the money of an attempt arrive: record it (with the
    amount that actually came, and the provider's fee) and settle the order. Returns
    whether anything changed: a second notice of the same payment changes nothing."""
    locked(payment.order)
    payment = locked_payment(payment)
    if not payment.can_become(Payment.Status.PAID):
        return False
    if amount is not None:
        payment.amount = amount
    payment.currency = currency
    payment.fee = fee
    payment.provider_payment_id = provider_payment_id or payment.provider_payment_id
    payment.recorded_by = user
    move(payment, Payment.Status.PAID, detail)
    settle(payment.order, payment, user=user)
    return True


@transaction.atomic
def record_received(
    order, *, provider, amount, fulfilment=None, user=None, detail="", bank_reference=""
):
    """Money that came without a waiting attempt: a transfer or cash that staff confirm by
    hand, the cash collected for a parcel on delivery. Recorded, then the order settled; a
    person recording it may record more than is due (the difference is flagged)."""
    order = locked(order)
    payment = Payment.objects.create(
        order=order,
        fulfilment=fulfilment,
        method=order.payment_method,
        provider=provider,
        amount=amount,
        provider_payment_id=bank_reference,
        recorded_by=user,
    )
    move(payment, Payment.Status.PAID, detail)
    settle(order, payment, user=user, accept_more=user is not None)
    return payment


@transaction.atomic
def close(payment, status, detail=""):
    """A waiting attempt ended without money: it failed or expired. Returns whether it was
    still waiting."""
    payment = locked_payment(payment)
    if payment.status != Payment.Status.PENDING:
        return False
    move(payment, status, detail)
    return True


@transaction.atomic
def refunded(payment, *, user=None, detail=""):
    """A received payment went back whole. Once nothing of the order's money is left with
    the shop, the order is refunded. Returns whether anything changed."""
    order = locked(payment.order)
    payment = locked_payment(payment)
    if payment.status != Payment.Status.PAID:
        return False
    move(payment, Payment.Status.REFUNDED, detail)
    if not order.payments.filter(status=Payment.Status.PAID).exists():
        mark_refunded(order, user=user, detail=detail)
    return True


def close_if_given_back(payment, user=None):
    """A payment whose every đồng has gone back (`payments.refunds`) is refunded, and with
    the last such payment the order. The caller holds the order's lock."""
    payment = locked_payment(payment)
    given = payment.refunds.filter(status=Refund.Status.SENT).aggregate(total=Sum("amount"))
    if payment.is_paid and (given["total"] or 0) >= payment.amount:
        refunded(payment, user=user, detail=_("given back whole"))


@transaction.atomic
def refunded_by_provider(payment, *, total, refund_ids=(), detail=""):
    """Stripe says `total` đồng of `payment` are refunded, by the refunds `refund_ids`.
    The shop's own refunds are recorded, sent, by the time Stripe says so (see
    `payments.refunds`); what goes beyond them was made in Stripe's dashboard: it is
    recorded, without items, and unless the whole payment went back the order is flagged
    for staff to say which items. Stripe's total only grows, so a replayed or late event
    finds nothing beyond what is recorded and changes nothing. Returns whether anything
    changed."""
    order = locked(payment.order)
    payment = locked_payment(payment)
    known = payment.refunds.filter(status__in=GIVEN_BACK).aggregate(total=Sum("amount"))
    made = total - (known["total"] or 0)
    if made <= 0:
        return False
    ours = set(payment.refunds.values_list("provider_refund_id", flat=True))
    theirs = [refund_id for refund_id in refund_ids if refund_id not in ours]
    whole = total >= payment.amount
    Refund.objects.create(
        order=order,
        payment=payment,
        amount=made,
        status=Refund.Status.SENT,
        sent_at=timezone.now(),
        provider_refund_id=theirs[-1] if theirs else "",
        reason=for_staff(_("Made in Stripe's dashboard")),
        items_unknown=not whole,
    )
    if not whole:
        log(order, OrderEvent.Action.PARTLY_REFUNDED, detail=f"{made} {detail}")
        flag_order(order, SAY_WHICH_ITEMS, detail=f"{made} {detail}")
    close_if_given_back(payment)
    return True


def amount_due(order):
    """What the buyer owes for the parcels not cancelled: goods and delivery. Everything
    while the order awaits payment; for cash on delivery, what the parcels that went out
    brought in."""
    parts = order.fulfilments.exclude(status=Fulfilment.Status.CANCELLED)
    goods = sum(part.goods_total for part in parts.prefetch_related("lines"))
    return goods + (parts.aggregate(fees=Sum("delivery_fee"))["fees"] or 0)


def outstanding(order):
    """What staff record when they confirm an order's money by hand: what is due and not
    yet received; for an order cancelled meanwhile, its whole total (a transfer that came
    too late is recorded so that it is refunded)."""
    due = order.total if order.status == Order.Status.CANCELLED else amount_due(order)
    return max(due - received(order), 0)


def received(order):
    """What the order's payments brought that the shop still holds: less what went back of
    them (`payments.refunds`)."""
    paid = order.payments.filter(status=Payment.Status.PAID, currency="VND")
    brought = paid.aggregate(total=Sum("amount"))["total"] or 0
    given = Refund.objects.filter(payment__in=paid, status__in=GIVEN_BACK)
    return brought - (given.aggregate(total=Sum("amount"))["total"] or 0)


def settle(order, new_payment=None, *, user=None, accept_more=False):
    """Draw the order's payment status from its payments: paid once they bring exactly
    what is due (at once when it was cancelled meanwhile: the money is recorded so that it
    is refunded). Less or more than is due leaves the order as it is, for the provider's
    code to flag in its own words, unless a person `accept_more`: then the order is paid
    and the difference flagged. A `new_payment` for an order already paid is flagged for
    staff to give it back."""
    order = locked(order)
    if order.is_paid or order.payment_status == Order.PaymentStatus.REFUNDED:
        if new_payment is not None:
            flag_order(order, _("Paid twice: refund one of the payments."), str(new_payment.pk))
        return
    total = received(order)
    due = 0 if order.status == Order.Status.CANCELLED else amount_due(order)
    if accept_more and total > due > 0:
        flag_order(
            order,
            _("Received %(received)s đồng for %(due)s đồng due: refund the difference.")
            % {"received": total, "due": due},
        )
    if total > 0 and (total == due or due == 0 or (accept_more and total > due)):
        via = new_payment.provider if new_payment else "settled"
        reference = new_payment.reference if new_payment else ""
        if confirm_payment(order, via=via, user=user, detail=reference):
            post_sale(order, at=paid_at(order))


def paid_at(order):
    """When the order's money was all in: its latest payment received."""
    paid = order.payments.filter(status=Payment.Status.PAID).order_by("-paid_at")
    return paid.values_list("paid_at", flat=True).first() or timezone.now()


@transaction.atomic
def record_fee(payment, fee):
    """The provider said what it kept of a payment: record it, once, and post it to the
    ledgers of the cooperatives the payment paid."""
    payment = locked_payment(payment)
    if payment.fee_known_at is not None:
        return False
    payment.fee, payment.fee_known_at = fee, timezone.now()
    payment.save(update_fields=["fee", "fee_known_at"])
    post_fee(payment)
    return True


def latest_attempt(order, provider):
    """The order's most recent attempt through `provider`, waiting or not."""
    return order.payments.filter(provider=provider).order_by("-created_at", "-pk").first()
