"""The migration that gives every order paid before payments were records the payment it
had, run on orders stored as the site stored them then."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from orders.models import Order
from payments.models import Payment

BEFORE = [("orders", "0005_alter_order_consent_purpose"), ("payments", "0002_payment")]
STORED = [
    # code, method, status, payment status, Stripe session, payment intent
    ("LN-OLD-1", "stripe", "confirmed", "paid", "cs_paid", "pi_paid"),
    ("LN-OLD-2", "stripe", "awaiting_payment", "unpaid", "cs_open", ""),
    ("LN-OLD-3", "stripe", "cancelled", "unpaid", "cs_gone", ""),
    ("LN-OLD-4", "cod", "completed", "paid", "", ""),
    ("LN-OLD-5", "vietqr", "cancelled", "refunded", "", ""),
    ("LN-OLD-6", "vietqr", "awaiting_payment", "unpaid", "", ""),
]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_past_orders_get_the_payments_they_had_and_get_them_back_on_the_way_down():
    executor = MigrationExecutor(connection)
    leaves = executor.loader.graph.leaf_nodes()
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps.get_model("orders", "Order")
    for code, method, status, paid, session, intent in STORED:
        old.objects.create(
            code=code,
            token=code,
            language="vi",
            name="Lan",
            phone="+84912345678",
            email="lan@example.test",
            payment_method=method,
            status=status,
            payment_status=paid,
            goods_total=350_000,
            delivery_total=30_000,
            stripe_session_id=session,
            stripe_payment_intent=intent,
        )

    executor = MigrationExecutor(connection)
    executor.migrate(leaves)

    assert sorted(
        Payment.objects.values_list(
            "order__code", "provider", "status", "amount", "reference", "provider_payment_id"
        )
    ) == [
        ("LN-OLD-1", "stripe", "paid", 380_000, "cs_paid", "pi_paid"),
        ("LN-OLD-2", "stripe", "pending", 380_000, "cs_open", ""),
        ("LN-OLD-3", "stripe", "expired", 380_000, "cs_gone", ""),
        ("LN-OLD-4", "cash", "paid", 380_000, "", ""),
        ("LN-OLD-5", "bank", "refunded", 380_000, "", ""),
    ]
    assert Payment.objects.get(reference="cs_gone").paid_at is None
    assert Order.objects.count() == len(STORED)

    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps.get_model("orders", "Order")
    assert old.objects.get(code="LN-OLD-1").stripe_payment_intent == "pi_paid"
    assert old.objects.get(code="LN-OLD-2").stripe_session_id == "cs_open"
    executor = MigrationExecutor(connection)
    executor.migrate(leaves)
