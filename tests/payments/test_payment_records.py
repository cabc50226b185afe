"""Payments as records: each sum an order receives is a payment of its own, and the order's
payment status follows from them, whoever recorded them."""

import pytest

from orders.models import Fulfilment, Order
from orders.services import advance_fulfilment, cancel_order
from payments.methods import METHODS, mark_paid_by_hand, refund_order
from payments.models import Payment
from tests.factories.orders import make_order
from tests.orders.admin import part_of

pytestmark = pytest.mark.django_db

SCARF_PARCEL = 350_000 + 30_000
BASKET_PARCEL = 500_000 + 30_000


@pytest.fixture
def two_parcels(staffed_shop):
    """A cash-on-delivery order of a scarf from the weavers and a basket from the basket
    makers, confirmed and not yet sent."""
    shop = staffed_shop
    order = make_order(
        {shop["weavers"]: [(shop["scarf"], 1)], shop["baskets"]: [(shop["basket"], 1)]}
    )
    return order, part_of(order, shop["weavers"]), part_of(order, shop["baskets"])


def deliver(part):
    advance_fulfilment(part, Fulfilment.Status.SHIPPED, carrier="Viettel Post", tracking_number="1")
    advance_fulfilment(part, Fulfilment.Status.DELIVERED)


def payments_of(order):
    return list(
        order.payments.order_by("pk").values_list("provider", "fulfilment", "amount", "status")
    )


def test_each_parcel_delivered_brings_its_own_cash_and_the_last_pays_the_order(two_parcels):
    order, scarf, basket = two_parcels

    deliver(scarf)
    order.refresh_from_db()
    assert order.payment_status == Order.PaymentStatus.UNPAID
    assert payments_of(order) == [("cash", scarf.pk, SCARF_PARCEL, "paid")]

    deliver(basket)
    order.refresh_from_db()
    assert (order.status, order.payment_status) == ("completed", "paid")
    assert payments_of(order) == [
        ("cash", scarf.pk, SCARF_PARCEL, "paid"),
        ("cash", basket.pk, BASKET_PARCEL, "paid"),
    ]
    assert order.events.filter(action="paid").count() == 1


def test_a_parcel_cancelled_after_the_other_was_delivered_leaves_the_order_paid_by_what_went_out(
    two_parcels,
):
    order, scarf, basket = two_parcels

    deliver(scarf)
    advance_fulfilment(basket, Fulfilment.Status.CANCELLED)

    order.refresh_from_db()
    assert (order.status, order.payment_status, order.attention) == ("completed", "paid", "")
    assert payments_of(order) == [("cash", scarf.pk, SCARF_PARCEL, "paid")]


def test_cash_staff_recorded_by_hand_is_not_collected_again_on_delivery(two_parcels, staffed_shop):
    order, scarf, basket = two_parcels

    assert mark_paid_by_hand(order, staffed_shop["manager"])
    deliver(scarf)
    deliver(basket)

    order.refresh_from_db()
    assert order.payment_status == "paid"
    assert payments_of(order) == [("cash", None, SCARF_PARCEL + BASKET_PARCEL, "paid")]
    assert order.payments.get().recorded_by == staffed_shop["manager"]


def test_marking_paid_twice_records_the_money_once(staffed_shop):
    shop = staffed_shop
    order = make_order(
        {shop["weavers"]: [(shop["scarf"], 2)]},
        status=Order.Status.AWAITING_PAYMENT,
        payment_method="vietqr",
    )

    assert mark_paid_by_hand(order, shop["manager"]) is True
    assert mark_paid_by_hand(order, shop["manager"]) is False  # a second click, a stale page

    order.refresh_from_db()
    assert (order.status, order.payment_status) == ("confirmed", "paid")
    assert payments_of(order) == [("bank", None, 2 * 350_000 + 30_000, "paid")]


def test_a_transfer_that_came_after_the_order_was_cancelled_is_recorded_for_a_refund(staffed_shop):
    shop = staffed_shop
    order = make_order(
        {shop["weavers"]: [(shop["scarf"], 1)]},
        status=Order.Status.AWAITING_PAYMENT,
        payment_method="vietqr",
    )
    cancel_order(order, reason="not paid in time")

    assert mark_paid_by_hand(order, shop["manager"])

    order.refresh_from_db()
    assert (order.status, order.payment_status) == ("cancelled", "paid")
    assert order.attention == "Đã thanh toán sau khi đơn bị hủy: hãy hoàn tiền cho người mua."
    assert payments_of(order) == [("bank", None, SCARF_PARCEL, "paid")]


def test_refunding_gives_back_every_payment_and_only_then_is_the_order_refunded(two_parcels):
    order, scarf, basket = two_parcels
    deliver(scarf)
    deliver(basket)
    order.refresh_from_db()

    refund_order(order)

    order.refresh_from_db()
    assert order.payment_status == "refunded"
    assert set(order.payments.values_list("status", flat=True)) == {"refunded"}
    assert order.payments.get(fulfilment=scarf).events.count() == 2  # paid, then refunded


@pytest.mark.parametrize(
    "method, status, payment_status, allowed",
    [
        ("vietqr", "awaiting_payment", "unpaid", True),
        ("vietqr", "cancelled", "unpaid", True),  # a transfer after the deadline
        ("vietqr", "confirmed", "paid", False),
        ("cod", "confirmed", "unpaid", True),
        ("cod", "cancelled", "unpaid", False),  # no cash is collected for nothing
        ("stripe", "awaiting_payment", "unpaid", False),  # only Stripe says a card paid
    ],
)
def test_each_method_says_whether_staff_may_record_its_money_by_hand(
    method, status, payment_status, allowed
):
    order = Order(payment_method=method, status=status, payment_status=payment_status)

    assert METHODS[method].can_be_marked_paid(order) is allowed


def test_a_payment_never_goes_back_to_waiting(two_parcels):
    order, scarf, _basket = two_parcels
    deliver(scarf)
    payment = order.payments.get()

    assert payment.transitions.targets(Payment.Status.PAID) == [Payment.Status.REFUNDED]
    assert not payment.can_become(Payment.Status.PENDING)
