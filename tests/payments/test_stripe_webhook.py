"""Stripe's webhook: only correctly signed events count, each changes the order once, and
the order ends right whatever order the events come in."""

import time
from datetime import timedelta

import pytest
from django.utils import timezone

from catalog.models import ProductVariant
from orders.models import Fulfilment, Order, OrderLine
from payments.models import StripeEvent
from tests.factories.catalog import add_cooperative, add_product, add_shop
from tests.factories.orders import BUYER
from tests.factories.payments import card_attempt, intent_of
from tests.fakes.stripe_events import new_event, signature, signed_event

pytestmark = pytest.mark.django_db

URL = "/payments/stripe/webhook/"
SECRET = "whsec_test_webhook"
TOTAL = 730_000  # two scarves at 350.000 ₫ and 30.000 ₫ delivery


@pytest.fixture(autouse=True)
def stripe_configured(settings):
    settings.STRIPE_SECRET_KEY = "sk_test_webhook"
    settings.STRIPE_WEBHOOK_SECRET = SECRET


@pytest.fixture
def order(homes):
    """A card order awaiting payment through session cs_test_current. It reserved two of the
    three scarves in stock, so one is left on sale."""
    cooperative = add_cooperative(add_shop(homes["vi"]), "HTX Dệt", slug="htx-det")
    add_product(cooperative, "Khăn", price=350_000, stock=1, sku="KHAN-01")
    order = Order.objects.create(
        code="LN-261129-7KQ4",
        language="en",
        **BUYER,
        payment_method=Order.Payment.CARD,
        status=Order.Status.AWAITING_PAYMENT,
        goods_total=700_000,
        delivery_total=30_000,
        pay_by=timezone.now() + timedelta(hours=2),
    )
    card_attempt(order, "cs_test_current")
    part = Fulfilment.objects.create(order=order, cooperative=cooperative, delivery_fee=30_000)
    OrderLine.objects.create(
        order=order,
        fulfilment=part,
        variant=ProductVariant.objects.get(sku="KHAN-01"),
        sku="KHAN-01",
        product_title="Khăn",
        variant_label="Đỏ",
        unit_price=350_000,
        quantity=2,
    )
    return order


def session(order, **fields):
    """The Checkout Session of `order` as Stripe sends it once paid by card."""
    return {
        "id": "cs_test_current",
        "object": "checkout.session",
        "status": "complete",
        "payment_status": "paid",
        "amount_total": TOTAL,
        "currency": "vnd",
        "client_reference_id": order.code,
        "metadata": {"order_id": str(order.pk), "order_code": order.code},
        "payment_intent": "pi_test_1",
        **fields,
    }


def charge(order, **fields):
    """The charge of `order`'s payment, fully refunded."""
    return {
        "id": "ch_test_1",
        "object": "charge",
        "amount": TOTAL,
        "amount_refunded": TOTAL,
        "currency": "vnd",
        "payment_intent": "pi_test_1",
        "refunded": True,
        "metadata": {"order_id": str(order.pk), "order_code": order.code},
        **fields,
    }


def post(client, body, header):
    return client.post(
        URL,
        body,
        content_type="application/json",
        HTTP_STRIPE_SIGNATURE=header,
        HTTP_ACCEPT_LANGUAGE="en",
    )


def send(client, event):
    body, header = signed_event(event, SECRET)
    return post(client, body, header)


def deliver(client, type, obj):
    """Stripe sends one new event; the shop must take it."""
    response = send(client, new_event(type, obj))
    assert response.status_code == 200
    return response


def state(order):
    """What buyer and staff see: the order, its payment, the scarves left on sale."""
    order.refresh_from_db()
    stock = ProductVariant.objects.get(sku="KHAN-01").stock
    return order.status, order.payment_status, stock, order.attention


def actions(order):
    return [event.action for event in order.events.all()]


AWAITING = (Order.Status.AWAITING_PAYMENT, Order.PaymentStatus.UNPAID, 1, "")
CONFIRMED = (Order.Status.CONFIRMED, Order.PaymentStatus.PAID, 1, "")
EXPIRED = (Order.Status.CANCELLED, Order.PaymentStatus.UNPAID, 3, "")


def test_a_paid_session_confirms_the_order(client, order):
    deliver(client, "checkout.session.completed", session(order))

    assert state(order) == CONFIRMED
    assert intent_of(order) == "pi_test_1"
    assert actions(order) == ["paid"]
    assert order.events.get().detail == "stripe cs_test_current"


def test_a_replayed_event_changes_nothing(client, order):
    event = new_event("checkout.session.completed", session(order))

    assert send(client, event).status_code == 200
    assert send(client, event).status_code == 200

    assert state(order) == CONFIRMED
    assert actions(order) == ["paid"]
    assert list(StripeEvent.objects.values_list("event_id", "type")) == [
        (event["id"], "checkout.session.completed")
    ]


