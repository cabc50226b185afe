"""Two phones sending at once, on PostgreSQL: the same change twice (a phone that retried
while its first request still ran) is applied once; two staff members who both saw a parcel
packed and ship it with different tracking numbers get one shipped and one conflict; a
stock change meeting a sale at the same moment never loses the sale. SQLite serialises
writers, so it cannot show these races."""

import json
import uuid

import pytest
from django.db import connection
from django.test import Client

from catalog.models import ProductVariant
from orders.models import Fulfilment, OrderEvent
from orders.services import take_stock
from tests.concurrency import at_once

pytestmark = [
    pytest.mark.postgres_only,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
PHONES = 4


@pytest.fixture(autouse=True)
def postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL row locking")


def phone(user):
    client = Client()
    client.force_login(user)
    return (client,)


def send(client, change):
    response = client.post("/htx/changes/", json.dumps(change), content_type="application/json")
    return response.status_code, response.json()


def ship(part, tracking_number, change_id=None):
    return {
        "id": change_id or str(uuid.uuid4()),
        "kind": "step",
        "target": part.pk,
        "seen": {"status": "packed"},
        "new": {"status": "shipped", "carrier": "VNPost", "tracking_number": tracking_number},
    }


def test_the_same_change_sent_at_once_is_applied_once(konkotu):
    part = konkotu["order"].fulfilments.get()
    part.status = Fulfilment.Status.PACKED
    part.save()
    change = ship(part, "EB-1")

    outcomes = at_once(
        lambda n, client: send(client, change), PHONES, lambda n: phone(konkotu["staff"])
    )

    assert [status for status, _answer in outcomes] == [200] * PHONES
    assert sorted(answer["replayed"] for _status, answer in outcomes) == [False] + [True] * (
        PHONES - 1
    )
    assert OrderEvent.objects.filter(action="shipped").count() == 1


def test_two_staff_who_saw_the_parcel_packed_ship_it_once(konkotu):
    part = konkotu["order"].fulfilments.get()
    part.status = Fulfilment.Status.PACKED
    part.save()

    outcomes = at_once(
        lambda n, client: send(client, ship(part, f"EB-{n}")),
        PHONES,
        lambda n: phone(konkotu["staff"]),
    )

    assert sorted(status for status, _answer in outcomes) == [200] + [409] * (PHONES - 1)
    part.refresh_from_db()
    winner = next(answer for status, answer in outcomes if status == 200)
    assert part.status == "shipped" and winner["current"]["status"] == "shipped"
    assert OrderEvent.objects.filter(action="shipped").count() == 1


def test_a_stock_change_and_a_sale_at_once_never_lose_the_sale(konkotu):
    variant = konkotu["variant"]  # 4 in stock
    change = {
        "id": str(uuid.uuid4()),
        "kind": "stock",
        "target": variant.pk,
        "seen": {"stock": 4},
        "new": {"stock": "10"},
    }

    def work(n, client=None):
        return send(client, change) if n == 0 else take_stock(variant, 1)

    outcomes = at_once(work, 2, lambda n: phone(konkotu["staff"]) if n == 0 else ())

    status, _answer = outcomes[0]
    stock = ProductVariant.objects.get(pk=variant.pk).stock
    # Either the change came first (10, then the sale: 9) or the sale did (3, and the
    # change met it: 409); never 10 with the sale forgotten.
    assert (status, stock) in {(200, 9), (409, 3)}
