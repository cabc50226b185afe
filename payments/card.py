"""Card payments through Stripe Checkout. The buyer pays on Stripe's page and Stripe tells the
shop by webhook; only the webhook changes the order, since a buyer coming back to the shop
proves nothing. Stripe may send an event twice, late, or before an earlier one, so each event
is applied once, and each handler looks at the order as it is now instead of assuming which
events came before. Amounts are whole đồng: VND has no minor unit, so Stripe takes them as
they are, never ×100."""

from datetime import timedelta

import stripe
from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from craftsite.states import TransitionNotAllowed
from orders.models import Order, OrderEvent
from orders.services import cancel_order, flag_order, locked, log
from payments.models import Payment, StripeEvent
from payments.services import (
    close,
    latest_attempt,
    open_payment,
    receive,
    record_fee,
    refunded_by_provider,
)

# A Stripe Checkout Session lives 30 minutes to 24 hours; the order waits as long.
CARD_PAYMENT_HOURS = 2
CURRENCY = "vnd"
STRIPE_LOCALES = {"vi", "en"}
NETWORK_RETRIES = 2
# Stripe keeps a Checkout Session open 30 minutes to 24 hours after creating it; the margins
# allow for the shop's clock and Stripe's disagreeing a little.
SHORTEST_SESSION = timedelta(minutes=35)
LONGEST_SESSION = timedelta(hours=23, minutes=55)


class PaymentMismatch(Exception):
    """The amount asked or paid differs from the order's total: it must not be charged, and a
    payment of it does not pay the order."""


def client():
    """A Stripe client from the settings; STRIPE_API_BASE points it at a local fake in tests.
    Requests that fail on the network are retried under the same idempotency key."""
    base = {"api": settings.STRIPE_API_BASE} if settings.STRIPE_API_BASE else None
    return stripe.StripeClient(
        settings.STRIPE_SECRET_KEY, base_addresses=base, max_network_retries=NETWORK_RETRIES
    )


@transaction.atomic
def begin_checkout(request, order):
    """Open a Stripe Checkout Session for the order, having expired its previous one, and
    return the address of Stripe's payment page. The order's row stays locked meanwhile, so
    the previous session's end, announced at once, waits and then finds it replaced. Raises
    TransitionNotAllowed when the order no longer awaits payment (so a stale "pay again"
    never charges twice), was sent to Stripe too often or placed too long ago, or its
    previous session was completed; PaymentMismatch when its lines do not add up to its
    total; and Stripe's errors as they come."""
    order = locked(order)
    if not order.awaits_payment or order.payment_status != Order.PaymentStatus.UNPAID:
        raise TransitionNotAllowed(_("This order is not waiting for a payment."))
    if attempts(order) >= settings.CARD_PAYMENT_ATTEMPTS:
        raise TransitionNotAllowed(
            _("This order was sent to the payment page too many times. Please order again.")
        )
    with translation.override(order.language):
        items = line_items(order)
        order_url = request.build_absolute_uri(order.get_absolute_url())
    charged = sum(item["price_data"]["unit_amount"] * item["quantity"] for item in items)
    if charged != order.total:
        raise PaymentMismatch(f"{order.code}: lines add up to {charged}, total is {order.total}")
    keep_open(order, timezone.now())
    close_previous_session(latest_attempt(order, Payment.Provider.STRIPE))
    reference = {"order_id": str(order.pk), "order_code": order.code}
    session = client().v1.checkout.sessions.create(
        params={
            "mode": "payment",
            "line_items": items,
            "client_reference_id": order.code,
            "metadata": reference,
            "payment_intent_data": {"metadata": reference},
            "customer_email": order.email,
            "locale": order.language if order.language in STRIPE_LOCALES else "auto",
            "success_url": f"{order_url}?paid=card",
            "cancel_url": order_url,
            "expires_at": int(order.pay_by.timestamp()),
        },
        options={"idempotency_key": checkout_key(order)},
    )
    open_payment(order, provider=Payment.Provider.STRIPE, reference=session.id)
    log(order, OrderEvent.Action.CARD_CHECKOUT, detail=session.id)
    return session.url


def close_previous_session(previous):
    """Expire the order's previous payment page before opening another: left open, both
    could be paid and the buyer charged twice. A page that can no longer be expired because
    the buyer completed it (paid, or a bank payment on its way) means no new one."""
    if previous is None:
        return
    try:
        client().v1.checkout.sessions.expire(previous.reference)
    except stripe.InvalidRequestError:  # no longer open: expired, or completed
        if client().v1.checkout.sessions.retrieve(previous.reference).status == "complete":
            raise TransitionNotAllowed(
                _("This order's card payment was already made; it shows here once confirmed.")
            ) from None
    close(previous, Payment.Status.EXPIRED, _("replaced by a new payment page"))


