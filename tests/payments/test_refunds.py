"""Refunds per item: staff give back some items or delivery fees, by card through Stripe or
by a transfer they made; what they ask is checked against what is left, the stock comes back
only with the items, the buyer sees and is told what was refunded, and the sales figures
leave the refunded items out."""

import pytest
import stripe
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from orders.models import Order
from orders.sales import sales_this_month
from payments.methods import refund_order
from payments.models import Payment, Refund
from payments.refunds import RefundRefused, refund_items
from payments.services import refunded_by_provider
from tests.factories.orders import make_order
from tests.html import soup
from tests.orders.admin import both_cooperatives, message_of, part_of, step_url, stock_of, vi

pytestmark = pytest.mark.django_db

SCARF, BASKET, FEE = 350_000, 500_000, 30_000
# Three scarves and a basket, each cooperative's parcel with its fee.
TOTAL = 3 * SCARF + BASKET + 2 * FEE


def paid(shop, method, **fields):
    """A confirmed order of three scarves and a basket, paid whole through `method`."""
    return both_cooperatives(shop, payment_method=method, payment_status="paid", **fields)


def paid_by_card(shop, fake_stripe, **fields):
    """The order paid on (fake) Stripe's page: its payment is Stripe's payment intent."""
    order = paid(shop, "stripe", **fields)
    item = {"currency": "vnd", "unit_amount": order.total, "product_data": {"name": order.code}}
    session = fake_stripe.create_session({"line_items": [{"quantity": 1, "price_data": item}]})
    fake_stripe.pay(session["id"])
    order.payments.update(provider_payment_id=session["payment_intent"])
    return order


def line_of(order, product):
    return order.lines.get(product_title=product.title)


def nothing_refunded(order, stock_before, shop):
    assert not Refund.objects.filter(order=order).exists()
    assert [line.refunded_quantity for line in order.lines.all()] == [0, 0]
    assert stock_of(shop["scarf"]) == stock_before
    order.refresh_from_db()
    assert order.payment_status == Order.PaymentStatus.PAID


def test_a_card_refund_of_one_returned_item_goes_through_stripe_and_puts_it_back_on_sale(
    staffed_shop, fake_stripe, django_capture_on_commit_callbacks
):
    shop = staffed_shop
    order = paid_by_card(shop, fake_stripe, language="en")
    scarves = line_of(order, shop["scarf"])
    stock_before = stock_of(shop["scarf"])
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        [refund] = refund_items(
            order, {scarves: 1}, returned=True, reason="Torn on arrival", user=shop["manager"]
        )

    [sent] = fake_stripe.refunds.values()
    assert (sent["amount"], sent["payment_intent"]) == (
        SCARF,
        order.payments.get().provider_payment_id,
    )
    assert fake_stripe.requests[-1].idempotency_key == f"{order.code}-refund-{refund.pk}"
    refund.refresh_from_db()
    assert (refund.status, refund.amount, refund.provider_refund_id) == ("sent", SCARF, sent["id"])
    assert refund.sent_at is not None
    assert list(refund.lines.values_list("order_line", "quantity", "amount", "returned")) == [
        (scarves.pk, 1, SCARF, True)
    ]
    scarves.refresh_from_db()
    assert (scarves.refunded_quantity, scarves.kept_quantity) == (1, 2)
    assert stock_of(shop["scarf"]) == stock_before + 1
    order.refresh_from_db()
    assert order.payment_status == Order.PaymentStatus.PAID  # the rest is still paid
    assert order.payments.get().status == Payment.Status.PAID
    [message] = mail.outbox
    assert message.to == [order.email]
    assert message.subject == f"Refund for order {order.code}"
    assert "We have refunded 350,000 VND of order" in message.body
    assert "5 to 10 working days" in message.body


def test_items_that_did_not_come_back_stay_off_sale(staffed_shop, fake_stripe):
    shop = staffed_shop
    order = paid_by_card(shop, fake_stripe)
    stock_before = stock_of(shop["scarf"])

    refund_items(order, {line_of(order, shop["scarf"]): 2}, reason="Lost by the carrier")

    assert stock_of(shop["scarf"]) == stock_before
    assert line_of(order, shop["scarf"]).refunded_quantity == 2


