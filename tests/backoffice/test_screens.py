"""The back office's three screens show a staff member their own cooperative's work, never
another's, with a fixed number of queries, and are never stored by a cache between them and
the phone."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from catalog.models import ProductVariant
from orders.models import Fulfilment, Order
from tests.factories.catalog import add_product
from tests.factories.enquiries import make_enquiry
from tests.factories.orders import make_order
from tests.html import soup

pytestmark = pytest.mark.django_db


def figures(page):
    """The dashboard's tiles: label -> (count, notes)."""
    return {
        tile.select_one(".tile__label").get_text(strip=True): (
            int(tile.select_one(".tile__count").get_text()),
            [note.get_text(" ", strip=True) for note in tile.select(".tile__note")],
        )
        for tile in page.select(".tile")
    }


def test_the_dashboard_counts_what_waits_for_the_staff_members_cooperative(
    client, konkotu, dakrang
):
    late = make_order({konkotu["page"]: [(konkotu["scarf"], 1)]})
    late.confirmed_at = timezone.now() - timedelta(days=4)
    late.save()
    make_enquiry(konkotu["page"], days_ago=5)
    make_enquiry(dakrang["page"])
    konkotu["variant"].stock = 2
    konkotu["variant"].save()
    client.force_login(konkotu["staff"])

    tiles = figures(soup(client.get(reverse("backoffice:dashboard"))))

    count, notes = tiles["Đơn cần gửi"]
    assert count == 2
    assert "1 đang chờ quá lâu" in notes
    assert tiles["Yêu cầu báo giá cần trả lời"][0] == 1
    assert tiles["Sắp hết hàng"][0] == 1


def parts_listed(client):
    page = soup(client.get(reverse("backoffice:orders")))
    return [
        (card.select_one(".card__title").get_text(strip=True), "part--late" in card["class"])
        for card in page.select("article.part")
    ]


def test_orders_to_send_are_the_cooperatives_own_oldest_first_late_ones_flagged(
    client, konkotu, dakrang
):
    older = make_order({konkotu["page"]: [(konkotu["scarf"], 2)]})
    Order.objects.filter(pk=older.pk).update(confirmed_at=timezone.now() - timedelta(days=4))
    shipped = make_order({konkotu["page"]: [(konkotu["scarf"], 1)]})
    shipped.fulfilments.update(status=Fulfilment.Status.SHIPPED)
    unpaid = make_order(
        {konkotu["page"]: [(konkotu["scarf"], 1)]}, status=Order.Status.AWAITING_PAYMENT
    )
    client.force_login(konkotu["staff"])

    listed = parts_listed(client)

    assert listed == [(older.code, True), (konkotu["order"].code, False)]
    assert dakrang["order"].code not in str(listed)
    assert shipped.code not in str(listed) and unpaid.code not in str(listed)


def test_each_part_says_what_to_pack_where_it_goes_and_its_next_step(client, konkotu):
    abroad = make_order(
        {konkotu["page"]: [(konkotu["scarf"], 2)]},
        delivery=Order.Delivery.ABROAD,
        country="FR",
        city="Lyon",
        postal_code="69001",
        street="3 rue Mercière",
    )
    client.force_login(konkotu["staff"])

    page = soup(client.get(reverse("backoffice:orders")))
    card = next(c for c in page.select("article.part") if abroad.code in c.get_text())

    assert card.select_one(".lines").get_text(" ", strip=True) == (
        "2 × Khăn thổ cẩm – Một màu KKT-KHAN-01"
    )
    assert "69001 LYON" in card.select_one(".where").get_text(" ", strip=True)
    assert "CN22" in card.select_one(".customs-note").get_text()
    form = card.select_one("form.change")
    assert form["data-seen-status"] == "new"
    assert form.select_one("[name=status]")["value"] == "packed"
    assert form.select_one("button").get_text(strip=True) == "Đánh dấu đã đóng gói"


def test_a_packed_parcel_asks_for_the_carrier_and_tracking_number(client, konkotu):
    konkotu["order"].fulfilments.update(status=Fulfilment.Status.PACKED)
    client.force_login(konkotu["staff"])

    form = soup(client.get(reverse("backoffice:orders"))).select_one("form.change")

    assert form.select_one("[name=status]")["value"] == "shipped"
    assert form.select_one("label[for^=carrier]").get_text() == "Đơn vị vận chuyển"
    assert form.select_one("input[name=tracking_number]").has_attr("required")


