"""Paying by card: the shop asks Stripe, through the real stripe library over HTTP to a fake
Stripe, for exactly the order's total in đồng, once per attempt, and refunds once."""

import urllib.error
import urllib.request
from datetime import timedelta

import pytest
import stripe
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from catalog.models import ProductVariant
from craftsite.states import TransitionNotAllowed
from orders.models import Fulfilment, Order, OrderLine
from payments.card import PaymentMismatch, begin_checkout, refund_card_payment
from payments.methods import METHODS, refund_order
from payments.services import receive
from tests.factories.catalog import add_cooperative, add_product, add_shop
from tests.factories.orders import BUYER
from tests.factories.payments import intent_of, latest_card_attempt, session_of

pytestmark = pytest.mark.django_db


def create_order(homes, language="en"):
    """A card order awaiting payment: two scarves from the weavers and a basket from the
    basket makers, each cooperative with its own delivery fee (1.275.000 ₫ in all)."""
    shop = add_shop(homes["vi"])
    weavers = add_cooperative(shop, "HTX Dệt", slug="htx-det")
    baskets = add_cooperative(shop, "Tổ Đan", slug="to-dan")
    add_product(weavers, "Khăn", price=350_000, stock=1, sku="KHAN-01")
    add_product(baskets, "Gùi", price=500_000, stock=0, sku="GUI-01")
    order = Order.objects.create(
        code="LN-261129-7KQ4",
        language=language,
        **BUYER,
        payment_method=Order.Payment.CARD,
        status=Order.Status.AWAITING_PAYMENT,
        goods_total=1_200_000,
        delivery_total=75_000,
        pay_by=METHODS["stripe"].pay_by(timezone.now()),
    )
    for cooperative, fee, sku, title, label, price, quantity in [
        (weavers, 30_000, "KHAN-01", "Khăn", "Đỏ", 350_000, 2),
        (baskets, 45_000, "GUI-01", "Gùi", "", 500_000, 1),
    ]:
        part = Fulfilment.objects.create(order=order, cooperative=cooperative, delivery_fee=fee)
        OrderLine.objects.create(
            order=order,
            fulfilment=part,
            variant=ProductVariant.objects.get(sku=sku),
            sku=sku,
            product_title=title,
            variant_label=label,
            unit_price=price,
            quantity=quantity,
        )
    return order


@pytest.fixture
def order(homes):
    return create_order(homes)


@pytest.fixture
def request_(rf):
    return rf.post("/en/cart/checkout/")


def line_items(fake, sid):
    """The lines Stripe's page shows, as the fake received them (form-encoded: strings)."""
    return [
        (
            item["price_data"]["product_data"]["name"],
            item["price_data"]["product_data"].get("description", ""),
            item["price_data"]["currency"],
            int(item["price_data"]["unit_amount"]),
            int(item["quantity"]),
        )
        for item in fake.session_params[sid]["line_items"]
    ]


def test_the_buyer_is_sent_to_stripe_for_the_order_total_in_dong(fake_stripe, order, request_):
    url = begin_checkout(request_, order)

    order.refresh_from_db()
    sid = session_of(order)
    assert url == f"{fake_stripe.url}/pay/{sid}"
    assert line_items(fake_stripe, sid) == [
        ("Khăn", "Đỏ", "vnd", 350_000, 2),
        ("Gùi", "", "vnd", 500_000, 1),
        ("Delivery from HTX Dệt", "", "vnd", 30_000, 1),
        ("Delivery from Tổ Đan", "", "vnd", 45_000, 1),
    ]
    session = fake_stripe.sessions[sid]
    assert (session["amount_total"], session["currency"]) == (1_275_000, "vnd")
    order_url = f"http://testserver/en/orders/{order.token}/"
    assert {key: session[key] for key in ("success_url", "cancel_url", "locale")} == {
        "success_url": order_url + "?paid=card",
        "cancel_url": order_url,
        "locale": "en",
    }
    assert session["expires_at"] == int(order.pay_by.timestamp())
    assert (session["client_reference_id"], session["customer_email"]) == (
        "LN-261129-7KQ4",
        "lan@example.test",
    )
    reference = {"order_id": str(order.pk), "order_code": "LN-261129-7KQ4"}
    assert session["metadata"] == reference
    assert fake_stripe.session_params[sid]["payment_intent_data"] == {"metadata": reference}
    assert [(e.action, e.detail) for e in order.events.all()] == [("card_checkout", sid)]


