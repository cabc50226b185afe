"""An order's life after checkout: payments arriving once, reminders, unpaid orders expiring
with their stock returned, each cooperative's part moving to delivered, and moves the rules
forbid refused without changing anything."""

import io
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from catalog.models import ProductVariant
from checkout.cart import Cart, cart_contents
from craftsite.states import TransitionNotAllowed
from orders.models import Fulfilment, Order, ShippingRate, ShippingZone
from orders.services import (
    advance_fulfilment,
    cancel_order,
    confirm_payment,
    place_order,
)
from payments.methods import METHODS
from tests.factories.catalog import add_cooperative, add_product, add_shop
from tests.factories.orders import BUYER

pytestmark = pytest.mark.django_db


@pytest.fixture
def shop(homes):
    shop = add_shop(homes["vi"])
    weavers = add_cooperative(shop, "HTX Dệt", slug="htx-det")
    baskets = add_cooperative(shop, "Tổ Đan", slug="to-dan")
    add_product(weavers, "Khăn", price=350_000, stock=3, sku="KHAN-01")
    add_product(baskets, "Gùi", price=500_000, stock=2, sku="GUI-01")
    zone = ShippingZone(name="Trong tỉnh", home=True)
    zone.rates = [ShippingRate(up_to_grams=5_000, fee=20_000)]
    zone.save()
    return {"zone": zone, "locale": homes["vi"].locale}


@pytest.fixture
def order_of(shop, django_capture_on_commit_callbacks):
    def place(method, language="en", **lines):
        contents = cart_contents(
            Cart({"cart": lines or {"KHAN-01": 1, "GUI-01": 1}}), shop["locale"]
        )
        with django_capture_on_commit_callbacks(execute=True):
            return place_order(contents, shop["zone"], BUYER, METHODS[method], language)

    return place


def stock():
    return dict(ProductVariant.objects.values_list("sku", "stock"))


def test_a_transfer_confirmed_twice_is_applied_once(order_of, django_capture_on_commit_callbacks):
    order = order_of("vietqr")
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        first = confirm_payment(order, via="staff")
        second = confirm_payment(order, via="staff")

    order.refresh_from_db()
    assert (first, second) == (True, False)
    assert (order.status, order.payment_status) == ("confirmed", "paid")
    assert [e.action for e in order.events.all()] == ["placed", "paid"]
    assert [m.subject for m in mail.outbox] == [f"Payment received for order {order.code}"]


def process_orders():
    call_command("process_orders", stdout=io.StringIO())


def test_unpaid_transfers_get_one_reminder_then_expire_and_return_stock(
    order_of, django_capture_on_commit_callbacks
):
    order = order_of("vietqr", language="vi")
    assert stock() == {"KHAN-01": 2, "GUI-01": 1}
    mail.outbox.clear()
    Order.objects.filter(pk=order.pk).update(created_at=timezone.now() - timedelta(hours=25))

    with django_capture_on_commit_callbacks(execute=True):
        process_orders()
        process_orders()

    assert [m.subject for m in mail.outbox] == [f"Đơn hàng {order.code} đang chờ bạn chuyển khoản"]
    Order.objects.filter(pk=order.pk).update(pay_by=timezone.now() - timedelta(minutes=1))
    process_orders()

    order.refresh_from_db()
    assert order.status == "cancelled"
    assert set(order.fulfilments.values_list("status", flat=True)) == {"cancelled"}
    assert stock() == {"KHAN-01": 3, "GUI-01": 2}


def test_a_paid_order_never_expires(order_of):
    order = order_of("vietqr")
    confirm_payment(order, via="staff")
    Order.objects.filter(pk=order.pk).update(pay_by=timezone.now() - timedelta(days=1))

    process_orders()

    order.refresh_from_db()
    assert order.status == "confirmed" and stock() == {"KHAN-01": 2, "GUI-01": 1}