def test_a_transfer_refund_records_the_bank_reference_staff_give(
    staffed_shop, fake_stripe, django_capture_on_commit_callbacks
):
    shop = staffed_shop
    order = paid(shop, "vietqr")
    baskets = part_of(order, shop["baskets"])
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        [refund] = refund_items(
            order,
            {line_of(order, shop["basket"]): 1},
            delivery={baskets: FEE},
            returned=True,
            reason="Gùi bị vỡ",
            user=shop["manager"],
            bank_reference="FT26340123456",
        )

    assert fake_stripe.requests == []
    refund.refresh_from_db()
    assert (refund.status, refund.amount, refund.bank_reference) == (
        "sent",
        BASKET + FEE,
        "FT26340123456",
    )
    assert refund.recorded_by == shop["manager"]
    assert set(refund.lines.values_list("order_line", "amount")) == {
        (line_of(order, shop["basket"]).pk, BASKET),
        (None, FEE),
    }
    [message] = mail.outbox
    assert message.subject == f"Hoàn tiền cho đơn hàng {order.code}"
    assert "Mã giao dịch: FT26340123456." in message.body
    assert "Phí giao hàng từ Tổ Đan: 30.000" in message.body


def test_once_everything_is_refunded_item_by_item_the_order_is_refunded(staffed_shop):
    shop = staffed_shop
    order = paid(shop, "vietqr")
    weavers, baskets = part_of(order, shop["weavers"]), part_of(order, shop["baskets"])

    refund_items(order, {line_of(order, shop["scarf"]): 3}, delivery={weavers: FEE})
    order.refresh_from_db()
    assert order.payment_status == Order.PaymentStatus.PAID

    refund_items(order, {line_of(order, shop["basket"]): 1}, delivery={baskets: FEE})

    order.refresh_from_db()
    assert order.payment_status == Order.PaymentStatus.REFUNDED
    assert order.payments.get().status == Payment.Status.REFUNDED
    assert sum(order.refunds.values_list("amount", flat=True)) == TOTAL


def test_the_whole_order_refund_gives_back_only_what_is_left(staffed_shop, fake_stripe):
    shop = staffed_shop
    order = paid_by_card(shop, fake_stripe)
    refund_items(order, {line_of(order, shop["scarf"]): 1}, returned=True)
    stock_before = stock_of(shop["scarf"])

    refund_order(order, user=shop["manager"])

    assert [refund["amount"] for refund in fake_stripe.refunds.values()] == [SCARF, TOTAL - SCARF]
    assert stock_of(shop["scarf"]) == stock_before  # what did not come back stays off sale
    order.refresh_from_db()
    assert order.payment_status == Order.PaymentStatus.REFUNDED
    assert [line.kept_quantity for line in order.lines.all()] == [0, 0]
    with pytest.raises(RefundRefused):
        refund_items(order, {line_of(order, shop["scarf"]): 1})


@pytest.mark.parametrize(
    "ask, refusal",
    [
        (lambda o, s: {"lines": {line_of(o, s["scarf"]): 4}}, "Chỉ còn 3 “Khăn thổ cẩm”"),
        (lambda o, s: {"lines": {line_of(o, s["scarf"]): -1}}, "Chỉ còn 3 “Khăn thổ cẩm”"),
        (lambda o, s: {"lines": {line_of(o, s["scarf"]): "1"}}, "Chỉ còn 3 “Khăn thổ cẩm”"),
        (lambda o, s: {"lines": {line_of(o, s["scarf"]): 0}}, "Hãy chọn ít nhất một"),
        (lambda o, s: {}, "Hãy chọn ít nhất một"),
        (
            lambda o, s: {"delivery": {part_of(o, s["weavers"]): FEE + 1}},
            "Phí giao hàng của HTX Dệt chỉ còn 30000 đồng",
        ),
        (
            lambda o, s: {"delivery": {part_of(o, s["weavers"]): -FEE}},
            "Phí giao hàng của HTX Dệt chỉ còn 30000 đồng",
        ),
        (
            lambda o, s: {"lines": {line_of(weavers_order(s), s["scarf"]): 1}},
            "Một món hàng được yêu cầu không thuộc đơn này.",
        ),
        (
            lambda o, s: {"delivery": {part_of(weavers_order(s), s["weavers"]): FEE}},
            "Một kiện hàng được yêu cầu không thuộc đơn này.",
        ),
    ],
    ids=[
        "more-than-bought",
        "negative",
        "not-a-number",
        "nothing",
        "empty",
        "more-than-the-fee",
        "negative-fee",
        "another-orders-line",
        "another-orders-parcel",
    ],
)
def test_what_cannot_be_refunded_is_refused_with_a_reason_and_nothing_recorded(
    staffed_shop, ask, refusal
):
    shop = staffed_shop
    order = paid(shop, "vietqr")
    asked = ask(order, shop)
    stock_before = stock_of(shop["scarf"])

    with pytest.raises(RefundRefused) as refused:
        refund_items(order, **asked, returned=True, bank_reference="FT1")

    assert str(refused.value).startswith(refusal)
    nothing_refunded(order, stock_before, shop)


def weavers_order(shop):
    return make_order({shop["weavers"]: [(shop["scarf"], 1)]}, payment_status="paid")