def line_items(order):
    """What the buyer sees on Stripe's page, in the order's language: each line at the price
    it was ordered at, then each cooperative's delivery fee."""
    items = [
        item(line.product_title, line.unit_price, line.quantity, line.variant_label)
        for line in order.lines.order_by("fulfilment_id", "pk")
    ]
    items += [
        item(
            _("Delivery from %(cooperative)s") % {"cooperative": part.cooperative.localized.title},
            fee,
        )
        for part in order.fulfilments.select_related("cooperative")
        if (fee := part.delivery_fee)
    ]
    return items


def item(name, unit_amount, quantity=1, description=""):
    product = {"name": name, **({"description": description} if description else {})}
    return {
        "quantity": quantity,
        "price_data": {"currency": CURRENCY, "unit_amount": unit_amount, "product_data": product},
    }


def keep_open(order, now):
    """The order waits for payment exactly as long as its session is open, so a buyer can
    never pay an order already cancelled for being late. A session must stay open 30 minutes
    to 24 hours, so a buyer paying again close to the deadline gets a fresh one, but never
    past settings.CARD_ORDER_HOLD after the order was placed: each "pay again" would
    otherwise hold its stock a while longer, for ever."""
    if order.pay_by is not None and now + SHORTEST_SESSION <= order.pay_by <= now + LONGEST_SESSION:
        return
    pay_by = min(
        now + timedelta(hours=CARD_PAYMENT_HOURS), order.created_at + settings.CARD_ORDER_HOLD
    )
    if pay_by < now + SHORTEST_SESSION:
        raise TransitionNotAllowed(
            _(
                "This order can no longer be paid by card: it was placed too long ago. "
                "Please order again."
            )
        )
    order.pay_by = pay_by
    order.save(update_fields=["pay_by"])


def attempts(order):
    """How many times the order was sent to Stripe's payment page."""
    return order.payments.filter(provider=Payment.Provider.STRIPE).count()


def checkout_key(order):
    """The same for every try of one payment attempt, so a request retried after a network
    failure gets the session Stripe already made, and new for each deliberate "pay again"."""
    return f"{order.code}-checkout-{attempts(order) + 1}"


def refund_card_payment(refund):
    """Give `refund.amount` of its payment back through Stripe, and note Stripe's id of the
    refund on it. The idempotency key is the refund's own, so a request retried after a
    network failure refunds once, and each refund staff record is a new one. Stripe's
    errors propagate."""
    answer = client().v1.refunds.create(
        params={
            "payment_intent": refund.payment.provider_payment_id,
            "amount": refund.amount,
            "metadata": {"order_code": refund.order.code, "refund": str(refund.pk)},
        },
        options={"idempotency_key": f"{refund.order.code}-refund-{refund.pk}"},
    )
    refund.provider_refund_id = answer.id
    return answer


@transaction.atomic
def apply_event(event):
    """Apply a verified Stripe event to its order, once: the event is recorded in the same
    transaction, so a replay changes nothing and a failure leaves it for Stripe to retry.
    Returns whether the event was new. Events of unknown orders are accepted and ignored."""
    _seen, new = StripeEvent.objects.get_or_create(event_id=event.id, defaults={"type": event.type})
    if new and (handler := HANDLERS.get(event.type)):
        handler(event.data.object.to_dict())
    return new


def order_for(reference):
    """The order a Stripe object was made for, locked, from the metadata the shop gave it.
    Both id and code must match, so events of another copy of the shop using the same Stripe
    account (a staging site) find nothing."""
    order_id, code = (reference or {}).get("order_id"), (reference or {}).get("order_code")
    if not (str(order_id).isdigit() and code):
        return None
    return Order.objects.select_for_update().filter(pk=order_id, code=code).first()


def attempt_for(order, session):
    """The order's payment that `session` is, locked; one is recorded for a session the
    shop has no attempt of (made before payments were recorded), so no money is lost."""
    attempt = (
        order.payments.select_for_update()
        .filter(provider=Payment.Provider.STRIPE, reference=session["id"])
        .first()
    )
    return attempt or open_payment(order, provider=Payment.Provider.STRIPE, reference=session["id"])


def awaits_card_payment(order, session):
    """An unpaid order still waiting for this session, its latest: after a "pay again" the
    earlier sessions' ends no longer decide anything."""
    latest = latest_attempt(order, Payment.Provider.STRIPE)
    return (
        order.awaits_payment
        and order.payment_status == Order.PaymentStatus.UNPAID
        and latest is not None
        and latest.reference == session["id"]
    )


def checkout_completed(session):
    """The buyer finished Stripe's page. With a card the money is taken; with a slower
    method it is still on its way, and a later event says whether it arrived."""
    if session["payment_status"] == "paid":
        return session_paid(session)
    if order := order_for(session.get("metadata")):
        log(order, OrderEvent.Action.CARD_PENDING, detail=session["id"])


