"""Every order paid before payments were records gets the payment it had: its whole total,
received when it was confirmed, through Stripe for a card (with the session and payment
intent the order kept), as cash for cash on delivery, as a transfer staff checked
otherwise; refunded when the order was. An unpaid order with a Stripe page keeps that page
as an attempt, waiting while the order does, so that Stripe's later word about it still
finds it. Made in bulk: a shop with years of orders migrates in seconds."""

from django.db import migrations

PROVIDER_OF_METHOD = {"stripe": "stripe", "cod": "cash", "vietqr": "bank"}
STATUS_OF_ORDER = {"paid": "paid", "refunded": "refunded"}
BATCH = 2000


def record_past_payments(apps, schema_editor):
    Order = apps.get_model("orders", "Order")
    Payment = apps.get_model("payments", "Payment")
    PaymentEvent = apps.get_model("payments", "PaymentEvent")
    orders = Order.objects.exclude(payment_status="unpaid", stripe_session_id="").order_by("pk")
    for start in range(0, orders.count(), BATCH):
        payments = [payment_of(Payment, order) for order in orders[start : start + BATCH]]
        made = Payment.objects.bulk_create(payments)
        PaymentEvent.objects.bulk_create(
            PaymentEvent(payment=payment, status=payment.status, detail="recorded from the order")
            for payment in made
        )


def payment_of(Payment, order):
    if order.payment_status == "unpaid":
        status = "pending" if order.status == "awaiting_payment" else "expired"
    else:
        status = STATUS_OF_ORDER[order.payment_status]
    return Payment(
        order=order,
        method=order.payment_method,
        provider=PROVIDER_OF_METHOD[order.payment_method],
        status=status,
        amount=order.goods_total + order.delivery_total,
        reference=order.stripe_session_id,
        provider_payment_id=order.stripe_payment_intent,
        paid_at=(order.confirmed_at or order.created_at) if status in ("paid", "refunded") else None,
    )


def forget_payments(apps, schema_editor):
    """Back: each order's status still says whether it was paid; its latest Stripe page
    and payment intent go back on it."""
    Order = apps.get_model("orders", "Order")
    Payment = apps.get_model("payments", "Payment")
    for payment in Payment.objects.filter(provider="stripe").order_by("created_at", "pk"):
        Order.objects.filter(pk=payment.order_id).update(
            stripe_session_id=payment.reference,
            stripe_payment_intent=payment.provider_payment_id,
        )
    Payment.objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("payments", "0002_payment")]

    operations = [migrations.RunPython(record_past_payments, forget_payments)]