def test_an_order_not_paid_is_not_refunded(staffed_shop):
    shop = staffed_shop
    order = both_cooperatives(shop, payment_method="vietqr", status=Order.Status.AWAITING_PAYMENT)

    with pytest.raises(RefundRefused, match="Chỉ hoàn tiền được cho đơn đã thanh toán."):
        refund_items(order, {line_of(order, shop["scarf"]): 1})

    assert not Refund.objects.exists()


def test_what_was_refunded_once_cannot_be_refunded_again(staffed_shop):
    shop = staffed_shop
    order = paid(shop, "vietqr")
    scarves = line_of(order, shop["scarf"])
    refund_items(order, {scarves: 2})

    with pytest.raises(RefundRefused, match="Chỉ còn 1 “Khăn thổ cẩm”"):
        refund_items(order, {scarves: 2})

    assert list(order.refunds.values_list("amount", flat=True)) == [2 * SCARF]


def test_a_refund_stripe_refuses_is_recorded_failed_and_changes_nothing_else(
    staffed_shop, fake_stripe
):
    shop = staffed_shop
    order = paid_by_card(shop, fake_stripe)
    order.payments.update(provider_payment_id="pi_unknown")
    stock_before = stock_of(shop["scarf"])

    with pytest.raises(stripe.InvalidRequestError, match="No such payment_intent"):
        refund_items(order, {line_of(order, shop["scarf"]): 1}, returned=True)

    assert list(order.refunds.values_list("status", flat=True)) == ["failed"]
    assert line_of(order, shop["scarf"]).refunded_quantity == 0
    assert stock_of(shop["scarf"]) == stock_before
    order.refresh_from_db()
    assert order.payment_status == Order.PaymentStatus.PAID
    # Tried again once Stripe is right, the items are still there to refund.
    order.payments.update(
        provider_payment_id=list(fake_stripe.sessions.values())[0]["payment_intent"]
    )
    refund_items(order, {line_of(order, shop["scarf"]): 1})
    assert line_of(order, shop["scarf"]).refunded_quantity == 1


def test_a_refund_made_in_stripes_dashboard_is_given_its_items_without_refunding_again(
    staffed_shop, fake_stripe
):
    shop = staffed_shop
    order = paid_by_card(shop, fake_stripe)
    refunded_by_provider(order.payments.get(), total=SCARF, refund_ids=["re_dashboard"])
    order.refresh_from_db()
    assert order.attention.startswith("Đã hoàn tiền trên bảng điều khiển Stripe")
    requests_before = len(fake_stripe.requests)

    [refund] = refund_items(order, {line_of(order, shop["scarf"]): 1}, returned=True)

    assert len(fake_stripe.requests) == requests_before  # no money sent twice
    assert (refund.provider_refund_id, refund.amount, refund.items_unknown) == (
        "re_dashboard",
        SCARF,
        False,
    )
    assert order.refunds.count() == 1
    assert line_of(order, shop["scarf"]).refunded_quantity == 1
    order.refresh_from_db()
    assert order.attention == ""


