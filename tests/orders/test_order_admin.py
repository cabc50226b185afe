"""Orders in the admin: site administrators find, read, mark paid, cancel and refund orders.
Every refused step says why and changes nothing."""

import pytest
from django.urls import NoReverseMatch, reverse

from orders.models import Order
from orders.services import advance_fulfilment, flag_order
from tests.orders.admin import (
    both_cooperatives,
    message_of,
    part_of,
    refused,
    step_url,
    stock_of,
    text_of,
    vi,
    weavers_only,
)

pytestmark = pytest.mark.django_db


def test_admin_lists_filters_and_searches_orders(client, staffed_shop):
    cash = both_cooperatives(staffed_shop, name="Trần Văn Minh", phone="+84987654321")
    transfer = weavers_only(
        staffed_shop,
        status=Order.Status.AWAITING_PAYMENT,
        payment_method="vietqr",
        email="an.tran@example.test",
    )
    flagged = weavers_only(staffed_shop, payment_method="vietqr", payment_status="paid")
    flag_order(flagged, "Số tiền chuyển khoản không khớp")
    client.force_login(staffed_shop["manager"])

    def listed(query=""):
        page = client.get(reverse("orders:index") + query)
        assert page.status_code == 200
        return {
            order.code for order in (cash, transfer, flagged) if order.code in page.content.decode()
        }

    assert listed() == {cash.code, transfer.code, flagged.code}
    assert listed("?status=awaiting_payment") == {transfer.code}
    assert listed("?payment_status=paid") == {flagged.code}
    assert listed("?payment_method=cod") == {cash.code}
    assert listed("?needs_attention=true") == {flagged.code}
    assert listed("?needs_attention=false") == {cash.code, transfer.code}
    assert listed("?q=0987654321") == {cash.code}
    assert listed("?q=%2B84 987 654 321") == {cash.code}
    assert listed("?q=an.tran@") == {transfer.code}
    assert listed("?q=Minh") == {cash.code}
    assert listed(f"?q={flagged.code}") == {flagged.code}
    assert "1.610.000 ₫" in client.get(reverse("orders:index")).content.decode()


def test_order_page_shows_buyer_parts_by_cooperative_and_history(client, staffed_shop):
    order = both_cooperatives(staffed_shop, note="Gọi trước khi giao")
    advance_fulfilment(
        part_of(order, staffed_shop["weavers"]), "packed", user=staffed_shop["weaver"]
    )
    client.force_login(staffed_shop["admin"])

    page = text_of(client.get(reverse("orders:inspect", args=[order.pk])))

    for expected in (
        order.code,
        "lan@example.test",
        "0912 345 678",
        "Địa chỉ 12 Phan Đình Phùng Phường Ba Đình Thành phố Hà Nội",  # one line each
        "Gọi trước khi giao",
        "HTX Dệt",
        "Khăn thổ cẩm – Một màu",
        "Tổ Đan",
        "Gùi mây – Một màu",
        "1.610.000 ₫",
        f"weaver {vi('Packed')}: HTX Dệt",
    ):
        assert expected in page, expected


def test_marking_a_transfer_paid_confirms_the_order(client, staffed_shop):
    order = weavers_only(
        staffed_shop, status=Order.Status.AWAITING_PAYMENT, payment_method="vietqr"
    )
    client.force_login(staffed_shop["manager"])

    question = client.get(step_url("mark_paid", order))
    response = client.post(step_url("mark_paid", order))

    assert question.status_code == 200
    assert order.code in text_of(question)
    assert response.url == reverse("orders:inspect", args=[order.pk])
    assert message_of(response) == vi("Order %(code)s is marked paid.", code=order.code)
    order.refresh_from_db()
    assert (order.status, order.payment_status) == ("confirmed", "paid")
    event = order.events.get(action="paid")
    assert (event.user, event.detail) == (staffed_shop["manager"], "bank")
    page = text_of(client.get(reverse("orders:inspect", args=[order.pk])))
    assert "Chuyển khoản do nhân viên kiểm tra 380.000 ₫ Đã thanh toán" in page


def test_marking_paid_twice_is_refused_and_changes_nothing(client, staffed_shop):
    order = weavers_only(
        staffed_shop, status=Order.Status.AWAITING_PAYMENT, payment_method="vietqr"
    )
    client.force_login(staffed_shop["manager"])
    client.post(step_url("mark_paid", order))

    second = client.post(step_url("mark_paid", order))

    assert second.status_code == 302
    assert message_of(second) == vi(
        "Order %(code)s cannot be marked paid: it is paid already, or paid by card.",
        code=order.code,
    )
    assert order.events.filter(action="paid").count() == 1


def test_a_card_order_is_not_marked_paid_by_hand(client, staffed_shop):
    order = weavers_only(
        staffed_shop, status=Order.Status.AWAITING_PAYMENT, payment_method="stripe"
    )
    client.force_login(staffed_shop["manager"])

    page = client.get(reverse("orders:inspect", args=[order.pk])).content.decode()
    response = client.post(step_url("mark_paid", order))

    assert step_url("mark_paid", order) not in page
    assert step_url("cancel", order) in page
    assert response.status_code == 302
    order.refresh_from_db()
    assert (order.status, order.payment_status) == ("awaiting_payment", "unpaid")


