"""A tourist on a phone, in English, receiving their order the way a visit allows: collected
at the cooperative and paid by card, delivered to their homestay before they leave and paid
in cash, or shipped to the United Kingdom and paid by card on the (fake) Stripe page. Each
journey ends on the order page, which says what happens next."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from orders.models import Order
from tests.e2e.conftest import serious_violations
from tests.factories.catalog import add_cooperative, add_product, add_shop
from tests.factories.orders import add_zone
from tests.factories.pages import add_translation
from tests.fakes.stripe_server import fake_stripe  # noqa: F401 (a fixture)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 390, "height": 844}
PICKUP = {
    "pickup_address": "Kon Kơ Tu village, Đăk Rơ Wa commune",
    "opening_hours": "Monday to Saturday, 7:30–17:00",
    "dispatch_days": 2,
}
TOURIST = {"Full name": "Emily Clarke", "Phone": "+44 7700 900123", "E-mail": "emily@example.test"}


@pytest.fixture
def scarf(homes):
    """A scarf of a cooperative buyers may visit, in Vietnamese and English, with its customs
    data; zones in the province, elsewhere in Vietnam and in Europe."""
    shop_vi = add_shop(homes["vi"])
    shop_en = add_translation(shop_vi, homes["en"], "Shop", "shop")
    cooperative = add_cooperative(shop_vi, "HTX Dệt", **PICKUP)
    cooperative_en = add_translation(
        cooperative,
        shop_en,
        "Kon Kơ Tu Weaving Cooperative",
        "weavers",
        legal_name="HTX Dệt",
        kind="cooperative",
        **PICKUP,
    )
    product = add_product(
        cooperative,
        "Khăn",
        price=350_000,
        stock=5,
        sku="KHAN-01",
        weight_grams=300,
        hs_code="621490",
        customs_description="Handwoven cotton scarf",
    )
    add_translation(
        product,
        cooperative_en,
        page=type(product)(
            title="Scarf",
            slug="scarf",
            description="<p>Handwoven.</p>",
            maker_share_percent=60,
            hs_code="621490",
            customs_description="Handwoven cotton scarf",
        ),
    )
    add_zone("Within the province", 25_000, home=True, delivery_days=1, up_to_grams=1_000)
    add_zone("Elsewhere in Vietnam", 35_000, up_to_grams=1_000)
    add_zone("Europe (illustrative rates)", 520_000, delivery_days=14, countries=["GB", "FR"])
    return product.get_translation(homes["en"].locale)


@pytest.fixture
def card_payments(live_server, fake_stripe):  # noqa: F811
    """The fake Stripe, announcing payments to the live server's webhook."""
    fake_stripe.webhook_url = live_server.url + "/payments/stripe/webhook/"
    return fake_stripe


def to_checkout(page, live_server, scarf):
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + scarf.url)
    page.get_by_role("button", name="Add to cart").click()
    expect(page.locator("div.messages")).to_contain_text("Added to your cart")
    page.goto(live_server.url + "/en/cart/checkout/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Checkout")


def choose_delivery(page, label):
    """Choosing reloads the form with that delivery's fields, the focus on the first of them."""
    page.get_by_label(label).check()
    expect(page.get_by_label(label)).to_be_checked()
    page.wait_for_load_state()


def give_contact(page):
    for label, value in TOURIST.items():
        page.get_by_label(label).fill(value)


def agree_and_place(page, method):
    page.get_by_label(method).check()
    page.get_by_label("I agree to the terms of sale and the privacy notice.").check()
    page.get_by_role("button", name="Place order").click()


def pay_on_stripe(page, total):
    expect(page.get_by_role("heading", level=1)).to_have_text("Test payment")
    expect(page.get_by_text(f"Total: {total}")).to_be_visible()
    page.get_by_role("button", name="Pay").click()


def test_a_tourist_collects_at_the_cooperative_and_pays_by_card(
    live_server,
    page,
    page_problems,
    screenshot_dir,
    scarf,
    card_payments,
):
    to_checkout(page, live_server, scarf)
    choose_delivery(page, "Pick-up at the cooperative")
    form = page.locator(".checkout__form")
    expect(form).to_contain_text("Kon Kơ Tu village, Đăk Rơ Wa commune")
    expect(form).to_contain_text("Monday to Saturday, 7:30–17:00")
    expect(page.locator(".summary")).to_contain_text("Pick-up at the cooperative")
    give_contact(page)
    page.screenshot(path=screenshot_dir / "checkout-pickup-en-390.png", full_page=True)
    findings = {"checkout": serious_violations(page)}
    agree_and_place(page, "Card (Visa, Mastercard …)")
    pay_on_stripe(page, "350.000 VND")

    order = Order.objects.get()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Order {order.code}")
    expect(page.locator(".order-status")).to_contain_text("Card, paid")
    expect(page.locator(".order-part").first).to_contain_text("Collect at:")
    expect(page.locator("#next-steps + ol")).to_contain_text("ready to collect")
    page.screenshot(path=screenshot_dir / "order-pickup-en-390.png", full_page=True)
    findings["order page"] = serious_violations(page)
    assert (order.delivery, order.delivery_total, order.phone) == ("pickup", 0, "+447700900123")
    assert {k: v for k, v in findings.items() if v} == {}
    assert page_problems == []


