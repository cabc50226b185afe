"""payOS may send a notice again while the first delivery is still being handled, or two
transfers of one request may arrive at once: the unique bank reference and the order's lock
make each transfer count once, and only one pay the order. PostgreSQL, as in production."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.utils import timezone

from orders.models import Order
from payments.models import ReceivedTransfer
from payments.transfers import open_transfer_request
from tests.concurrency import at_once
from tests.factories.orders import make_order
from tests.fakes.payos_server import notice_body

pytestmark = [
    pytest.mark.postgres_only,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SCARVES = 2 * 350_000 + 30_000
WEBHOOK = "/payments/payos/webhook/"


@pytest.fixture
def request_(fake_payos, staffed_shop, rf):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL row locking")
    order = make_order(
        {staffed_shop["weavers"]: [(staffed_shop["scarf"], 2)]},
        status=Order.Status.AWAITING_PAYMENT,
        payment_method="vietqr",
        pay_by=timezone.now() + timedelta(days=1),
    )
    return open_transfer_request(rf.post("/vi/"), order)


def post(body):
    return Client().post(WEBHOOK, body, content_type="application/json").status_code


def test_the_same_notice_delivered_twice_at_once_counts_once(fake_payos, request_):
    body = notice_body(request_.pk, SCARVES, fake_payos.checksum_key, reference="FT-RACE-1")

    statuses = at_once(lambda n: post(body), 2)

    order = request_.order
    order.refresh_from_db()
    assert statuses == [200, 200]
    assert (order.status, order.payment_status) == ("confirmed", "paid")
    assert ReceivedTransfer.objects.count() == 1
    assert list(order.events.values_list("action", flat=True)) == ["paid"]


def test_two_transfers_of_one_request_at_once_pay_it_once_and_the_other_waits_for_review(
    fake_payos, request_
):
    bodies = [
        notice_body(request_.pk, SCARVES, fake_payos.checksum_key, reference=f"FT-RACE-{n}")
        for n in range(2)
    ]

    statuses = at_once(lambda n: post(bodies[n]), 2)

    order = request_.order
    order.refresh_from_db()
    assert statuses == [200, 200]
    assert order.payment_status == "paid"
    assert sorted(ReceivedTransfer.objects.values_list("outcome", flat=True)) == [
        "applied",
        "twice",
    ]
    assert order.payments.filter(status="paid").count() == 1
