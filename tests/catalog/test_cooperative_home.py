"""The cooperative's home in the admin: large buttons for the daily work with what is waiting
behind each, this month's figures of their own cooperative and never another's; what
Wagtail offers that they cannot use is gone, and editors and administrators keep Wagtail's
dashboard."""

import datetime
import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from catalog.models import ProductPage, ProductVariant
from catalog.staff import ensure_staff_group
from enquiries.models import Enquiry
from orders.models import Order
from tests.factories.catalog import add_cooperative, add_product, add_shop
from tests.factories.enquiries import make_enquiry
from tests.factories.orders import make_order
from tests.html import soup
from tests.queries import warm_query_count

pytestmark = pytest.mark.django_db

HOME = "/admin/"
PAID = {"payment_status": Order.PaymentStatus.PAID}


@pytest.fixture
def shop(homes):
    """Two cooperatives with a product each and a staff member each."""
    shop = add_shop(homes["vi"])
    cooperatives, products, staff = {}, {}, {}
    for name, price, share in [("a", 300_000, 70), ("b", 450_000, 50)]:
        cooperative = add_cooperative(shop, f"HTX {name.upper()}", slug=f"htx-{name}")
        products[name] = add_product(
            cooperative, f"Khăn {name}", price=price, stock=500, maker_share_percent=share
        )
        staff[name] = get_user_model().objects.create_user(f"staff-{name}", password="x")
        staff[name].groups.add(ensure_staff_group(cooperative))
        cooperatives[name] = cooperative
    return {"cooperatives": cooperatives, "products": products, "staff": staff}


def sell(shop, name, quantity=1, **fields):
    return make_order({shop["cooperatives"][name]: [(shop["products"][name], quantity)]}, **fields)


def home_panel(client):
    return soup(client.get(HOME)).select_one("#cooperative-home-section")


def action(panel, label):
    """The action button whose label is `label`: (its address, the count it shows)."""
    link = next(
        link
        for link in panel.select("a.coop-action")
        if link.select_one(".coop-action__label").get_text(strip=True) == label
    )
    count = link.select_one(".coop-action__count")
    return link["href"], count.get_text(strip=True) if count else None


def figures(panel):
    return {
        item.dt.get_text(strip=True): item.dd.get_text(strip=True)
        for item in panel.select(".coop-figures > div")
    }


def menu_items(client):
    """{name: address} of the main menu's items and of their submenus' items, as the
    sidebar gets them (a submenu has no address of its own)."""
    page = soup(client.get(HOME))
    props = json.loads(page.select_one("#wagtail-sidebar-props").string)
    main_menu = next(m for m in props["modules"] if m["_type"] == "wagtail.sidebar.MainMenuModule")

    def walk(items):
        for item in items:
            options = item["_args"][0]
            if isinstance(options["name"], str):  # not a reference to a value sent before
                yield options["name"], options.get("url")
            if item["_type"] == "wagtail.sidebar.SubMenuItem":
                yield from walk(item["_args"][1])

    return dict(walk(main_menu["_args"][0]))


def test_staff_see_their_actions_with_what_waits_behind_each(client, shop):
    sell(shop, "a")  # confirmed, new: to pack
    sell(shop, "a", status=Order.Status.AWAITING_PAYMENT)  # not told to the cooperative yet
    sell(shop, "b")
    make_enquiry(shop["cooperatives"]["a"])
    make_enquiry(shop["cooperatives"]["a"], days_ago=5)
    make_enquiry(shop["cooperatives"]["a"], status=Enquiry.Status.ANSWERED)
    make_enquiry(shop["cooperatives"]["b"])
    client.force_login(shop["staff"]["a"])

    panel = home_panel(client)

    cooperative = shop["cooperatives"]["a"]
    assert panel.select_one("h2").get_text(strip=True) == "HTX A"
    assert action(panel, "Thêm sản phẩm") == (
        reverse("wagtailadmin_pages:add", args=["catalog", "productpage", cooperative.pk]),
        None,
    )
    assert action(panel, "Cập nhật giá và tồn kho") == (reverse("variants:prices_and_stock"), None)
    assert action(panel, "Đơn cần gửi") == (reverse("fulfilments:index") + "?status=new", "1")
    assert action(panel, "Yêu cầu báo giá cần trả lời") == (
        reverse("enquiries:index") + "?status=new",
        "2",
    )
    assert "1 yêu cầu đã chờ quá lâu" in panel.get_text(" ", strip=True)


