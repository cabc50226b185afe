"""Many buyers at once for the last items: exactly as many orders as items, and stock never
below zero; carts with the same items in opposite orders never deadlock; the same form or the
same payment notice twice at once counts once; a payment confirmed while the expiry job runs
keeps its order. Needs PostgreSQL: SQLite serialises writers, so it cannot show the race."""

import contextlib
import threading
import time
from datetime import timedelta

import pytest
from django.db import connection, transaction
from django.test import Client

from catalog.models import ProductVariant
from checkout.cart import Cart, cart_contents
from orders import services
from orders.models import Order, ShippingRate, ShippingZone
from orders.services import (
    DuplicateCheckout,
    OutOfStock,
    confirm_payment,
    expire_unpaid_orders,
    locked,
    place_order,
    remind_unpaid_transfers,
)
from payments.methods import METHODS
from tests.concurrency import at_once
from tests.factories.catalog import add_cooperative, add_product, add_shop
from tests.factories.orders import BUYER
from tests.factories.payments import card_attempt
from tests.fakes.stripe_events import new_event, signed_event

pytestmark = [
    pytest.mark.postgres_only,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

BUYERS = 10
IN_STOCK = 3


@pytest.fixture(autouse=True)
def postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL row locking")


class FakeSession(dict):
    """A session of one buyer's own, without the session store's round trips."""


def test_many_buyers_for_the_last_items(homes):
    cooperative = add_cooperative(add_shop(homes["vi"]), "HTX Dệt", slug="htx-det")
    add_product(cooperative, "Khăn", price=350_000, stock=IN_STOCK, sku="KHAN-01")
    zone = ShippingZone(name="Các tỉnh khác")
    zone.rates = [ShippingRate(up_to_grams=5_000, fee=30_000)]
    zone.save()
    locale = homes["vi"].locale

    def fill_cart(n):
        return (cart_contents(Cart(FakeSession(cart={"KHAN-01": 1})), locale),)

    def buy(n, contents):
        contact = {
            **BUYER,
            "name": f"Khách {n}",
            "phone": f"09123456{n:02d}",
            "email": f"khach{n}@example.test",
            "street": f"{n} Phan Đình Phùng",
        }
        place_order(contents, zone, contact, METHODS["cod"], "vi")
        return "ordered"

    outcomes = [
        "out of stock" if isinstance(outcome, OutOfStock) else outcome
        for outcome in at_once(buy, BUYERS, prepare=fill_cart)
    ]

    assert sorted(outcomes) == ["ordered"] * IN_STOCK + ["out of stock"] * (BUYERS - IN_STOCK)
    assert Order.objects.count() == IN_STOCK
    assert ProductVariant.objects.get(sku="KHAN-01").stock == 0


def test_carts_with_the_same_items_in_opposite_orders_are_both_placed(homes, monkeypatch):
    """Two buyers check out at the same moment with the same two items, put in their carts in
    opposite orders. Each waits, once it has taken its first item, for the other to take one
    too (or for a second, when the other is held up on a row it locked): taken in cart
    order, each would hold one row and wait for the other's, and PostgreSQL would end one
    checkout as a deadlock."""
    cooperative = add_cooperative(add_shop(homes["vi"]), "HTX Dệt", slug="htx-det")
    add_product(cooperative, "Khăn", price=350_000, stock=5, sku="KHAN-01")
    add_product(cooperative, "Gùi", price=500_000, stock=5, sku="GUI-01")
    zone = ShippingZone(name="Các tỉnh khác")
    zone.rates = [ShippingRate(up_to_grams=5_000, fee=30_000)]
    zone.save()
    locale = homes["vi"].locale
    carts = [{"KHAN-01": 1, "GUI-01": 1}, {"GUI-01": 1, "KHAN-01": 1}]
    both_took_one = threading.Barrier(2, timeout=2)
    first_take = threading.local()
    take_stock = services.take_stock

    def take_then_wait(variant, quantity):
        taken = take_stock(variant, quantity)
        if not getattr(first_take, "done", False):
            first_take.done = True
            # Broken after its timeout: the other is waiting for a row this one holds.
            with contextlib.suppress(threading.BrokenBarrierError):
                both_took_one.wait()
        return taken

    monkeypatch.setattr(services, "take_stock", take_then_wait)

    def fill_cart(n):
        return (cart_contents(Cart(FakeSession(cart=carts[n])), locale),)

    def buy(n, contents):
        place_order(
            contents, zone, {**BUYER, "email": f"khach{n}@example.test"}, METHODS["cod"], "vi"
        )
        return "ordered"

    outcomes = at_once(buy, 2, prepare=fill_cart)

    assert outcomes == ["ordered", "ordered"]
    assert stock() == {"KHAN-01": 3, "GUI-01": 3}


def stock():
    return dict(ProductVariant.objects.values_list("sku", "stock"))


def test_a_form_sent_twice_at_the_same_moment_makes_one_order(homes):
    """A double click sends the same checkout form twice at once: the second request waits
    on the first's order number, then finds the order instead of making another."""
    cooperative = add_cooperative(add_shop(homes["vi"]), "HTX Dệt", slug="htx-det")
    add_product(cooperative, "Khăn", price=350_000, stock=5, sku="KHAN-01")
    zone = ShippingZone(name="Các tỉnh khác")
    zone.rates = [ShippingRate(up_to_grams=5_000, fee=30_000)]
    zone.save()
    locale = homes["vi"].locale

    def fill_cart(n):
        return (cart_contents(Cart(FakeSession(cart={"KHAN-01": 2})), locale),)

    def submit(n, contents):
        try:
            return "placed", place_order(contents, zone, BUYER, METHODS["cod"], "vi", "same-form")
        except DuplicateCheckout as duplicate:
            return "found", duplicate.order

    outcomes = [(what, order.code) for what, order in at_once(submit, 2, prepare=fill_cart)]

    order = Order.objects.get()
    assert sorted(outcomes) == [("found", order.code), ("placed", order.code)]
    assert ProductVariant.objects.get(sku="KHAN-01").stock == 3


def test_the_same_webhook_delivered_twice_at_once_is_applied_once(homes, settings):
    """Stripe may retry an event while the first delivery is still being handled: the
    event row and the order lock make exactly one of them count."""
    settings.STRIPE_SECRET_KEY, settings.STRIPE_WEBHOOK_SECRET = "sk_test_race", "whsec_race"
    cooperative = add_cooperative(add_shop(homes["vi"]), "HTX Dệt", slug="htx-det")
    add_product(cooperative, "Khăn", price=350_000, stock=2, sku="KHAN-01")
    order = Order.objects.create(
        code="LN-261129-RACE",
        language="en",
        **BUYER,
        payment_method=Order.Payment.CARD,
        status=Order.Status.AWAITING_PAYMENT,
        goods_total=350_000,
        delivery_total=0,
    )
    card_attempt(order, "cs_test_race")
    body, header = signed_event(
        new_event(
            "checkout.session.completed",
            {
                "id": "cs_test_race",
                "object": "checkout.session",
                "payment_status": "paid",
                "amount_total": 350_000,
                "currency": "vnd",
                "payment_intent": "pi_race",
                "metadata": {"order_id": str(order.pk), "order_code": order.code},
            },
        ),
        "whsec_race",
    )

    def deliver(n):
        return (
            Client()
            .post(
                "/payments/stripe/webhook/",
                body,
                content_type="application/json",
                HTTP_STRIPE_SIGNATURE=header,
            )
            .status_code
        )

    statuses = at_once(deliver, 2)

    order.refresh_from_db()
    assert statuses == [200, 200]
    assert (order.status, order.payment_status) == ("confirmed", "paid")
    assert list(order.events.values_list("action", flat=True)) == ["paid"]


def wait_for_a_lock_wait(timeout=10):
    """Return once another connection waits for a row lock (this one holds it)."""
    deadline = time.monotonic() + timeout
    with connection.cursor() as cursor:
        while time.monotonic() < deadline:
            cursor.execute("SELECT pg_stat_clear_snapshot()")  # else read once a transaction
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE wait_event_type = 'Lock' AND datname = current_database()"
            )
            if cursor.fetchone()[0]:
                return
            time.sleep(0.05)
    raise AssertionError("nobody waited for the order's row")


