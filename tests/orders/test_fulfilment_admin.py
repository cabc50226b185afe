"""Each cooperative's staff see, pack and ship only their own parts of orders (Orders to
send); every refused step says why and changes nothing."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from orders.admin_fulfilments import FulfilmentPermissionPolicy
from orders.models import Fulfilment, Order, OrderEvent
from orders.services import advance_fulfilment
from tests.factories.orders import make_order
from tests.html import soup
from tests.orders.admin import (
    FULFILMENT_LIST_BUDGET,
    both_cooperatives,
    message_of,
    part_of,
    refused,
    text_of,
    vi,
    weavers_only,
)

pytestmark = pytest.mark.django_db


def test_editors_do_not_see_orders_to_send(client, staffed_shop):
    order = both_cooperatives(staffed_shop)
    client.force_login(staffed_shop["editor"])

    assert refused(client.get(reverse("fulfilments:index")))
    edit = reverse("fulfilments:edit", args=[part_of(order, staffed_shop["weavers"]).pk])
    assert refused(client.get(edit))
    assert (
        reverse("fulfilments:index")
        not in client.get(reverse("wagtailadmin_home")).content.decode()
    )


# Cooperative staff: their own parts.


def test_staff_see_only_their_own_parts_of_paid_or_cash_orders(client, staffed_shop):
    mixed = both_cooperatives(staffed_shop)
    baskets_only = make_order({staffed_shop["baskets"]: [(staffed_shop["basket"], 1)]})
    unpaid = weavers_only(
        staffed_shop, status=Order.Status.AWAITING_PAYMENT, payment_method="vietqr"
    )
    client.force_login(staffed_shop["weaver"])

    page = client.get(reverse("fulfilments:index")).content.decode()

    assert mixed.code in page
    assert baskets_only.code not in page
    assert unpaid.code not in page
    for order, cooperative in [(baskets_only, "baskets"), (mixed, "baskets"), (unpaid, "weavers")]:
        part = part_of(order, staffed_shop[cooperative])
        edit = reverse("fulfilments:edit", args=[part.pk])
        assert refused(client.get(edit))
        assert refused(client.post(edit, {"status": "packed"}))
        assert refused(client.get(reverse("fulfilments:packing_slip", args=[part.pk])))
    assert set(Fulfilment.objects.values_list("status", flat=True)) == {"new"}


def test_a_moderator_on_one_cooperatives_staff_sees_only_that_cooperatives_parts(
    client, staffed_shop
):
    """Page rights reach every cooperative's page for a moderator; buyers' names and
    addresses follow the staff group, not the pages one may edit."""
    moderator = staffed_shop["weaver"]
    moderator.groups.add(Group.objects.get(name="Moderators"))
    mixed = both_cooperatives(staffed_shop)
    baskets_only = make_order({staffed_shop["baskets"]: [(staffed_shop["basket"], 1)]})
    client.force_login(moderator)

    page = client.get(reverse("fulfilments:index")).content.decode()

    assert mixed.code in page
    assert baskets_only.code not in page
    edit = reverse("fulfilments:edit", args=[part_of(baskets_only, staffed_shop["baskets"]).pk])
    assert refused(client.get(edit))


def test_staff_see_parts_of_orders_placed_in_english(client, staffed_shop):
    order = make_order({staffed_shop["weavers_en"]: [(staffed_shop["scarf"], 1)]})
    client.force_login(staffed_shop["weaver"])

    assert order.code in client.get(reverse("fulfilments:index")).content.decode()
    part = order.fulfilments.get()
    assert client.get(reverse("fulfilments:edit", args=[part.pk])).status_code == 200


def test_new_parts_come_first(client, staffed_shop):
    older = weavers_only(staffed_shop)
    newer = weavers_only(staffed_shop)
    newest = weavers_only(staffed_shop)
    advance_fulfilment(newest.fulfilments.get(), "packed")
    client.force_login(staffed_shop["weaver"])

    page = client.get(reverse("fulfilments:index")).content.decode()

    assert page.index(newer.code) < page.index(older.code) < page.index(newest.code)


def test_a_part_shows_its_own_lines_and_where_to_send_them(client, staffed_shop):
    order = both_cooperatives(staffed_shop, note="Gọi trước khi giao")
    client.force_login(staffed_shop["weaver"])

    page = text_of(
        client.get(reverse("fulfilments:edit", args=[part_of(order, staffed_shop["weavers"]).pk]))
    )

    for expected in (
        order.code,
        "Nguyễn Thị Lan",
        "0912 345 678",
        "Địa chỉ 12 Phan Đình Phùng Phường Ba Đình Thành phố Hà Nội",  # one line each
        "Gọi trước khi giao",
        "Khăn thổ cẩm – Một màu KHAN-01 · 350.000 ₫ 3 1.050.000 ₫",
        "1.080.000 ₫",  # three scarves and the delivery fee
    ):
        assert expected in page, expected
    assert "Gùi mây" not in page
    assert "GUI-01" not in page
    assert "lan@example.test" not in page


def test_staff_take_their_part_from_new_to_delivered(client, staffed_shop):
    order = both_cooperatives(staffed_shop)
    part = part_of(order, staffed_shop["weavers"])
    url = reverse("fulfilments:edit", args=[part.pk])
    client.force_login(staffed_shop["weaver"])

    packed = client.post(url, {"status": "packed"})
    untracked = client.post(url, {"status": "shipped", "carrier": "Viettel Post"})
    part.refresh_from_db()
    assert part.status == "packed"
    shipped = client.post(
        url, {"status": "shipped", "carrier": "Viettel Post", "tracking_number": "VTP123"}
    )
    delivered = client.post(url, {"status": "delivered"})

    assert message_of(packed) == vi("Order %(code)s: marked packed.", code=order.code)
    assert untracked.status_code == 200
    assert "tracking_number" in untracked.context["ship_form"].errors
    assert message_of(shipped) == vi(
        "Order %(code)s: marked shipped; the buyer is told.", code=order.code
    )
    assert message_of(delivered) == vi("Order %(code)s: marked delivered.", code=order.code)
    part.refresh_from_db()
    assert (part.status, part.carrier, part.tracking_number) == (
        "delivered",
        "Viettel Post",
        "VTP123",
    )
    order.refresh_from_db()
    assert (order.status, order.payment_status) == ("confirmed", "unpaid")
    assert [event.action for event in order.events.all()] == ["packed", "shipped", "delivered"]

    client.force_login(staffed_shop["basket_maker"])
    other = reverse("fulfilments:edit", args=[part_of(order, staffed_shop["baskets"]).pk])
    client.post(other, {"status": "shipped", "carrier": "GHN", "tracking_number": "GHN9"})
    client.post(other, {"status": "delivered"})

    order.refresh_from_db()
    assert (order.status, order.payment_status) == ("completed", "paid")


def test_shipping_without_a_carrier_or_tracking_number_changes_nothing(client, staffed_shop):
    order = weavers_only(staffed_shop)
    part = order.fulfilments.get()
    client.force_login(staffed_shop["weaver"])

    response = client.post(reverse("fulfilments:edit", args=[part.pk]), {"status": "shipped"})

    assert response.status_code == 200
    assert set(response.context["ship_form"].errors) == {"carrier", "tracking_number"}
    part.refresh_from_db()
    assert (part.status, part.tracking_number, part.shipped_at) == ("new", "", None)
    assert not order.events.exists()


@pytest.mark.parametrize(
    ("status", "step"),
    [("new", "delivered"), ("packed", "packed"), ("new", "cancelled"), ("new", "nonsense")],
)
def test_a_step_out_of_turn_is_refused_with_a_message(client, staffed_shop, status, step):
    order = weavers_only(staffed_shop)
    part = order.fulfilments.get()
    Fulfilment.objects.filter(pk=part.pk).update(status=status)
    client.force_login(staffed_shop["weaver"])

    response = client.post(reverse("fulfilments:edit", args=[part.pk]), {"status": step})

    assert response.status_code == 302
    assert message_of(response) == vi("This part of the order cannot be marked that way now.")
    part.refresh_from_db()
    assert part.status == status
    assert not OrderEvent.objects.exists()


def test_packing_slip_is_a_printable_page_of_the_own_part(client, staffed_shop):
    order = both_cooperatives(staffed_shop)
    client.force_login(staffed_shop["weaver"])

    response = client.get(
        reverse("fulfilments:packing_slip", args=[part_of(order, staffed_shop["weavers"]).pk])
    )

    document = soup(response)
    text = document.get_text(" ", strip=True)
    assert response.status_code == 200
    assert "@media print" in document.style.string
    assert not document.select("aside, nav, .sidebar, #wagtail-sidebar")
    for expected in (order.code, "Nguyễn Thị Lan", "0912 345 678", "Phường Ba Đình", "KHAN-01 3"):
        assert expected in text, expected
    assert "Gùi mây" not in text


@pytest.mark.parametrize("who", ["admin", "manager"])
def test_site_administrators_see_every_cooperatives_parts(client, staffed_shop, who):
    order = both_cooperatives(staffed_shop)
    client.force_login(staffed_shop[who])

    page = text_of(client.get(reverse("fulfilments:index")))

    assert page.count(order.code) == 2
    assert "HTX Dệt" in page
    assert "Tổ Đan" in page


@pytest.mark.parametrize("orders", [1, 8])
def test_the_list_of_parts_costs_the_same_queries_for_any_number_of_orders(
    client, staffed_shop, orders, django_assert_max_num_queries
):
    for _ in range(orders):
        both_cooperatives(staffed_shop)
    client.force_login(staffed_shop["weaver"])
    client.get(reverse("fulfilments:index"))

    with django_assert_max_num_queries(FULFILMENT_LIST_BUDGET):
        response = client.get(reverse("fulfilments:index"))

    assert response.status_code == 200


def test_the_dashboard_counts_orders_to_pack(client, staffed_shop):
    weavers_only(staffed_shop)
    weavers_only(staffed_shop)
    packed = weavers_only(staffed_shop)
    advance_fulfilment(packed.fulfilments.get(), "packed")
    make_order({staffed_shop["baskets"]: [(staffed_shop["basket"], 1)]})
    client.force_login(staffed_shop["weaver"])

    panel = soup(client.get(reverse("wagtailadmin_home"))).select_one("#cooperative-home-section")

    link = panel.select_one(f'a[href="{reverse("fulfilments:index")}?status=new"]')
    assert link.select_one(".coop-action__count").get_text(strip=True) == "2"


def test_group_settings_offer_the_order_permissions(client, staffed_shop):
    client.force_login(staffed_shop["admin"])

    page = client.get(reverse("wagtailusers_groups:add")).content.decode()

    for codename in ("manage_order", "view_fulfilment", "change_fulfilment"):
        assert f'value="{Permission.objects.get(codename=codename).pk}"' in page, codename
    for codename in ("add_order", "change_order", "add_fulfilment", "delete_fulfilment"):
        assert f'value="{Permission.objects.get(codename=codename).pk}"' not in page, codename


def test_who_may_send_parts_of_orders(staffed_shop):
    policy = FulfilmentPermissionPolicy(Fulfilment)

    senders = set(policy.users_with_any_permission(["change"]).values_list("username", flat=True))

    assert senders == {"weaver", "basket-maker", "root", "manager"}
    assert not policy.users_with_any_permission(["delete"]).exists()
