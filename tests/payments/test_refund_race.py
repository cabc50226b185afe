"""Two staff members refund the last scarf of an order at the same moment: one refund wins,
the other is refused, and the scarf is refunded and put back on sale once. Needs
PostgreSQL: SQLite serialises writers, so it cannot show the race."""

import pytest
from django.db import connection

from orders.models import Order
from payments.models import Refund
from payments.refunds import RefundRefused, refund_items
from tests.concurrency import at_once
from tests.factories.orders import make_order
from tests.orders.admin import stock_of

pytestmark = [
    pytest.mark.postgres_only,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture(autouse=True)
def postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL row locking")


def test_two_refunds_of_the_last_item_at_once_refund_it_once(staffed_shop):
    shop = staffed_shop
    order = make_order(
        {shop["weavers"]: [(shop["scarf"], 1)], shop["baskets"]: [(shop["basket"], 1)]},
        payment_method="vietqr",
        payment_status=Order.PaymentStatus.PAID,
    )
    scarf = order.lines.get(product_title=shop["scarf"].title)
    stock_before = stock_of(shop["scarf"])

    def refund(n):
        refund_items(order, {scarf: 1}, returned=True, bank_reference=f"FT{n}", form_key=f"k{n}")
        return "refunded"

    outcomes = [
        "refused" if isinstance(outcome, RefundRefused) else outcome
        for outcome in at_once(refund, 2)
    ]

    assert sorted(outcomes) == ["refunded", "refused"]
    assert Refund.objects.filter(order=order).count() == 1
    scarf.refresh_from_db()
    assert scarf.refunded_quantity == 1
    assert stock_of(shop["scarf"]) == stock_before + 1