def test_the_cooperatives_dashboard_counts_only_the_items_kept(staffed_shop):
    shop = staffed_shop
    order = paid(shop, "vietqr", status=Order.Status.COMPLETED)
    refund_items(order, {line_of(order, shop["scarf"]): 2})
    baskets_order = make_order({shop["baskets"]: [(shop["basket"], 2)]}, payment_status="paid")
    refund_items(baskets_order, {line_of(baskets_order, shop["basket"]): 2})

    sales = sales_this_month([shop["weavers"].translation_key, shop["baskets"].translation_key])

    weavers = sales[shop["weavers"].translation_key]
    assert (weavers.orders, weavers.revenue, weavers.makers_share) == (1, SCARF, SCARF * 60 // 100)
    baskets = sales[shop["baskets"].translation_key]
    assert (baskets.orders, baskets.revenue) == (1, BASKET)  # the order refunded whole is out


# The admin's "Refund items" step.


def form_of(client, order):
    """The step's form as staff get it: its fields and their values."""
    response = client.get(step_url("refund_items", order))
    assert response.status_code == 200
    page = soup(response)
    return page, {
        field["name"]: field.get("value", "")
        for field in page.select("form input[name]")
        if field["type"] not in ("checkbox", "submit")
    }


def test_staff_refund_items_from_the_order_page(client, staffed_shop):
    shop = staffed_shop
    order = paid(shop, "vietqr")
    client.force_login(shop["manager"])
    page, data = form_of(client, order)
    scarves = line_of(order, shop["scarf"])
    weavers = part_of(order, shop["weavers"])
    assert page.select_one(f"input[name=line_{scarves.pk}]")["max"] == "3"
    assert "Hoàn tiền món hàng" in page.get_text()

    data |= {
        f"line_{scarves.pk}": "1",
        f"delivery_{weavers.pk}": str(FEE),
        "returned": "on",
        "reason": "Khăn bị rách",
        "bank_reference": "FT26340000001",
    }
    response = client.post(step_url("refund_items", order), data)

    assert message_of(response) == vi(
        "The refund of order %(code)s is recorded; the buyer is told by e-mail.", code=order.code
    )
    [refund] = order.refunds.all()
    assert (refund.amount, refund.bank_reference, refund.recorded_by) == (
        SCARF + FEE,
        "FT26340000001",
        shop["manager"],
    )
    detail = client.get(response.url).content.decode()
    assert "FT26340000001" in detail and "Khăn bị rách" in detail

    again = client.post(step_url("refund_items", order), data)  # the same form, sent twice

    assert message_of(again) == vi(
        "Nothing more of order %(code)s was refunded: this form was sent already, or the "
        "order is no longer paid.",
        code=order.code,
    )
    assert order.refunds.count() == 1
    scarves.refresh_from_db()
    assert scarves.refunded_quantity == 1


@pytest.mark.parametrize(
    "change, error",
    [
        ({"line": "abc"}, vi("Enter a whole number.")),
        (
            {"line": "4"},
            vi("Ensure this value is less than or equal to %(limit_value)s.", limit_value=3),
        ),
        (
            {"line": "-1"},
            vi("Ensure this value is greater than or equal to %(limit_value)s.", limit_value=0),
        ),
        ({"line": "0"}, "Hãy chọn ít nhất một món hàng hoặc phí giao hàng để hoàn tiền."),
        ({"bank_reference": ""}, vi("This field is required.")),
    ],
    ids=["not-a-number", "too-many", "negative", "nothing", "no-bank-reference"],
)
def test_a_form_that_cannot_be_refunded_is_shown_again_with_the_reason(
    client, staffed_shop, change, error
):
    shop = staffed_shop
    order = paid(shop, "vietqr")
    client.force_login(shop["manager"])
    _page, data = form_of(client, order)
    scarves = line_of(order, shop["scarf"])
    data |= {f"line_{scarves.pk}": "1", "reason": "Lỗi", "bank_reference": "FT1"}
    if "line" in change:
        data[f"line_{scarves.pk}"] = change["line"]
    if "bank_reference" in change:
        data["bank_reference"] = change["bank_reference"]

    response = client.post(step_url("refund_items", order), data)

    assert response.status_code == 200
    assert error in soup(response).select_one("form").get_text(" ", strip=True)
    assert not order.refunds.exists()


def test_a_card_order_needs_no_bank_reference(client, staffed_shop, fake_stripe):
    shop = staffed_shop
    order = paid_by_card(shop, fake_stripe)
    client.force_login(shop["manager"])
    page, data = form_of(client, order)
    assert page.select_one("input[name=bank_reference]") is None
    scarves = line_of(order, shop["scarf"])

    client.post(step_url("refund_items", order), data | {f"line_{scarves.pk}": "1", "reason": "x"})

    assert [refund["amount"] for refund in fake_stripe.refunds.values()] == [SCARF]


def test_the_buyer_sees_what_was_refunded_on_the_order_page(client, staffed_shop):
    shop = staffed_shop
    order = paid(shop, "vietqr", language="en")
    refund_items(
        order,
        {line_of(order, shop["scarf"]): 1},
        delivery={part_of(order, shop["weavers"]): FEE},
        bank_reference="FT1",
    )

    with translation.override("en"):
        page = client.get(order.get_absolute_url())

    section = soup(page).select_one("section[aria-labelledby=refunds]")
    assert [
        [cell.get_text(" ", strip=True) for cell in row.select("td")]
        for row in section.select("tbody tr")
    ] == [
        ["Khăn thổ cẩm (Một màu)", "1", "350,000 VND"],
        ["Delivery from Weavers", "", "30,000 VND"],
    ]
    assert "380,000 VND" in section.get_text(" ", strip=True)


def queries_of(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_pages_listing_refunds_read_them_in_as_many_queries_however_many(client, staffed_shop):
    shop = staffed_shop
    order = paid(shop, "vietqr")
    scarves = line_of(order, shop["scarf"])
    refund_items(order, {scarves: 1}, delivery={part_of(order, shop["weavers"]): FEE})
    client.force_login(shop["manager"])
    admin_page = reverse("orders:inspect", args=[order.pk])
    queries_of(client, order.get_absolute_url())  # the site's caches filled once
    one = queries_of(client, order.get_absolute_url()), queries_of(client, admin_page)

    refund_items(order, {scarves: 1})
    refund_items(order, {scarves: 1, line_of(order, shop["basket"]): 1}, returned=True)

    assert (queries_of(client, order.get_absolute_url()), queries_of(client, admin_page)) == one