def test_a_card_order_is_left_alone_for_a_grace_period_after_its_deadline(order_of, settings):
    """Stripe closes the payment page at the deadline: a payment made in its last moments is
    still being announced, so the job waits CARD_PAYMENT_GRACE before cancelling."""
    order = order_of("stripe")
    just_late = timezone.now() - timedelta(minutes=1)
    Order.objects.filter(pk=order.pk).update(pay_by=just_late)

    process_orders()

    order.refresh_from_db()
    assert order.status == "awaiting_payment" and stock() == {"KHAN-01": 2, "GUI-01": 1}
    Order.objects.filter(pk=order.pk).update(pay_by=just_late - settings.CARD_PAYMENT_GRACE)
    process_orders()

    order.refresh_from_db()
    assert order.status == "cancelled" and stock() == {"KHAN-01": 3, "GUI-01": 2}


def test_a_transfer_arriving_after_cancellation_is_flagged_for_a_refund(order_of):
    order = order_of("vietqr")
    cancel_order(order, reason="test")

    confirm_payment(order, via="staff")

    order.refresh_from_db()
    assert (order.status, order.payment_status) == ("cancelled", "paid")
    assert order.attention == "Đã thanh toán sau khi đơn bị hủy: hãy hoàn tiền cho người mua."


def test_each_part_ships_on_its_own_and_the_order_completes_when_all_arrive(
    order_of, django_capture_on_commit_callbacks
):
    order = order_of("cod")
    weavers, baskets = order.fulfilments.order_by("cooperative__title")
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        advance_fulfilment(weavers, "packed")
        advance_fulfilment(weavers, "shipped", carrier="VNPost", tracking_number="EB123VN")
    advance_fulfilment(weavers, "delivered")

    order.refresh_from_db()
    assert order.status == "confirmed" and order.payment_status == "unpaid"
    assert [m.subject for m in mail.outbox] == [f"Part of order {order.code} is on its way"]
    assert "VNPost" in mail.outbox[0].body and "EB123VN" in mail.outbox[0].body

    advance_fulfilment(baskets, "shipped", carrier="GHN", tracking_number="GHN9")
    advance_fulfilment(baskets, "delivered")

    order.refresh_from_db()
    assert (order.status, order.payment_status) == ("completed", "paid")


@pytest.mark.parametrize(
    "moves, refused",
    [
        ([], "delivered"),  # new → delivered skips shipping
        (["shipped"], "packed"),  # no going back
        (["shipped", "delivered"], "cancelled"),
    ],
)
def test_moves_the_rules_forbid_are_refused_and_change_nothing(order_of, moves, refused):
    order = order_of("cod")
    part = order.fulfilments.first()
    for status in moves:
        part = advance_fulfilment(part, status, carrier="VNPost", tracking_number="1")

    with pytest.raises(TransitionNotAllowed):
        advance_fulfilment(part, refused)

    part.refresh_from_db()
    assert part.status == (moves[-1] if moves else "new")


def test_an_order_with_a_shipped_part_cannot_be_cancelled(order_of):
    order = order_of("cod")
    advance_fulfilment(order.fulfilments.first(), "shipped", carrier="VNPost", tracking_number="1")

    with pytest.raises(TransitionNotAllowed):
        cancel_order(order)

    order.refresh_from_db()
    assert order.status == "confirmed" and stock() == {"KHAN-01": 2, "GUI-01": 1}


def test_parts_of_an_unpaid_order_cannot_be_shipped(order_of):
    order = order_of("vietqr")

    with pytest.raises(TransitionNotAllowed):
        advance_fulfilment(order.fulfilments.first(), "shipped")

    assert not Fulfilment.objects.exclude(status="new").exists()


def test_cancelling_a_paid_order_asks_staff_to_refund_it(order_of):
    order = order_of("vietqr")
    confirm_payment(order, via="staff")

    cancel_order(order, reason="hết hàng")

    order.refresh_from_db()
    assert (order.status, order.payment_status) == ("cancelled", "paid")
    assert order.attention == "Đã hủy sau khi thanh toán: hãy hoàn tiền cho người mua."
    assert stock() == {"KHAN-01": 3, "GUI-01": 2}