def test_a_vietnamese_buyer_gets_stripes_page_in_vietnamese(fake_stripe, homes, rf):
    order = create_order(homes, language="vi")

    begin_checkout(rf.post("/vi/cart/checkout/"), order)

    order.refresh_from_db()
    session = fake_stripe.sessions[session_of(order)]
    assert session["locale"] == "vi"
    assert session["cancel_url"] == f"http://testserver/vi/orders/{order.token}/"


def test_the_card_method_starts_the_checkout(fake_stripe, order, request_):
    url = METHODS["stripe"].start(request_, order)

    assert url == fake_stripe.sessions[session_of(Order.objects.get())]["url"]


class Interrupted(Exception):
    """The request failed after Stripe made the session, before the shop saved it."""


def test_a_retried_attempt_gets_the_same_session_and_paying_again_a_new_one(
    fake_stripe, order, request_
):
    with pytest.raises(Interrupted), transaction.atomic():
        first = begin_checkout(request_, order)
        raise Interrupted
    order.refresh_from_db()
    assert session_of(order) == ""

    assert begin_checkout(request_, order) == first
    assert len(fake_stripe.sessions) == 1

    again = begin_checkout(request_, order)

    assert again != first
    assert len(fake_stripe.sessions) == 2
    assert session_of(Order.objects.get()) == again.rsplit("/", 1)[1]
    assert [
        call.idempotency_key
        for call in fake_stripe.requests
        if call.path == "/v1/checkout/sessions"
    ] == [
        "LN-261129-7KQ4-checkout-1",
        "LN-261129-7KQ4-checkout-1",
        "LN-261129-7KQ4-checkout-2",
    ]


def test_paying_again_close_to_the_deadline_gives_a_fresh_window(
    fake_stripe, order, request_, monkeypatch
):
    now = timezone.now().replace(microsecond=0)
    monkeypatch.setattr(timezone, "now", lambda: now)
    order.pay_by = now + timedelta(minutes=10)  # Stripe wants at least 30 minutes
    order.save()

    begin_checkout(request_, order)

    order.refresh_from_db()
    assert order.pay_by == now + timedelta(hours=2)
    assert fake_stripe.sessions[session_of(order)]["expires_at"] == int(order.pay_by.timestamp())


def test_paying_again_expires_the_earlier_payment_page(fake_stripe, order, request_):
    """Left open, the first page could still be paid after the second: twice the money."""
    begin_checkout(request_, order)
    first = session_of(Order.objects.get())

    begin_checkout(request_, order)

    second = session_of(Order.objects.get())
    assert second != first
    assert fake_stripe.sessions[first]["status"] == "expired"
    assert fake_stripe.sessions[second]["status"] == "open"


def test_no_new_payment_page_once_the_earlier_one_was_paid(fake_stripe, order, request_):
    """The buyer paid on the first page and its webhook has not come yet: paying again is
    refused rather than opening a second page to pay."""
    begin_checkout(request_, order)
    fake_stripe.pay(session_of(Order.objects.get()))

    with pytest.raises(TransitionNotAllowed, match="đã được thanh toán bằng thẻ"):
        begin_checkout(request_, order)

    assert len(fake_stripe.sessions) == 1


def test_paying_again_never_holds_the_order_past_its_limit(
    fake_stripe, order, request_, monkeypatch, settings
):
    """Each "pay again" near the deadline gives a fresh window, but the order holds its
    stock at most CARD_ORDER_HOLD after it was placed."""
    now = timezone.now().replace(microsecond=0)
    monkeypatch.setattr(timezone, "now", lambda: now)
    placed = now - settings.CARD_ORDER_HOLD + timedelta(hours=1)
    Order.objects.filter(pk=order.pk).update(created_at=placed, pay_by=now + timedelta(minutes=5))

    begin_checkout(request_, order)

    order.refresh_from_db()
    assert order.pay_by == placed + settings.CARD_ORDER_HOLD == now + timedelta(hours=1)
    assert fake_stripe.sessions[session_of(order)]["expires_at"] == int(order.pay_by.timestamp())
    Order.objects.filter(pk=order.pk).update(
        created_at=now - settings.CARD_ORDER_HOLD + timedelta(minutes=20),
        pay_by=now + timedelta(minutes=5),
    )
    sessions = len(fake_stripe.sessions)

    with pytest.raises(TransitionNotAllowed, match="đã đặt quá lâu"):
        begin_checkout(request_, order)

    assert len(fake_stripe.sessions) == sessions


def test_paying_again_is_refused_after_the_last_attempt(fake_stripe, order, client, settings):
    pay_again = f"/en/orders/{order.token}/pay/"
    for _attempt in range(settings.CARD_PAYMENT_ATTEMPTS):
        assert client.post(pay_again)["Location"].startswith(fake_stripe.url)

    refused = client.post(pay_again, follow=True)

    assert refused.redirect_chain == [(f"/en/orders/{order.token}/", 302)]
    assert "sent to the payment page too many times" in refused.content.decode()
    assert len(fake_stripe.sessions) == settings.CARD_PAYMENT_ATTEMPTS