@pytest.fixture
def transfer_order(homes):
    """An order of one scarf awaiting its transfer."""
    cooperative = add_cooperative(add_shop(homes["vi"]), "HTX Dệt", slug="htx-det")
    add_product(cooperative, "Khăn", price=350_000, stock=2, sku="KHAN-01")
    zone = ShippingZone(name="Các tỉnh khác")
    zone.rates = [ShippingRate(up_to_grams=5_000, fee=30_000)]
    zone.save()
    contents = cart_contents(Cart(FakeSession(cart={"KHAN-01": 1})), homes["vi"].locale)
    return place_order(contents, zone, BUYER, METHODS["vietqr"], "vi")


def paid_while(order, job):
    """Run `job` while the order's payment is being recorded: the payment holds the order's
    row until `job`, having listed the order, waits for it, then commits. Returns what the
    payment and the job returned."""
    payment_started = threading.Event()

    def pay():
        with transaction.atomic():
            locked(order)
            payment_started.set()
            wait_for_a_lock_wait()
            return confirm_payment(order, via="stripe")

    def run_job():
        payment_started.wait(timeout=10)
        return job()

    return at_once(lambda n: (pay, run_job)[n](), 2)


def test_a_payment_confirmed_while_the_expiry_job_runs_keeps_its_order(transfer_order):
    """The job lists the order as overdue while its payment is being recorded; once the
    payment commits, the job must leave the order confirmed, its stock taken, instead of
    cancelling an order just paid."""
    after_deadline = transfer_order.pay_by + timedelta(minutes=1)

    outcomes = paid_while(
        transfer_order,
        lambda: [order.code for order in expire_unpaid_orders(now=after_deadline)],
    )

    transfer_order.refresh_from_db()
    assert outcomes == [True, []]
    assert (transfer_order.status, transfer_order.payment_status) == ("confirmed", "paid")
    assert transfer_order.attention == ""
    assert ProductVariant.objects.get(sku="KHAN-01").stock == 1


def test_a_payment_confirmed_while_reminders_go_out_gets_no_reminder(transfer_order):
    """Likewise the reminder job: a buyer whose transfer was just recorded is not told that
    it has not arrived."""
    later = transfer_order.created_at + timedelta(days=1, minutes=1)

    outcomes = paid_while(
        transfer_order, lambda: remind_unpaid_transfers(timedelta(days=1), now=later)
    )

    transfer_order.refresh_from_db()
    assert outcomes == [True, 0]
    assert transfer_order.reminded_at is None