def test_a_replayed_expiry_does_not_cancel_a_second_time(client, order):
    event = new_event("checkout.session.expired", session(order, status="expired"))

    send(client, event)
    send(client, event)

    assert state(order) == EXPIRED
    assert actions(order) == ["cancelled"]


def paid_event(order):
    return new_event("checkout.session.completed", session(order))


@pytest.mark.parametrize(
    "forge",
    [
        pytest.param(
            lambda event: signed_event(event, "whsec_someone_else"), id="signed-with-another-secret"
        ),
        pytest.param(
            lambda event: signed_event(event, SECRET, timestamp=int(time.time()) - 600),
            id="signed-ten-minutes-ago",
        ),
        pytest.param(
            lambda event: (b"paid, honestly", signature(b"paid, honestly", SECRET)),
            id="not-json",
        ),
        pytest.param(lambda event: (signed_event(event, SECRET)[0], ""), id="no-signature"),
        pytest.param(
            lambda event: (
                signed_event({**event, "id": "evt_other"}, SECRET)[0],
                signed_event(event, SECRET)[1],
            ),
            id="body-changed-after-signing",
        ),
    ],
)
def test_a_request_not_signed_by_stripe_is_refused_and_changes_nothing(client, order, forge):
    response = post(client, *forge(paid_event(order)))

    assert response.status_code == 400
    assert state(order) == AWAITING
    assert actions(order) == []
    assert not StripeEvent.objects.exists()


def test_a_request_without_the_signature_header_is_refused(client, order):
    body, _header = signed_event(paid_event(order), SECRET)

    response = client.post(URL, body, content_type="application/json")

    assert response.status_code == 400
    assert state(order) == AWAITING


@pytest.mark.parametrize(
    ("fields", "attention"),
    [
        pytest.param(
            {"amount_total": TOTAL * 100},
            "Card payment of 73000000 VND does not match the total of 730000 VND.",
            id="cents-as-if-vnd-had-them",
        ),
        pytest.param(
            {"amount_total": 7_300},
            "Card payment of 7300 VND does not match the total of 730000 VND.",
            id="too-little",
        ),
        pytest.param(
            {"currency": "usd"},
            "Card payment of 730000 USD does not match the total of 730000 VND.",
            id="other-currency",
        ),
    ],
)
def test_a_payment_that_does_not_match_the_total_is_flagged_and_leaves_the_order_unpaid(
    client, order, fields, attention
):
    deliver(client, "checkout.session.completed", session(order, **fields))

    assert state(order) == (Order.Status.AWAITING_PAYMENT, Order.PaymentStatus.UNPAID, 1, attention)
    assert actions(order) == ["flagged"]
    assert intent_of(order) == "pi_test_1"  # staff refund it from here


def test_an_expired_session_cancels_the_order_and_puts_its_items_back_on_sale(client, order):
    deliver(client, "checkout.session.expired", session(order, status="expired"))

    assert state(order) == EXPIRED
    assert list(order.fulfilments.values_list("status", flat=True)) == ["cancelled"]
    assert order.events.get().detail == "thanh toán thẻ không hoàn tất kịp thời hạn"


def test_an_earlier_sessions_expiry_is_ignored_after_paying_again(client, order):
    earlier = session(order, id="cs_test_earlier", status="expired", payment_status="unpaid")

    deliver(client, "checkout.session.expired", earlier)
    assert state(order) == AWAITING

    deliver(client, "checkout.session.expired", session(order, status="expired"))
    assert state(order) == EXPIRED


def test_an_expiry_arriving_after_the_payment_does_not_cancel_the_order(client, order):
    deliver(client, "checkout.session.completed", session(order))
    deliver(client, "checkout.session.expired", session(order, status="expired"))

    assert state(order) == CONFIRMED
    assert actions(order) == ["paid"]


def test_a_payment_arriving_after_the_order_was_cancelled_is_flagged_for_a_refund(client, order):
    deliver(client, "checkout.session.expired", session(order, status="expired"))
    deliver(client, "checkout.session.completed", session(order))

    assert state(order) == (
        Order.Status.CANCELLED,
        Order.PaymentStatus.PAID,
        3,
        "Đã thanh toán sau khi đơn bị hủy: hãy hoàn tiền cho người mua.",
    )


def test_a_full_refund_marks_the_paid_order_refunded(client, order):
    deliver(client, "checkout.session.completed", session(order))
    deliver(client, "charge.refunded", charge(order))

    assert state(order) == (
        Order.Status.CONFIRMED,
        Order.PaymentStatus.REFUNDED,
        1,
        "Đã hoàn tiền nhưng đơn vẫn mở: hãy hủy đơn để không gửi hàng.",
    )
    assert actions(order) == ["paid", "refunded"]