@pytest.mark.parametrize(
    "change",
    [
        pytest.param({"status": Order.Status.CANCELLED}, id="cancelled"),
        pytest.param(
            {"status": Order.Status.CONFIRMED, "payment_status": Order.PaymentStatus.PAID},
            id="already-paid",
        ),
    ],
)
def test_an_order_not_awaiting_payment_is_not_sent_to_stripe(fake_stripe, order, request_, change):
    Order.objects.filter(pk=order.pk).update(**change)
    order.refresh_from_db()

    with pytest.raises(TransitionNotAllowed):
        begin_checkout(request_, order)

    assert fake_stripe.requests == []


def test_an_order_whose_lines_do_not_add_up_is_not_charged(fake_stripe, order, request_):
    Order.objects.filter(pk=order.pk).update(delivery_total=70_000)  # 5.000 ₫ short of the fees

    with pytest.raises(PaymentMismatch):
        begin_checkout(request_, order)

    assert fake_stripe.requests == []
    assert session_of(Order.objects.get()) == ""


@pytest.fixture
def paid_order(fake_stripe, order, request_):
    """The order paid on Stripe's page (the webhook's work done by hand)."""
    begin_checkout(request_, order)
    order.refresh_from_db()
    session = fake_stripe.pay(session_of(order))
    receive(latest_card_attempt(order), provider_payment_id=session["payment_intent"])
    order.refresh_from_db()
    return order


def test_a_refund_gives_the_whole_payment_back_once(fake_stripe, paid_order):
    refund_order(paid_order)
    refund_card_payment(paid_order.refunds.get())  # a request retried after a network failure

    assert [
        (refund["payment_intent"], refund["amount"], refund["currency"])
        for refund in fake_stripe.refunds.values()
    ] == [(intent_of(paid_order), 1_275_000, "vnd")]
    paid_order.refresh_from_db()
    assert paid_order.payment_status == Order.PaymentStatus.REFUNDED


def test_a_refund_stripe_refuses_is_not_recorded(fake_stripe, paid_order):
    paid_order.payments.update(provider_payment_id="pi_unknown")
    paid_order.refresh_from_db()

    with pytest.raises(stripe.InvalidRequestError, match="No such payment_intent"):
        refund_order(paid_order)

    paid_order.refresh_from_db()
    assert paid_order.payment_status == Order.PaymentStatus.PAID
    assert fake_stripe.refunds == {}


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_paying_on_stripes_page_confirms_the_order_through_the_webhook(
    fake_stripe, homes, rf, live_server
):
    order = create_order(homes)
    fake_stripe.webhook_url = live_server.url + reverse("stripe_webhook")
    url = begin_checkout(rf.post("/en/cart/checkout/"), order)

    with urllib.request.urlopen(url) as page:
        text = page.read().decode()
    assert "<h1>Test payment</h1>" in text and "Total: 1.275.000 VND" in text
    opener = urllib.request.build_opener(NoRedirects)
    with pytest.raises(urllib.error.HTTPError) as redirect:
        opener.open(urllib.request.Request(url, data=b"", method="POST"))

    assert redirect.value.code == 303
    assert redirect.value.headers["Location"] == (
        f"http://testserver/en/orders/{order.token}/?paid=card"
    )
    assert [d["status"] for d in fake_stripe.deliveries] == [200]
    order.refresh_from_db()
    assert (order.status, order.payment_status) == (
        Order.Status.CONFIRMED,
        Order.PaymentStatus.PAID,
    )
    assert intent_of(order) == fake_stripe.sessions[session_of(order)]["payment_intent"]


def test_paying_again_starts_a_new_session_and_refuses_anything_else(fake_stripe, order, client):
    pay_again = f"/en/orders/{order.token}/pay/"

    assert client.get(pay_again).status_code == 405
    assert client.post("/en/orders/not-a-token/pay/").status_code == 404
    response = client.post(pay_again)

    order.refresh_from_db()
    assert response.status_code == 302
    assert response["Location"] == f"{fake_stripe.url}/pay/{session_of(order)}"

    Order.objects.filter(pk=order.pk).update(status=Order.Status.CANCELLED)
    sessions = len(fake_stripe.sessions)
    refused = client.post(pay_again)

    assert refused["Location"] == f"/en/orders/{order.token}/"
    assert len(fake_stripe.sessions) == sessions  # nothing was sent to Stripe