def test_price_and_stock_lists_only_the_cooperatives_variants_with_what_was_shown(
    client, konkotu, dakrang
):
    client.force_login(konkotu["staff"])

    page = soup(client.get(reverse("backoffice:stock")))

    forms = page.select("form.variant")
    assert [form.select_one(".sku").get_text() for form in forms] == ["KKT-KHAN-01"]
    assert forms[0]["data-seen-stock"] == "4"  # 5, less the order's one
    assert forms[0]["data-seen-price"] == "350000"
    assert forms[0]["data-seen-active"] == "true"
    assert page.select_one("h2.card__title").get_text() == "Khăn thổ cẩm"
    # each product leads to its photos and to labels made for it
    product_id = ProductVariant.objects.get(sku="KKT-KHAN-01").product_id
    assert [(a.get_text(), a["href"]) for a in page.select(".product__links a")] == [
        ("Ảnh", reverse("backoffice:photos", args=[product_id])),
        ("Nhãn", f"{reverse('labels:new')}?product={product_id}"),
    ]


@pytest.mark.parametrize("name", ["dashboard", "orders", "stock"])
def test_screens_are_kept_by_no_cache_between_the_server_and_the_phone(client, konkotu, name):
    client.force_login(konkotu["staff"])

    response = client.get(reverse(f"backoffice:{name}"))

    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert response.cookies["csrftoken"].value  # the script sends changes with it


@pytest.mark.parametrize("name", ["dashboard", "orders", "stock"])
def test_another_cooperatives_staff_never_see_these_records(client, konkotu, dakrang, name):
    client.force_login(dakrang["staff"])

    text = client.get(reverse(f"backoffice:{name}")).content.decode()

    assert konkotu["order"].code not in text and "KKT-KHAN-01" not in text
    assert "HTX Dệt Kon Kơ Tu" not in text


def queries_of(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.parametrize("name", ["dashboard", "orders", "stock"])
def test_each_screen_takes_the_same_queries_however_much_work_waits(client, konkotu, name):
    client.force_login(konkotu["staff"])
    url = reverse(f"backoffice:{name}")
    few = queries_of(client, url)

    for number in range(4):
        product = add_product(konkotu["page"], f"Váy {number}", stock=9, sku=f"KKT-VAY-{number}")
        make_order({konkotu["page"]: [(product, 1), (konkotu["scarf"], 1)]})

    assert queries_of(client, url) == few <= 20


def test_the_manifest_makes_the_back_office_an_app_of_its_own(client, konkotu):
    client.force_login(konkotu["staff"])
    page = soup(client.get(reverse("backoffice:dashboard")))

    response = client.get(page.select_one("link[rel=manifest]")["href"])

    manifest = response.json()
    assert response["Content-Type"] == "application/manifest+json"
    assert manifest["scope"] == manifest["start_url"] == "/htx/"
    assert manifest["name"] == "Quản lý hợp tác xã"
    assert {icon["sizes"] for icon in manifest["icons"]} == {"192x192", "512x512"}


def test_the_service_worker_is_served_under_the_back_office_and_never_stored(client):
    response = client.get(reverse("backoffice:service_worker"))

    assert response["Content-Type"].startswith("text/javascript")
    assert "no-cache" in response["Cache-Control"]
    assert '"/static/backoffice/backoffice.js"' in response.content.decode()


def test_signing_out_tells_the_phone_to_forget_the_kept_pages_and_queue(client, konkotu):
    client.force_login(konkotu["staff"])

    response = client.post(reverse("wagtailadmin_logout"))

    assert response["Clear-Site-Data"] == '"storage"'
    assert "Clear-Site-Data" not in client.get(reverse("wagtailadmin_login"))


def test_staff_find_the_light_back_office_on_their_admin_home(client, konkotu):
    client.force_login(konkotu["staff"])

    home = soup(client.get(reverse("wagtailadmin_home")))

    link = home.select_one("#cooperative-home-section a[href='/htx/']")
    assert link.get_text(" ", strip=True) == "Bản nhẹ cho điện thoại"