def test_cancelling_returns_every_item_to_stock(client, staffed_shop):
    order = both_cooperatives(staffed_shop)
    assert (stock_of(staffed_shop["scarf"]), stock_of(staffed_shop["basket"])) == (47, 49)
    client.force_login(staffed_shop["manager"])

    response = client.post(step_url("cancel", order), {"reason": "Khách gọi điện huỷ"})

    assert message_of(response) == vi(
        "Order %(code)s is cancelled; its items are back on sale.", code=order.code
    )
    assert (stock_of(staffed_shop["scarf"]), stock_of(staffed_shop["basket"])) == (50, 50)
    order.refresh_from_db()
    assert order.status == "cancelled"
    assert set(order.fulfilments.values_list("status", flat=True)) == {"cancelled"}
    event = order.events.get(action="cancelled")
    assert (event.user, event.detail) == (staffed_shop["manager"], "Khách gọi điện huỷ")


def test_an_order_with_a_shipped_part_cannot_be_cancelled(client, staffed_shop):
    order = both_cooperatives(staffed_shop)
    advance_fulfilment(
        part_of(order, staffed_shop["weavers"]), "shipped", carrier="VNPost", tracking_number="EV1"
    )
    client.force_login(staffed_shop["manager"])

    response = client.post(step_url("cancel", order))

    assert message_of(response) == vi("A part of this order has already been shipped.")
    assert (stock_of(staffed_shop["scarf"]), stock_of(staffed_shop["basket"])) == (47, 49)
    order.refresh_from_db()
    assert order.status == "confirmed"
    assert not order.events.filter(action="cancelled").exists()


def test_a_cancelled_order_is_not_cancelled_again(client, staffed_shop):
    order = both_cooperatives(staffed_shop)
    client.force_login(staffed_shop["manager"])
    client.post(step_url("cancel", order))

    again = client.post(step_url("cancel", order))
    confirmation = client.get(step_url("cancel", order))

    assert message_of(again) == vi("Order %(code)s can no longer be cancelled.", code=order.code)
    assert confirmation.status_code == 302
    assert (stock_of(staffed_shop["scarf"]), stock_of(staffed_shop["basket"])) == (50, 50)
    assert order.events.filter(action="cancelled").count() == 1


def test_refunding_a_paid_transfer_records_it(client, staffed_shop):
    order = weavers_only(staffed_shop, payment_method="vietqr", payment_status="paid")
    client.force_login(staffed_shop["manager"])

    response = client.post(step_url("refund", order))

    assert message_of(response) == vi("Order %(code)s is refunded.", code=order.code)
    order.refresh_from_db()
    assert order.payment_status == "refunded"
    assert order.events.get(action="refunded").user == staffed_shop["manager"]


def test_an_unpaid_order_is_not_refunded(client, staffed_shop):
    order = weavers_only(staffed_shop)
    client.force_login(staffed_shop["manager"])

    response = client.post(step_url("refund", order))

    assert message_of(response) == vi(
        "Order %(code)s cannot be refunded: it is not paid, or refunded already.",
        code=order.code,
    )
    order.refresh_from_db()
    assert order.payment_status == "unpaid"
    assert not order.events.exists()


@pytest.mark.parametrize(
    ("fields", "steps"),
    [
        ({"status": "awaiting_payment", "payment_method": "vietqr"}, {"mark_paid", "cancel"}),
        ({"status": "awaiting_payment", "payment_method": "stripe"}, {"cancel"}),
        ({"status": "confirmed", "payment_method": "cod"}, {"mark_paid", "cancel"}),
        ({"payment_method": "stripe", "payment_status": "paid"}, {"cancel", "refund"}),
        ({"status": "cancelled", "payment_method": "cod"}, set()),
        ({"status": "cancelled", "payment_method": "vietqr"}, {"mark_paid"}),
        ({"status": "completed", "payment_status": "refunded"}, set()),
    ],
)
def test_the_order_page_offers_only_the_steps_its_state_allows(client, staffed_shop, fields, steps):
    order = weavers_only(staffed_shop, **fields)
    client.force_login(staffed_shop["manager"])

    page = client.get(reverse("orders:inspect", args=[order.pk])).content.decode()

    offered = {step for step in ("mark_paid", "cancel", "refund") if step_url(step, order) in page}
    assert offered == steps


@pytest.mark.parametrize("view", ["add", "edit", "delete", "copy", "history"])
def test_orders_are_not_added_edited_or_deleted_in_the_admin(view):
    with pytest.raises(NoReverseMatch):
        reverse(f"orders:{view}", args=[] if view == "add" else [1])


@pytest.mark.parametrize("who", ["editor", "weaver"])
def test_editors_and_cooperative_staff_are_refused_orders(client, staffed_shop, who):
    order = both_cooperatives(
        staffed_shop, status=Order.Status.AWAITING_PAYMENT, payment_method="vietqr"
    )
    client.force_login(staffed_shop[who])

    for url in (
        reverse("orders:index"),
        reverse("orders:inspect", args=[order.pk]),
        step_url("mark_paid", order),
        step_url("cancel", order),
        step_url("refund", order),
    ):
        assert refused(client.get(url)), url
        assert refused(client.post(url)), url
    assert reverse("orders:index") not in client.get(reverse("wagtailadmin_home")).content.decode()
    order.refresh_from_db()
    assert (order.status, order.payment_status) == ("awaiting_payment", "unpaid")