def test_a_partial_refund_made_in_stripe_is_recorded_and_staff_asked_which_items(client, order):
    deliver(client, "checkout.session.completed", session(order))
    refunded = charge(
        order,
        amount_refunded=30_000,
        refunded=False,
        refunds={"object": "list", "data": [{"id": "re_dashboard_1", "amount": 30_000}]},
    )
    deliver(client, "charge.refunded", refunded)

    status, payment_status, stock, attention = state(order)
    assert (status, payment_status, stock) == CONFIRMED[:3]
    assert attention == (
        "Đã hoàn tiền trên bảng điều khiển Stripe: hãy cho biết khoản đó là cho những món "
        "hàng nào bằng “Hoàn tiền món hàng”."
    )
    assert actions(order) == ["paid", "partly_refunded", "flagged"]
    assert list(order.refunds.values_list("amount", "provider_refund_id", "items_unknown")) == [
        (30_000, "re_dashboard_1", True)
    ]

    deliver(client, "charge.refunded", refunded)  # the same notice again, as a new event
    assert order.refunds.count() == 1
    assert actions(order) == ["paid", "partly_refunded", "flagged"]


def test_a_refund_overtaking_its_payment_ends_cancelled_and_refunded(client, order):
    deliver(client, "charge.refunded", charge(order))

    refunded = (Order.Status.CANCELLED, Order.PaymentStatus.REFUNDED, 3, "")
    assert state(order) == refunded
    assert actions(order) == ["cancelled", "paid", "refunded"]

    deliver(client, "checkout.session.completed", session(order))

    assert state(order) == refunded
    assert actions(order) == ["cancelled", "paid", "refunded"]


def test_a_slower_method_waits_and_its_success_confirms_the_order(client, order):
    deliver(client, "checkout.session.completed", session(order, payment_status="unpaid"))
    assert state(order) == AWAITING
    assert actions(order) == ["card_pending"]

    deliver(client, "checkout.session.async_payment_succeeded", session(order))
    assert state(order) == CONFIRMED


def test_a_slower_method_failing_cancels_the_order(client, order):
    deliver(client, "checkout.session.completed", session(order, payment_status="unpaid"))
    deliver(
        client, "checkout.session.async_payment_failed", session(order, payment_status="unpaid")
    )

    assert state(order) == EXPIRED
    assert order.events.last().detail == "thanh toán thẻ không thành công"


def test_paying_twice_through_two_sessions_is_flagged(client, order):
    deliver(client, "checkout.session.completed", session(order, id="cs_test_earlier"))
    deliver(client, "checkout.session.completed", session(order, payment_intent="pi_test_2"))

    assert state(order) == (
        Order.Status.CONFIRMED,
        Order.PaymentStatus.PAID,
        1,
        "Đã thanh toán hai lần: hãy hoàn lại một lần thanh toán.",
    )
    assert intent_of(order) == "pi_test_1"


@pytest.mark.parametrize(
    "metadata",
    [
        pytest.param({"order_id": "999999", "order_code": "LN-261129-7KQ4"}, id="unknown-id"),
        pytest.param({"order_id": "ORDER", "order_code": "LN-261129-7KQ4"}, id="bad-id"),
        pytest.param({}, id="no-metadata"),
    ],
)
def test_an_event_for_an_unknown_order_is_acknowledged_and_ignored(client, order, metadata):
    deliver(client, "checkout.session.completed", session(order, metadata=metadata))

    assert state(order) == AWAITING
    assert StripeEvent.objects.count() == 1


def test_an_event_of_another_site_on_the_same_stripe_account_is_ignored(client, order):
    staging = {"order_id": str(order.pk), "order_code": "LN-261128-ABCD"}

    deliver(client, "checkout.session.expired", session(order, metadata=staging))

    assert state(order) == AWAITING


def test_other_event_types_are_acknowledged(client, order):
    deliver(client, "payment_intent.created", {"id": "pi_test_1", "object": "payment_intent"})

    assert state(order) == AWAITING


def test_the_webhook_only_takes_posts(client):
    assert client.get(URL).status_code == 405


def test_without_stripe_configured_there_is_no_webhook(client, order, settings):
    settings.STRIPE_WEBHOOK_SECRET = ""

    body, header = signed_event(paid_event(order), SECRET)

    response = client.post(
        URL, body, content_type="application/json", HTTP_STRIPE_SIGNATURE=header, follow=True
    )

    # Django's LocaleMiddleware sends any address it does not find to its /vi/ form, which
    # does not exist either; Stripe follows no redirects and counts both as a failure.
    assert response.redirect_chain == [("/vi" + URL, 302)]
    assert response.status_code == 404
    assert state(order) == AWAITING