def session_paid(session):
    """Record the session's payment with the amount Stripe took; the order is paid by it
    when that is its total in đồng (`payments.services.settle`). A payment that does not
    match is recorded all the same, since the money arrived, and flagged."""
    order = order_for(session.get("metadata"))
    if order is None:
        return
    amount, currency = session.get("amount_total"), session.get("currency")
    receive(
        attempt_for(order, session),
        amount=amount if isinstance(amount, int) and amount >= 0 else 0,
        currency=str(currency or "").upper()[:3],
        provider_payment_id=session.get("payment_intent") or "",
        detail=session["id"],
    )
    try:
        check_amount(order, amount, currency)
    except PaymentMismatch as mismatch:
        flag_order(order, str(mismatch), detail=session["id"])


def check_amount(order, amount, currency):
    if currency != CURRENCY or amount != order.total:
        raise PaymentMismatch(
            _("Card payment of %(amount)s %(currency)s does not match the total of %(total)s VND.")
            % {"amount": amount, "currency": (currency or "").upper(), "total": order.total}
        )


def session_failed(session):
    """A slower payment method failed after the buyer left Stripe's page: the attempt is
    closed, and the order cancelled and its items back on sale."""
    end_session(session, Payment.Status.FAILED, _("card payment failed"))


def session_expired(session):
    """Nobody paid the session in time: the attempt is closed, and the order cancelled and
    its items back on sale, unless it was paid meanwhile or the buyer has since started
    another payment."""
    end_session(session, Payment.Status.EXPIRED, _("card payment not completed in time"))


def end_session(session, status, reason):
    order = order_for(session.get("metadata"))
    if order is None:
        return
    if awaits_card_payment(order, session):
        cancel_order(order, reason=reason)
    attempt = order.payments.filter(provider=Payment.Provider.STRIPE, reference=session["id"])
    if attempt := attempt.first():
        close(attempt, status, session["id"])


def charge_refunded(charge):
    """Money given back, from the shop's admin or Stripe's dashboard: what Stripe's total
    of refunds adds to those recorded was made in the dashboard, and is recorded
    (`payments.services.refunded_by_provider`)."""
    intent = charge.get("payment_intent") or ""
    payment = payment_of_charge(intent, charge.get("metadata"))
    if payment is None:
        return
    if payment.status == Payment.Status.PENDING:
        refunded_before_paid(payment, charge)
    total = charge.get("amount_refunded")
    refunded_by_provider(
        payment,
        total=total if isinstance(total, int) and total >= 0 else 0,
        refund_ids=[refund["id"] for refund in (charge.get("refunds") or {}).get("data", [])],
        detail=intent,
    )


def payment_of_charge(intent, reference):
    """The payment a charge made: by Stripe's payment id once it is recorded, else (a refund
    overtaking the payment's event) the latest attempt of the order the charge's metadata
    names."""
    if intent and (
        payment := Payment.objects.filter(
            provider=Payment.Provider.STRIPE, provider_payment_id=intent
        ).first()
    ):
        return payment
    order = order_for(reference)
    return order and latest_attempt(order, Payment.Provider.STRIPE)


def refunded_before_paid(payment, charge):
    """The refund's event overtook the payment's. The money came and went back before the
    order was confirmed, so it does not go ahead: it is cancelled (its items back on sale)
    and the payment recorded, so that the refund can be; the payment's event, when it comes,
    then changes nothing."""
    order = locked(payment.order)
    if order.awaits_payment:
        cancel_order(order, reason=_("card payment refunded"))
    receive(
        payment,
        amount=charge.get("amount"),
        provider_payment_id=charge.get("payment_intent") or "",
        detail=charge["id"],
    )


def fees_to_fetch():
    """Stripe payments received whose fee Stripe has not yet told the shop."""
    return Payment.objects.filter(
        provider=Payment.Provider.STRIPE,
        status__in=[Payment.Status.PAID, Payment.Status.REFUNDED],
        fee_known_at__isnull=True,
    ).exclude(provider_payment_id="")


def fetch_fees(limit=100):
    """Ask Stripe for the fee of each payment not yet known, from its charge's balance
    transaction, and record it (posting it to the cooperatives' ledgers). A balance
    transaction not there yet is asked again next time. Stripe's fee is in the account's
    payout currency (an account abroad is not paid out in đồng), so it is turned into đồng
    in the proportion it bears to the payment there. Returns how many were recorded;
    Stripe's errors propagate, leaving the rest for the next run."""
    recorded = 0
    for payment in fees_to_fetch().order_by("pk")[:limit]:
        intent = client().v1.payment_intents.retrieve(
            payment.provider_payment_id, params={"expand": ["latest_charge.balance_transaction"]}
        )
        charge = intent.latest_charge
        transaction_ = getattr(charge, "balance_transaction", None) if charge else None
        if not transaction_ or isinstance(transaction_, str) or not transaction_.amount:
            continue
        fee = transaction_.fee
        if transaction_.currency != CURRENCY:
            fee = round(payment.amount * transaction_.fee / transaction_.amount)
        recorded += record_fee(payment, fee)
    return recorded


HANDLERS = {
    "checkout.session.completed": checkout_completed,
    "checkout.session.async_payment_succeeded": session_paid,
    "checkout.session.async_payment_failed": session_failed,
    "checkout.session.expired": session_expired,
    "charge.refunded": charge_refunded,
}
