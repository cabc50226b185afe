"""Ordering in a real browser: an English visitor buys from two cooperatives and pays by card
on the (fake) Stripe page; a Vietnamese buyer orders with cash on delivery; a cooperative's
staff member ships their part and the buyer's order page shows it. The shop is built small
here, so each journey starts in seconds."""

import re

import pytest
from playwright.sync_api import expect
from wagtail.models import Locale

from catalog.models import ProductVariant
from catalog.staff import ensure_staff_group
from checkout.cart import Cart, cart_contents
from orders.models import Order, ShippingRate, ShippingZone, ShopSettings
from orders.services import place_order
from payments.methods import METHODS
from tests.e2e.conftest import serious_violations
from tests.factories.catalog import add_cooperative, add_product, add_shop
from tests.factories.pages import add_translation
from tests.fakes.stripe_server import fake_stripe  # noqa: F401 (a fixture)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 390, "height": 844}
BUYER = {
    "name": "Y Hrim",
    "phone": "+84905123456",
    "email": "yhrim@example.test",
    "province": "Quảng Ngãi",
    "province_code": 51,
    "commune": "Phường Kon Tum",
    "commune_code": 21,
    "street": "Thôn Kon Klor",
}


@pytest.fixture
def shop(homes):
    """Two cooperatives, a product each in Vietnamese and English, two delivery zones."""
    shop_vi = add_shop(homes["vi"])
    shop_en = add_translation(shop_vi, homes["en"], "Shop", "shop")
    products = {}
    for title, title_en, slug, sku, price in [
        (
            "HTX Dệt thổ cẩm Kon Kơ Tu",
            "Kon Kơ Tu Weaving Cooperative",
            "htx-det",
            "KHAN-01",
            350_000,
        ),
        ("Tổ đan lát Đăk Răng", "Đăk Răng Basketry Group", "to-dan", "GUI-01", 500_000),
    ]:
        cooperative = add_cooperative(shop_vi, title, slug=slug, email=f"{slug}@example.test")
        cooperative_en = add_translation(
            cooperative, shop_en, title_en, slug, legal_name=title, kind="cooperative"
        )
        product = add_product(
            cooperative,
            "Khăn" if sku == "KHAN-01" else "Gùi",
            price=price,
            stock=5,
            sku=sku,
            weight_grams=400,
        )
        add_translation(
            product,
            cooperative_en,
            page=type(product)(
                title="Scarf" if sku == "KHAN-01" else "Basket",
                slug=product.slug,
                description="<p>Handmade.</p>",
                maker_share_percent=60,
            ),
        )
        products[sku] = product
    for name, name_en, home in [
        ("Trong tỉnh", "Within the province", True),
        ("Tỉnh khác", "Elsewhere in Vietnam", False),
    ]:
        zone = ShippingZone(name=name, name_en=name_en, home=home)
        zone.rates = [ShippingRate(up_to_grams=1_000, fee=25_000 if home else 35_000)]
        zone.save()
    ShopSettings.objects.create(
        bank_bin="970436", account_number="0123456789", account_holder="LANG NGHE DEMO"
    )
    return products


def add_to_cart(page, url, message):
    page.goto(url)
    page.get_by_role("button", name=message["button"]).click()
    expect(page.locator("div.messages")).to_contain_text(message["added"])


def fill_checkout(page, labels, answers):
    page.get_by_label(labels["name"]).fill(answers["name"])
    page.get_by_label(labels["phone"]).fill(answers["phone"])
    page.get_by_label(labels["email"]).fill(answers["email"])
    page.get_by_label(labels["province"]).select_option(label=answers["province"])
    # Choosing the province reloads the form with its communes and the delivery fee.
    commune = page.get_by_label(labels["commune"])
    expect(commune.locator("option", has_text=answers["commune"])).to_have_count(1)
    commune.select_option(label=answers["commune"])
    page.get_by_label(labels["street"]).fill(answers["street"])
    page.get_by_label(answers["method"]).check()
    page.get_by_label(labels["consent"]).check()


