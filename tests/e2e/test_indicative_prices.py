"""Indicative prices in a real browser: a foreign visitor on the English product page sees
the price in US dollars beside the đồng, switches to euros with the keyboard alone through
the footer's chooser, and the stored page they get is the same as everyone's; a Vietnamese
page shows đồng alone until the visitor chooses."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.cache import cache
from playwright.sync_api import expect

from currencies.models import ExchangeRate
from tests.e2e.conftest import serious_violations
from tests.factories.catalog import add_cooperative, add_product, add_shop
from tests.factories.pages import add_translation

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def scarf(homes, settings):
    """A scarf at 350,000 VND in both languages, with today's rates of two currencies."""
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    shop_vi = add_shop(homes["vi"])
    shop_en = add_translation(shop_vi, homes["en"], "Shop", "shop")
    cooperative = add_cooperative(shop_vi, "HTX Dệt", slug="htx-det")
    cooperative_en = add_translation(
        cooperative,
        shop_en,
        "Weaving Cooperative",
        "htx-det",
        legal_name="HTX Dệt",
        kind="cooperative",
    )
    product = add_product(cooperative, "Khăn", price=350_000, stock=5, sku="KHAN-01")
    product_en = add_translation(
        product,
        cooperative_en,
        page=type(product)(
            title="Scarf", slug=product.slug, description="<p>.</p>", maker_share_percent=60
        ),
    )
    for code, rate in [("USD", "25000"), ("EUR", "30000")]:
        ExchangeRate.objects.create(
            currency=code, fetched_rate=Decimal(rate), rate_date=date(2026, 12, 6)
        )
    return {"vi": product.url, "en": product_en.url}


def test_a_tourist_sees_dollars_then_chooses_euros_by_keyboard(
    live_server, page, scarf, page_problems
):
    page.goto(live_server.url + scarf["en"])
    price = page.locator(".variant-choice [data-vnd]").first
    expect(price).to_have_text("350,000 VND (≈ US$14.00, indicative)")
    chooser = page.get_by_label("Prices also in")
    expect(chooser).to_have_value("USD")
    assert serious_violations(page) == []

    chooser.focus()
    page.keyboard.type("EUR")
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Show", exact=True)).to_be_focused()
    page.keyboard.press("Enter")

    page.wait_for_url(live_server.url + scarf["en"])
    expect(price).to_have_text("350,000 VND (≈ €11.67, indicative)")
    expect(chooser).to_have_value("EUR")
    assert serious_violations(page) == []
    page.set_viewport_size({"width": 390, "height": 844})
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # a phone's width
    assert page_problems == []


def test_vietnamese_pages_show_dong_alone_until_a_currency_is_chosen(live_server, page, scarf):
    page.goto(live_server.url + scarf["vi"])
    price = page.locator(".variant-choice [data-vnd]").first
    expect(page.get_by_label("Hiện giá kèm theo")).to_have_value("VND")
    expect(price).to_have_text("350.000 ₫")

    page.get_by_label("Hiện giá kèm theo").select_option("USD")
    page.get_by_role("button", name="Xem", exact=True).click()

    expect(price).to_have_text("350.000 ₫ (≈ 14,00 US$, tham khảo)")


def test_without_script_or_without_a_rate_prices_show_dong_alone(live_server, browser, page, scarf):
    ExchangeRate.objects.filter(currency="EUR").delete()
    page.context.add_cookies(
        [{"name": "indicative_currency", "value": "EUR", "url": live_server.url}]
    )
    page.goto(live_server.url + scarf["en"])
    expect(page.get_by_label("Prices also in")).to_have_value("EUR")
    expect(page.locator(".variant-choice [data-vnd]").first).to_have_text("350,000 VND")

    no_script = browser.new_context(java_script_enabled=False).new_page()
    no_script.goto(live_server.url + scarf["en"])
    expect(no_script.locator(".variant-choice [data-vnd]").first).to_have_text("350,000 VND")
