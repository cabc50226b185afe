"""Orders in the admin: site administrators find, read, mark paid, cancel and refund orders;
each cooperative's staff see, pack and ship only their own parts of them. Every refused step
says why and changes nothing."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.messages import get_messages
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from catalog.models import ProductVariant
from catalog.staff import ensure_staff_group
from orders.admin_fulfilments import FulfilmentPermissionPolicy
from orders.models import Fulfilment, Order, OrderEvent
from orders.services import advance_fulfilment, flag_order
from tests.factories.catalog import add_cooperative, add_product, add_shop
from tests.factories.orders import make_order
from tests.factories.pages import add_translation
from tests.html import soup

pytestmark = pytest.mark.django_db

# Queries of the list of parts to send, whatever the number of orders: 12 for cooperative
# staff (the admin's session, user, permissions and menu, their page permissions, the count
# and one page of parts with their orders and cooperatives in a single query).
FULFILMENT_LIST_BUDGET = 12


def staff_of(cooperative, username):
    user = get_user_model().objects.create_user(username=username, password="x")
    user.groups.add(ensure_staff_group(cooperative))
    return user


def stock_of(product):
    return ProductVariant.objects.get(product_key=product.translation_key).stock


def message_of(response):
    """The text of the message the request left for the next admin page."""
    *_earlier, message = get_messages(response.wsgi_request)
    return BeautifulSoup(str(message), "html.parser").get_text(strip=True)


def vi(message, **values):
    """`message` as staff read it: in Vietnamese, the admin's language, once translated."""
    with translation.override("vi"):
        return translation.gettext(message) % values