def test_english_visitor_pays_by_card_for_two_cooperatives(
    live_server,
    page,
    page_problems,
    screenshot_dir,
    shop,
    fake_stripe,  # noqa: F811
):
    fake_stripe.webhook_url = live_server.url + "/payments/stripe/webhook/"
    page.set_viewport_size(PHONE)
    english = {"button": "Add to cart", "added": "Added to your cart"}
    for product in shop.values():
        add_to_cart(page, live_server.url + product.get_translation(locale_of("en")).url, english)

    page.get_by_role("link", name="Cart").first.click()
    page.get_by_role("link", name="Proceed to checkout").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Checkout")
    findings = {"checkout": serious_violations(page)}
    fill_checkout(
        page,
        {
            "name": "Full name",
            "phone": "Phone",
            "email": "E-mail",
            "province": "Province or city",
            "commune": "Commune or ward",
            "street": "House number, street, hamlet or village",
            "consent": "I agree to the terms of sale and the privacy notice.",
        },
        {
            "name": "Anna Weber",
            "phone": "+44 7700 900123",
            "email": "anna@example.test",
            "province": "Thành phố Hà Nội",
            "commune": "Phường Ba Đình",
            "street": "12 Phan Đình Phùng",
            "method": "Card (Visa, Mastercard …)",
        },
    )
    expect(page.locator(".summary")).to_contain_text("920,000 VND")  # 850,000 + 2 × 35,000
    page.screenshot(path=screenshot_dir / "checkout-en-phone.png", full_page=True)
    page.get_by_role("button", name="Place order").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Test payment")
    expect(page.get_by_text("Total: 920.000 VND")).to_be_visible()
    page.get_by_role("button", name="Pay").click()

    order = Order.objects.get()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Order {order.code}")
    expect(page.locator(".order-status")).to_contain_text("Confirmed")
    expect(page.locator(".order-status")).to_contain_text("Card, paid")
    expect(page.locator(".order-part h2")).to_have_text(
        [
            "Kon Kơ Tu Weaving Cooperative",
            "Đăk Răng Basketry Group",
            "Total",
            "Delivery to an address in Vietnam",
            "What happens next",
        ]
    )
    expect(page.get_by_text("Anna Weber · +44 7700 900123")).to_be_visible()
    page.screenshot(path=screenshot_dir / "order-paid-en-phone.png", full_page=True)
    findings["order page"] = serious_violations(page)
    order.refresh_from_db()
    assert (order.status, order.payment_status, order.total) == ("confirmed", "paid", 920_000)
    assert order.phone == "+447700900123"
    assert dict(ProductVariant.objects.values_list("sku", "stock")) == {"KHAN-01": 4, "GUI-01": 4}
    assert {k: v for k, v in findings.items() if v} == {}
    assert page_problems == []


