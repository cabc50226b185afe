"""Payments of orders made in tests: the Stripe attempt an order waits on, and what its
attempts became."""

from payments.models import Payment, PaymentEvent


def card_attempt(order, session_id, *, status=Payment.Status.PENDING, intent=""):
    """The order sent to Stripe's page `session_id`, as `begin_checkout` records it."""
    payment = Payment.objects.create(
        order=order,
        method=order.payment_method,
        provider=Payment.Provider.STRIPE,
        amount=order.total,
        reference=session_id,
        provider_payment_id=intent,
        status=status,
    )
    PaymentEvent.objects.create(payment=payment, status=status)
    return payment


def latest_card_attempt(order):
    return order.payments.filter(provider=Payment.Provider.STRIPE).order_by("-pk").first()


def session_of(order):
    """The Stripe page the order waits on, or "" when it was never sent to one."""
    attempt = latest_card_attempt(order)
    return attempt.reference if attempt else ""


def intent_of(order):
    """Stripe's payment of the order (refunds go by it), or "" when none is recorded."""
    attempt = latest_card_attempt(order)
    return attempt.provider_payment_id if attempt else ""
