"""Bank transfers confirmed by the transfer service (payOS). Each transfer order gets a
payment request at payOS, numbered by its `Payment`, whose VietQR the buyer scans; payOS's
signed notice that the money arrived pays the order with nobody touching the admin.

A notice is kept as a `ReceivedTransfer` whatever it says, once (by the bank's reference, so
a replayed notice changes nothing). Only a transfer of exactly the amount asked, for a
request still waiting on an open order, pays its order; anything else (a request the shop
does not know, too little, too much, an order paid already or cancelled meanwhile) waits
among the transfers to review, where staff record it as an order's payment or send it back.
The money is never lost, and never counted without a person deciding."""

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from orders.models import Order
from orders.services import locked
from payments import transfer_service
from payments.models import Payment, ReceivedTransfer
from payments.services import close, open_payment, receive, record_fee, record_received

Outcome = ReceivedTransfer.Outcome


def open_transfer_request(request, order):
    """Ask payOS for a request of the order's total, payable until the order's deadline, and
    keep what the buyer is shown. Returns the payment, or None when payOS is off or cannot
    be reached: the order page then shows the plain VietQR of the shop's account, which
    staff confirm by hand."""
    if not transfer_service.is_configured():
        return None
    payment = open_payment(order, provider=Payment.Provider.PAYOS)
    payment.reference = str(payment.pk)
    payment.save(update_fields=["reference"])
    order_url = request.build_absolute_uri(order.get_absolute_url())
    try:
        opened = transfer_service.open_request(
            number=payment.pk,
            amount=order.total,
            description=order.code,
            return_url=order_url,
            cancel_url=order_url,
            expires_at=order.pay_by,
        )
    except transfer_service.TransferServiceError as error:
        close(payment, Payment.Status.FAILED, str(error))
        return None
    payment.instructions = {
        "qr": opened.qr_code,
        "url": opened.checkout_url,
        "account_number": opened.account_number,
        "account_name": opened.account_name,
        "bin": opened.bin,
        "note": opened.description,
    }
    payment.save(update_fields=["instructions"])
    return payment


def waiting_request(order):
    """The order's transfer request the buyer should pay now, if there is one."""
    return (
        order.payments.filter(provider=Payment.Provider.PAYOS, status=Payment.Status.PENDING)
        .exclude(instructions={})
        .order_by("-pk")
        .first()
    )


@transaction.atomic
def apply_notice(notice):
    """Keep a verified notice of a transfer and pay its order when it may; returns the
    transfer. The same notice again returns the transfer kept the first time, unchanged."""
    transfer, new = ReceivedTransfer.objects.get_or_create(
        reference=notice.reference,
        defaults={
            "request_number": notice.number,
            "amount": notice.amount,
            "paid_at": notice.paid_at,
            "description": notice.description[:255],
            "sender_name": notice.counter_account_name[:255],
            "sender_account": notice.counter_account_number[:80],
            "sender_bank": notice.counter_bank[:120],
            "outcome": Outcome.UNKNOWN,
        },
    )
    if not new:
        return transfer
    payment = Payment.objects.filter(
        provider=Payment.Provider.PAYOS, reference=str(notice.number)
    ).first()
    if payment is not None:
        transfer.payment = payment
        transfer.outcome = outcome_of(locked(payment.order), payment, notice.amount)
        if transfer.outcome == Outcome.APPLIED:
            receive(
                payment, amount=notice.amount, provider_payment_id=notice.reference, detail="payOS"
            )
            record_fee(payment, settings.PAYOS_FEE_PER_TRANSFER)
    transfer.save()
    return transfer


def outcome_of(order, payment, amount):
    """What a transfer of `amount` for `payment` is, its order locked."""
    if order.payment_status != Order.PaymentStatus.UNPAID or payment.status == Payment.Status.PAID:
        return Outcome.TWICE
    if order.status == Order.Status.CANCELLED:
        return Outcome.LATE
    if amount < payment.amount:
        return Outcome.TOO_LITTLE
    if amount > payment.amount:
        return Outcome.TOO_MUCH
    return Outcome.APPLIED


@transaction.atomic
def record_as_payment(transfer, order, user, note=""):
    """Staff decided that a transfer to review is a payment of `order`: it is recorded as
    one, for the amount that came, and the order settled; more than was due pays the order
    and flags the difference for a refund. Returns False when someone decided already."""
    transfer = ReceivedTransfer.objects.select_for_update().get(pk=transfer.pk)
    if not transfer.to_review:
        return False
    payment = record_received(
        order,
        provider=Payment.Provider.PAYOS,
        amount=transfer.amount,
        user=user,
        detail=note,
        bank_reference=transfer.reference,
    )
    decide(transfer, ReceivedTransfer.Resolution.RECORDED, user, note, payment=payment)
    return True


@transaction.atomic
def mark_returned(transfer, user, note):
    """Staff sent a transfer to review back to its sender (`note`: the bank's reference of
    the refund). Returns False when someone decided already."""
    transfer = ReceivedTransfer.objects.select_for_update().get(pk=transfer.pk)
    if not transfer.to_review:
        return False
    decide(transfer, ReceivedTransfer.Resolution.RETURNED, user, note)
    return True


def decide(transfer, resolution, user, note, payment=None):
    transfer.resolution = resolution
    transfer.resolved_by, transfer.resolved_at = user, timezone.now()
    transfer.note = note[:255]
    transfer.payment = payment or transfer.payment
    transfer.save()


REVIEW_HELP = {
    Outcome.UNKNOWN: _("Find the order by the transfer note and record it, or send it back."),
    Outcome.TOO_LITTLE: _(
        "Ask the buyer for the rest, then record it; or send it back and let the order expire."
    ),
    Outcome.TOO_MUCH: _("Record it: the order is paid and flagged to refund the difference."),
    Outcome.TWICE: _("Send it back: the order was paid already."),
    Outcome.LATE: _("Send it back: the order was cancelled and its items are back on sale."),
}