def test_vietnamese_buyer_orders_with_cash_on_delivery_by_keyboard_and_touch(
    live_server, page, page_problems, screenshot_dir, shop
):
    page.set_viewport_size(PHONE)
    vietnamese = {"button": "Thêm vào giỏ", "added": "Đã thêm vào giỏ"}
    add_to_cart(page, live_server.url + shop["GUI-01"].url, vietnamese)
    page.goto(live_server.url + "/vi/cart/")
    page.get_by_role("link", name="Tiến hành đặt hàng").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Đặt hàng")
    fill_checkout(
        page,
        {
            "name": "Họ và tên",
            "phone": "Điện thoại",
            "email": "Thư điện tử",
            "province": "Tỉnh, thành phố",
            "commune": "Xã, phường",
            "street": "Số nhà, đường, thôn, làng",
            "consent": "Tôi đồng ý với điều khoản bán hàng và chính sách bảo vệ dữ liệu cá nhân.",
        },
        {
            "name": "Y Hrim",
            "phone": "0905 123 456",
            "email": "yhrim@example.test",
            "province": "Quảng Ngãi",
            "commune": "Phường Kon Tum",
            "street": "Thôn Kon Klor",
            "method": "Thanh toán khi nhận hàng",
        },
    )
    expect(page.locator(".summary")).to_contain_text("525.000 ₫")  # 500.000 + 25.000 in province
    findings = {"checkout": serious_violations(page)}
    page.get_by_role("button", name="Đặt hàng").focus()
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"/vi/orders/[\w-]+/$"))
    order = Order.objects.get()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Đơn hàng {order.code}")
    expect(page.locator(".order-status")).to_contain_text("Đã xác nhận")
    expect(page.locator(".order-status")).to_contain_text("Thanh toán khi nhận hàng")
    expect(page.locator(".order-part").first).to_contain_text("Tổ đan lát Đăk Răng")
    page.screenshot(path=screenshot_dir / "order-cod-vi-phone.png", full_page=True)
    findings["order page"] = serious_violations(page)
    assert (order.language, order.total, order.commune) == ("vi", 525_000, "Phường Kon Tum")
    assert {k: v for k, v in findings.items() if v} == {}
    assert page_problems == []


def test_cooperative_staff_ship_their_part_and_the_buyer_sees_it(
    live_server, page, page_problems, screenshot_dir, shop, django_user_model
):
    weavers = shop["KHAN-01"].get_parent().specific
    staff = django_user_model.objects.create_user("det", password="det-secret-2026")
    staff.groups.add(ensure_staff_group(weavers))
    cart = Cart({"cart": {"KHAN-01": 1, "GUI-01": 1}})
    contents = cart_contents(cart, locale_of("vi"))
    zone = ShippingZone.objects.get(home=True)
    order = place_order(contents, zone, BUYER, METHODS["cod"], "vi")
    page.set_viewport_size(PHONE)

    page.goto(f"{live_server.url}/admin/login/")
    page.locator("input[name=username]").fill("det")
    page.locator("input[name=password]").fill("det-secret-2026")
    page.locator("input[name=password]").press("Enter")
    page.goto(f"{live_server.url}/admin/fulfilments/")
    rows = page.locator("table.listing tbody tr")
    expect(rows).to_have_count(1)  # only their own part of the order
    expect(rows.first).to_contain_text(order.code)
    page.screenshot(path=screenshot_dir / "staff-orders-to-send-vi-phone.png", full_page=True)
    rows.first.get_by_role("link", name=order.code).click()
    expect(page.locator("main")).to_contain_text("Khăn")
    expect(page.locator("main")).not_to_contain_text("Gùi")
    expect(page.locator("main")).not_to_contain_text(BUYER["email"])
    page.get_by_role("button", name="Đánh dấu đã đóng gói").click()
    page.get_by_label("Đơn vị vận chuyển").fill("VNPost")
    page.get_by_label("Mã vận đơn").fill("EB123456789VN")
    page.get_by_role("button", name="Đánh dấu đã gửi").click()
    expect(page.locator(".messages")).to_contain_text(f"Đơn hàng {order.code}: đã đánh dấu đã gửi")
    page.screenshot(path=screenshot_dir / "staff-part-shipped-vi-phone.png", full_page=True)
    staff_findings = serious_violations(page)

    page.goto(f"{live_server.url}/vi/orders/{order.token}/")
    weavers_part = page.locator(".order-part", has_text="HTX Dệt thổ cẩm Kon Kơ Tu")
    expect(weavers_part).to_contain_text("Đã gửi")
    expect(weavers_part).to_contain_text("VNPost")
    expect(weavers_part).to_contain_text("EB123456789VN")
    expect(page.locator(".order-part", has_text="Tổ đan lát Đăk Răng")).to_contain_text("Mới")
    page.screenshot(path=screenshot_dir / "order-shipped-vi-phone.png", full_page=True)
    assert staff_findings == [] and serious_violations(page) == []
    assert page_problems == []


def locale_of(code):
    return Locale.objects.get(language_code=code)