def test_a_tourist_has_it_brought_to_the_homestay_and_pays_in_cash(
    live_server, page, page_problems, screenshot_dir, scarf
):
    leaves = timezone.localdate() + timedelta(days=6)
    to_checkout(page, live_server, scarf)
    choose_delivery(page, "Delivery to a hotel or homestay")
    give_contact(page)
    page.get_by_label("Name of the hotel or homestay").fill("Kon Klor Homestay")
    page.get_by_label("Province or city").select_option(label="Quảng Ngãi")
    commune = page.get_by_label("Commune or ward")
    expect(commune.locator("option", has_text="Phường Kon Tum")).to_have_count(1)
    commune.select_option(label="Phường Kon Tum")
    page.get_by_label("House number, street, hamlet or village").fill("Kon Klor village")
    page.get_by_label("You arrive on").fill(timezone.localdate().isoformat())
    page.get_by_label("You leave on").fill(leaves.isoformat())
    expect(page.locator(".summary")).to_contain_text("375,000 VND")  # 350,000 + 25,000
    page.screenshot(path=screenshot_dir / "checkout-hotel-en-390.png", full_page=True)
    findings = {"checkout": serious_violations(page)}
    agree_and_place(page, "Cash on delivery")

    expect(page).to_have_url(re.compile(r"/en/orders/[\w-]+/$"))
    order = Order.objects.get()
    expect(page.locator("#deliver-to")).to_have_text("Delivery to a hotel or homestay")
    expect(page.locator(".order-part", has=page.locator("#deliver-to"))).to_contain_text(
        "Kon Klor Homestay"
    )
    expect(page.locator("#next-steps + ol")).to_contain_text("to arrive before you leave")
    page.screenshot(path=screenshot_dir / "order-hotel-en-390.png", full_page=True)
    findings["order page"] = serious_violations(page)
    assert (order.place_name, order.departure_on, order.total) == (
        "Kon Klor Homestay",
        leaves,
        375_000,
    )
    assert {k: v for k, v in findings.items() if v} == {}
    assert page_problems == []


def test_a_tourist_ships_it_to_the_united_kingdom_and_pays_by_card(
    live_server,
    page,
    page_problems,
    screenshot_dir,
    scarf,
    card_payments,
):
    to_checkout(page, live_server, scarf)
    choose_delivery(page, "Shipping abroad")
    page.get_by_label("Country").select_option(label="United Kingdom")
    # The form comes back with the lines a British address has: a post town, a postcode.
    expect(page.get_by_label("Post town")).to_be_visible()
    give_contact(page)
    page.get_by_label("Address line 1").fill("221B Baker Street")
    page.get_by_label("Post town").fill("London")
    page.get_by_label("Postal code").fill("NW1 6XE")
    expect(page.locator(".checkout__form")).to_contain_text("duties and taxes may be due")
    expect(page.locator(".summary")).to_contain_text("870,000 VND")  # 350,000 + 520,000
    page.screenshot(path=screenshot_dir / "checkout-abroad-en-390.png", full_page=True)
    findings = {"checkout": serious_violations(page)}
    agree_and_place(page, "Card (Visa, Mastercard …)")
    pay_on_stripe(page, "870.000 VND")

    order = Order.objects.get()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Order {order.code}")
    delivery = page.locator(".order-part", has=page.locator("#deliver-to"))
    expect(delivery).to_contain_text("UNITED KINGDOM")
    expect(page.locator("#next-steps + ol")).to_contain_text("Import duties and taxes may be due")
    page.screenshot(path=screenshot_dir / "order-abroad-en-390.png", full_page=True)
    findings["order page"] = serious_violations(page)
    assert (order.country.code, order.postal_code, order.is_paid) == ("GB", "NW1 6XE", True)
    assert {k: v for k, v in findings.items() if v} == {}
    assert page_problems == []