def refused(response):
    """Wagtail refuses an admin page with 403, or by sending the user to the dashboard with
    a message."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    )


def text_of(response):
    return soup(response).get_text(" ", strip=True)


@pytest.fixture
def shop(homes):
    shop = add_shop(homes["vi"])
    shop_en = add_translation(shop, homes["en"], "Shop", "shop")
    weavers = add_cooperative(shop, "HTX Dệt", slug="htx-det")
    weavers_en = add_translation(
        weavers, shop_en, "Weavers", "weavers", legal_name="HTX Dệt", kind="cooperative"
    )
    baskets = add_cooperative(shop, "Tổ Đan", slug="to-dan")
    scarf = add_product(weavers, "Khăn thổ cẩm", price=350_000, stock=50, sku="KHAN-01")
    basket = add_product(baskets, "Gùi mây", price=500_000, stock=50, sku="GUI-01")
    users = get_user_model().objects
    manager = users.create_user(username="manager", password="x")
    manager.user_permissions.add(
        Permission.objects.get(codename="manage_order"),
        Permission.objects.get(codename="access_admin"),
    )
    editor = users.create_user(username="editor", password="x")
    editor.groups.add(Group.objects.get(name="Editors"))
    return {
        "weavers": weavers,
        "weavers_en": weavers_en,
        "baskets": baskets,
        "scarf": scarf,
        "basket": basket,
        "weaver": staff_of(weavers, "weaver"),
        "basket_maker": staff_of(baskets, "basket-maker"),
        "admin": users.create_superuser("root", "root@example.test", "x"),
        "manager": manager,
        "editor": editor,
    }


def both_cooperatives(shop, **fields):
    """An order of 3 scarves from the weavers and 1 basket from the basket makers."""
    return make_order(
        {shop["weavers"]: [(shop["scarf"], 3)], shop["baskets"]: [(shop["basket"], 1)]},
        **fields,
    )


def weavers_only(shop, **fields):
    return make_order({shop["weavers"]: [(shop["scarf"], 1)]}, **fields)


def part_of(order, cooperative):
    return order.fulfilments.get(cooperative__translation_key=cooperative.translation_key)


def step_url(name, order):
    return reverse(f"orders:{name}", args=[order.pk])


# Site administrators: every order.


def test_admin_lists_filters_and_searches_orders(client, shop):
    cash = both_cooperatives(shop, name="Trần Văn Minh", phone="0987654321")
    transfer = weavers_only(
        shop,
        status=Order.Status.AWAITING_PAYMENT,
        payment_method="vietqr",
        email="an.tran@example.test",
    )
    flagged = weavers_only(shop, payment_method="vietqr", payment_status="paid")
    flag_order(flagged, "Số tiền chuyển khoản không khớp")
    client.force_login(shop["manager"])

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
    assert listed("?q=an.tran@") == {transfer.code}
    assert listed("?q=Minh") == {cash.code}
    assert listed(f"?q={flagged.code}") == {flagged.code}
    assert "1.610.000 ₫" in client.get(reverse("orders:index")).content.decode()


def test_order_page_shows_buyer_parts_by_cooperative_and_history(client, shop):
    order = both_cooperatives(shop, note="Gọi trước khi giao")
    advance_fulfilment(part_of(order, shop["weavers"]), "packed", user=shop["weaver"])
    client.force_login(shop["admin"])

    page = text_of(client.get(reverse("orders:inspect", args=[order.pk])))

    for expected in (
        order.code,
        "lan@example.test",
        "0912345678",
        "12 Phan Đình Phùng, Phường Ba Đình, Thành phố Hà Nội",
        "Gọi trước khi giao",
        "HTX Dệt",
        "Khăn thổ cẩm – Một màu",
        "Tổ Đan",
        "Gùi mây – Một màu",
        "1.610.000 ₫",
        f"weaver {vi('Packed')}: HTX Dệt",
    ):
        assert expected in page, expected


def test_marking_a_transfer_paid_confirms_the_order(client, shop):
    order = weavers_only(shop, status=Order.Status.AWAITING_PAYMENT, payment_method="vietqr")
    client.force_login(shop["manager"])

    question = client.get(step_url("mark_paid", order))
    response = client.post(step_url("mark_paid", order))

    assert question.status_code == 200
    assert order.code in text_of(question)
    assert response.url == reverse("orders:inspect", args=[order.pk])
    assert message_of(response) == vi("Order %(code)s is marked paid.", code=order.code)
    order.refresh_from_db()
    assert (order.status, order.payment_status) == ("confirmed", "paid")
    event = order.events.get(action="paid")
    assert (event.user, event.detail) == (shop["manager"], "staff")


def test_marking_paid_twice_is_refused_and_changes_nothing(client, shop):
    order = weavers_only(shop, status=Order.Status.AWAITING_PAYMENT, payment_method="vietqr")
    client.force_login(shop["manager"])
    client.post(step_url("mark_paid", order))

    second = client.post(step_url("mark_paid", order))

    assert second.status_code == 302
    assert message_of(second) == vi(
        "Order %(code)s cannot be marked paid: it is paid already, or paid by card.",
        code=order.code,
    )
    assert order.events.filter(action="paid").count() == 1


def test_a_card_order_is_not_marked_paid_by_hand(client, shop):
    order = weavers_only(shop, status=Order.Status.AWAITING_PAYMENT, payment_method="stripe")
    client.force_login(shop["manager"])

    page = client.get(reverse("orders:inspect", args=[order.pk])).content.decode()
    response = client.post(step_url("mark_paid", order))

    assert step_url("mark_paid", order) not in page
    assert step_url("cancel", order) in page
    assert response.status_code == 302
    order.refresh_from_db()
    assert (order.status, order.payment_status) == ("awaiting_payment", "unpaid")


def test_cancelling_returns_every_item_to_stock(client, shop):
    order = both_cooperatives(shop)
    assert (stock_of(shop["scarf"]), stock_of(shop["basket"])) == (47, 49)
    client.force_login(shop["manager"])

    response = client.post(step_url("cancel", order), {"reason": "Khách gọi điện huỷ"})

    assert message_of(response) == vi(
        "Order %(code)s is cancelled; its items are back on sale.", code=order.code
    )
    assert (stock_of(shop["scarf"]), stock_of(shop["basket"])) == (50, 50)
    order.refresh_from_db()
    assert order.status == "cancelled"
    assert set(order.fulfilments.values_list("status", flat=True)) == {"cancelled"}
    event = order.events.get(action="cancelled")
    assert (event.user, event.detail) == (shop["manager"], "Khách gọi điện huỷ")


def test_an_order_with_a_shipped_part_cannot_be_cancelled(client, shop):
    order = both_cooperatives(shop)
    advance_fulfilment(
        part_of(order, shop["weavers"]), "shipped", carrier="VNPost", tracking_number="EV1"
    )
    client.force_login(shop["manager"])

    response = client.post(step_url("cancel", order))

    assert message_of(response) == vi("A part of this order has already been shipped.")
    assert (stock_of(shop["scarf"]), stock_of(shop["basket"])) == (47, 49)
    order.refresh_from_db()
    assert order.status == "confirmed"
    assert not order.events.filter(action="cancelled").exists()


def test_a_cancelled_order_is_not_cancelled_again(client, shop):
    order = both_cooperatives(shop)
    client.force_login(shop["manager"])
    client.post(step_url("cancel", order))

    again = client.post(step_url("cancel", order))
    confirmation = client.get(step_url("cancel", order))

    assert message_of(again) == vi("Order %(code)s can no longer be cancelled.", code=order.code)
    assert confirmation.status_code == 302
    assert (stock_of(shop["scarf"]), stock_of(shop["basket"])) == (50, 50)
    assert order.events.filter(action="cancelled").count() == 1


def test_refunding_a_paid_transfer_records_it(client, shop):
    order = weavers_only(shop, payment_method="vietqr", payment_status="paid")
    client.force_login(shop["manager"])

    response = client.post(step_url("refund", order))

    assert message_of(response) == vi("Order %(code)s is refunded.", code=order.code)
    order.refresh_from_db()
    assert order.payment_status == "refunded"
    assert order.events.get(action="refunded").user == shop["manager"]


def test_an_unpaid_order_is_not_refunded(client, shop):
    order = weavers_only(shop)
    client.force_login(shop["manager"])

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
def test_the_order_page_offers_only_the_steps_its_state_allows(client, shop, fields, steps):
    order = weavers_only(shop, **fields)
    client.force_login(shop["manager"])

    page = client.get(reverse("orders:inspect", args=[order.pk])).content.decode()

    offered = {step for step in ("mark_paid", "cancel", "refund") if step_url(step, order) in page}
    assert offered == steps


@pytest.mark.parametrize("view", ["add", "edit", "delete", "copy", "history"])
def test_orders_are_not_added_edited_or_deleted_in_the_admin(view):
    with pytest.raises(NoReverseMatch):
        reverse(f"orders:{view}", args=[] if view == "add" else [1])


@pytest.mark.parametrize("who", ["editor", "weaver"])
def test_editors_and_cooperative_staff_are_refused_orders(client, shop, who):
    order = both_cooperatives(shop, status=Order.Status.AWAITING_PAYMENT, payment_method="vietqr")
    client.force_login(shop[who])

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


def test_editors_do_not_see_orders_to_send(client, shop):
    order = both_cooperatives(shop)
    client.force_login(shop["editor"])

    assert refused(client.get(reverse("fulfilments:index")))
    edit = reverse("fulfilments:edit", args=[part_of(order, shop["weavers"]).pk])
    assert refused(client.get(edit))
    assert (
        reverse("fulfilments:index")
        not in client.get(reverse("wagtailadmin_home")).content.decode()
    )


# Cooperative staff: their own parts.


def test_staff_see_only_their_own_parts_of_paid_or_cash_orders(client, shop):
    mixed = both_cooperatives(shop)
    baskets_only = make_order({shop["baskets"]: [(shop["basket"], 1)]})
    unpaid = weavers_only(shop, status=Order.Status.AWAITING_PAYMENT, payment_method="vietqr")
    client.force_login(shop["weaver"])

    page = client.get(reverse("fulfilments:index")).content.decode()

    assert mixed.code in page
    assert baskets_only.code not in page
    assert unpaid.code not in page
    for order, cooperative in [(baskets_only, "baskets"), (mixed, "baskets"), (unpaid, "weavers")]:
        part = part_of(order, shop[cooperative])
        edit = reverse("fulfilments:edit", args=[part.pk])
        assert refused(client.get(edit))
        assert refused(client.post(edit, {"status": "packed"}))
        assert refused(client.get(reverse("fulfilments:packing_slip", args=[part.pk])))
    assert set(Fulfilment.objects.values_list("status", flat=True)) == {"new"}


def test_staff_see_parts_of_orders_placed_in_english(client, shop):
    order = make_order({shop["weavers_en"]: [(shop["scarf"], 1)]})
    client.force_login(shop["weaver"])

    assert order.code in client.get(reverse("fulfilments:index")).content.decode()
    part = order.fulfilments.get()
    assert client.get(reverse("fulfilments:edit", args=[part.pk])).status_code == 200


def test_new_parts_come_first(client, shop):
    older = weavers_only(shop)
    newer = weavers_only(shop)
    newest = weavers_only(shop)
    advance_fulfilment(newest.fulfilments.get(), "packed")
    client.force_login(shop["weaver"])

    page = client.get(reverse("fulfilments:index")).content.decode()

    assert page.index(newer.code) < page.index(older.code) < page.index(newest.code)


def test_a_part_shows_its_own_lines_and_where_to_send_them(client, shop):
    order = both_cooperatives(shop, note="Gọi trước khi giao")
    client.force_login(shop["weaver"])

    page = text_of(
        client.get(reverse("fulfilments:edit", args=[part_of(order, shop["weavers"]).pk]))
    )

    for expected in (
        order.code,
        "Nguyễn Thị Lan",
        "0912345678",
        "12 Phan Đình Phùng, Phường Ba Đình, Thành phố Hà Nội",
        "Gọi trước khi giao",
        "Khăn thổ cẩm – Một màu KHAN-01 · 350.000 ₫ 3 1.050.000 ₫",
        "1.080.000 ₫",  # three scarves and the delivery fee
    ):
        assert expected in page, expected
    assert "Gùi mây" not in page
    assert "GUI-01" not in page
    assert "lan@example.test" not in page


def test_staff_take_their_part_from_new_to_delivered(client, shop):
    order = both_cooperatives(shop)
    part = part_of(order, shop["weavers"])
    url = reverse("fulfilments:edit", args=[part.pk])
    client.force_login(shop["weaver"])

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

    client.force_login(shop["basket_maker"])
    other = reverse("fulfilments:edit", args=[part_of(order, shop["baskets"]).pk])
    client.post(other, {"status": "shipped", "carrier": "GHN", "tracking_number": "GHN9"})
    client.post(other, {"status": "delivered"})

    order.refresh_from_db()
    assert (order.status, order.payment_status) == ("completed", "paid")


def test_shipping_without_a_carrier_or_tracking_number_changes_nothing(client, shop):
    order = weavers_only(shop)
    part = order.fulfilments.get()
    client.force_login(shop["weaver"])

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
def test_a_step_out_of_turn_is_refused_with_a_message(client, shop, status, step):
    order = weavers_only(shop)
    part = order.fulfilments.get()
    Fulfilment.objects.filter(pk=part.pk).update(status=status)
    client.force_login(shop["weaver"])

    response = client.post(reverse("fulfilments:edit", args=[part.pk]), {"status": step})

    assert response.status_code == 302
    assert message_of(response) == vi("This part of the order cannot be marked that way now.")
    part.refresh_from_db()
    assert part.status == status
    assert not OrderEvent.objects.exists()


def test_packing_slip_is_a_printable_page_of_the_own_part(client, shop):
    order = both_cooperatives(shop)
    client.force_login(shop["weaver"])

    response = client.get(
        reverse("fulfilments:packing_slip", args=[part_of(order, shop["weavers"]).pk])
    )

    document = soup(response)
    text = document.get_text(" ", strip=True)
    assert response.status_code == 200
    assert "@media print" in document.style.string
    assert not document.select("aside, nav, .sidebar, #wagtail-sidebar")
    for expected in (order.code, "Nguyễn Thị Lan", "0912345678", "Phường Ba Đình", "KHAN-01 3"):
        assert expected in text, expected
    assert "Gùi mây" not in text


@pytest.mark.parametrize("who", ["admin", "manager"])
def test_site_administrators_see_every_cooperatives_parts(client, shop, who):
    order = both_cooperatives(shop)
    client.force_login(shop[who])

    page = text_of(client.get(reverse("fulfilments:index")))

    assert page.count(order.code) == 2
    assert "HTX Dệt" in page
    assert "Tổ Đan" in page


@pytest.mark.parametrize("orders", [1, 8])
def test_the_list_of_parts_costs_the_same_queries_for_any_number_of_orders(
    client, shop, orders, django_assert_max_num_queries
):
    for _ in range(orders):
        both_cooperatives(shop)
    client.force_login(shop["weaver"])
    client.get(reverse("fulfilments:index"))

    with django_assert_max_num_queries(FULFILMENT_LIST_BUDGET):
        response = client.get(reverse("fulfilments:index"))

    assert response.status_code == 200


def test_the_dashboard_counts_orders_to_pack(client, shop):
    weavers_only(shop)
    weavers_only(shop)
    packed = weavers_only(shop)
    advance_fulfilment(packed.fulfilments.get(), "packed")
    make_order({shop["baskets"]: [(shop["basket"], 1)]})
    client.force_login(shop["weaver"])

    panel = soup(client.get(reverse("wagtailadmin_home"))).select_one("#cooperative-home-section")

    link = panel.select_one(f'a[href="{reverse("fulfilments:index")}?status=new"]')
    assert link.select_one(".coop-action__count").get_text(strip=True) == "2"


def test_group_settings_offer_the_order_permissions(client, shop):
    client.force_login(shop["admin"])

    page = client.get(reverse("wagtailusers_groups:add")).content.decode()

    for codename in ("manage_order", "view_fulfilment", "change_fulfilment"):
        assert f'value="{Permission.objects.get(codename=codename).pk}"' in page, codename
    for codename in ("add_order", "change_order", "add_fulfilment", "delete_fulfilment"):
        assert f'value="{Permission.objects.get(codename=codename).pk}"' not in page, codename


def test_who_may_send_parts_of_orders(shop):
    policy = FulfilmentPermissionPolicy(Fulfilment)

    senders = set(policy.users_with_any_permission(["change"]).values_list("username", flat=True))

    assert senders == {"weaver", "basket-maker", "root", "manager"}
    assert not policy.users_with_any_permission(["delete"]).exists()