def test_this_months_figures_are_their_cooperatives_sales_only(client, shop):
    sell(shop, "a", quantity=2, **PAID)  # 600.000 ₫, makers 70 %
    sell(shop, "a", quantity=1, **PAID)  # 300.000 ₫
    sell(shop, "a", quantity=5)  # cash not in yet: not a sale
    sell(shop, "a", quantity=3, status=Order.Status.CANCELLED, **PAID)
    last_month = sell(shop, "a", quantity=4, **PAID)
    Order.objects.filter(pk=last_month.pk).update(
        created_at=timezone.localtime().replace(day=1) - datetime.timedelta(days=1)
    )
    sell(shop, "b", quantity=7, **PAID)  # another cooperative's 3.150.000 ₫
    client.force_login(shop["staff"]["a"])

    panel = home_panel(client)

    assert figures(panel) == {
        "Đơn hàng": "2",
        "Doanh thu": "900.000 ₫",
        "Phần của người làm": "630.000 ₫",
    }
    text = panel.get_text(" ", strip=True)
    assert "3.150.000" not in text and "HTX B" not in text


def test_this_months_makers_share_is_what_each_sale_declared(client, shop):
    """The share declared when a piece was sold stays with that sale: a new declaration
    counts for the sales after it, and deleting the variant or the product takes nothing
    away from the month."""
    sell(shop, "a", quantity=2, **PAID)  # 70 % of 600.000 ₫
    ProductPage.objects.filter(pk=shop["products"]["a"].pk).update(maker_share_percent=40)
    sell(shop, "a", quantity=1, **PAID)  # 40 % of 300.000 ₫
    client.force_login(shop["staff"]["a"])
    expected = {"Đơn hàng": "2", "Doanh thu": "900.000 ₫", "Phần của người làm": "540.000 ₫"}

    assert figures(home_panel(client)) == expected
    ProductVariant.objects.of_product(shop["products"]["a"]).delete()
    assert figures(home_panel(client)) == expected
    ProductPage.objects.get(pk=shop["products"]["a"].pk).delete()
    assert figures(home_panel(client)) == expected


def test_a_cooperative_without_sales_sees_zeros(client, shop):
    client.force_login(shop["staff"]["b"])

    panel = home_panel(client)

    assert figures(panel) == {"Đơn hàng": "0", "Doanh thu": "0 ₫", "Phần của người làm": "0 ₫"}
    assert action(panel, "Đơn cần gửi")[1] == "0"


def test_staff_get_their_home_instead_of_wagtails_panels(client, shop):
    client.force_login(shop["staff"]["a"])

    response = client.get(HOME)

    assert [panel.name for panel in response.context["panels"]] == [
        "cooperative_home",
        "cooperative_work",
    ]


@pytest.mark.parametrize("role", ["Editors", "Moderators", "superuser"])
def test_editors_reviewers_and_administrators_keep_their_dashboard(client, shop, role):
    user_model = get_user_model()
    if role == "superuser":
        user = user_model.objects.create_superuser("root", "root@example.test", "x")
    else:
        user = user_model.objects.create_user("someone", password="x")
        user.groups.add(Group.objects.get(name=role))
    client.force_login(user)

    response = client.get(HOME)

    names = [panel.name for panel in response.context["panels"]]
    assert "cooperative_home" not in names and "cooperative_work" not in names
    assert "workflow_objects_to_moderate" in names
    assert not soup(response).select("#cooperative-home-section")


def test_menu_items_staff_cannot_use_are_hidden_not_refused(client, shop):
    editor = get_user_model().objects.create_user("editor", password="x")
    editor.groups.add(Group.objects.get(name="Editors"))

    client.force_login(shop["staff"]["a"])
    staff_menu = menu_items(client)
    client.force_login(editor)
    editor_menu = menu_items(client)

    assert {"reports", "help"} & staff_menu.keys() == set()
    assert {
        reverse("wagtailadmin_explore_root"),
        reverse("wagtailimages:index"),
        reverse("fulfilments:index"),
        reverse("enquiries:index"),
        reverse("variants:prices_and_stock"),
    } <= set(staff_menu.values())
    assert {"reports", "help"} <= editor_menu.keys()


def test_the_home_costs_the_same_queries_for_many_orders_and_enquiries(client, shop):
    client.force_login(shop["staff"]["a"])
    sell(shop, "a", **PAID)
    make_enquiry(shop["cooperatives"]["a"])
    few = warm_query_count(client, HOME)

    for quantity in range(1, 13):
        sell(shop, "a", quantity=quantity, **PAID)
        sell(shop, "b", quantity=quantity, **PAID)
        make_enquiry(shop["cooperatives"]["a"], days_ago=quantity)
        add_product(shop["cooperatives"]["a"], f"Gùi {quantity}", stock=1)
    many = warm_query_count(client, HOME)

    assert few == many
    assert many <= 30, many
