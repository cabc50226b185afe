"""A shopper's way through the English demo shop in a real browser: filter by craft and
village, open a product, choose a variant with the keyboard and add it to the cart. Each test
builds the demo site (slow on a small machine), so the journey is one test that runs at a
phone size and at a desktop size."""

import re
from collections import Counter
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from catalog.models import ProductPage, ProductVariant
from demo.data import load
from stories.models import CraftPage, VillagePage
from tests.e2e.conftest import serious_violations

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
BROCADE = "brocade"


def english_title(specs, key):
    return next(spec["en"]["title"] for spec in specs if spec["key"] == key)


def village_with_most_brocade():
    """The demo village with the most brocade products, and how many, from the demo data:
    a product is from its own village or else from its cooperative's."""
    cooperative_village = {
        spec["key"]: spec["village"] for spec in load("cooperatives")["cooperatives"]
    }
    counts = Counter(
        spec["village"] or cooperative_village[spec["cooperative"]]
        for spec in load("products")["products"]
        if spec["craft"] == BROCADE
    )
    [(village, count)] = counts.most_common(1)
    return village, count


def seed_demo():
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


def count_in(link):
    """The number a facet link shows in brackets, e.g. "Kon Kơ Tu (11)" → 11."""
    return int(re.search(r"\((\d+)\)\s*$", link.inner_text()).group(1))


def assert_fits(page, viewport, where):
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= viewport["width"], f"{where} scrolls sideways ({width}px)"


def shop_journey(page, base_url, viewport, screenshot_dir):
    """Filter, open the first product, add two of a variant; returns the pages' axe findings."""
    label = "phone" if viewport is PHONE else "desktop"
    page.set_viewport_size(viewport)
    page.context.clear_cookies()  # a new visitor with an empty cart
    findings = {}

    craft_title = english_title(load("crafts")["crafts"], BROCADE)
    village_key, expected = village_with_most_brocade()
    village_title = english_title(load("villages")["villages"], village_key)
    craft = CraftPage.objects.get(locale__language_code="en", title=craft_title)
    village = VillagePage.objects.get(locale__language_code="en", title=village_title)

    # The whole shop: every demo product, twelve to a page.
    page.goto(f"{base_url}/en/shop/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    total = len(load("products")["products"])
    expect(page.locator(".result-count")).to_have_text(f"{total} products")
    expect(page.locator(".card-grid .card")).to_have_count(12)
    assert_fits(page, viewport, f"/en/shop/ ({label})")
    if violations := serious_violations(page):
        findings[f"/en/shop/ ({label})"] = violations

    # Brocade weaving from the Craft facet.
    craft_link = page.get_by_role("navigation", name="Craft").get_by_role(
        "link", name=re.compile(rf"^{re.escape(craft_title)} \(\d+\)$")
    )
    craft_count = count_in(craft_link)
    craft_link.click()
    expect(page).to_have_url(re.compile(rf"[?&]craft={craft.pk}(&|$)"))
    expect(craft_link).to_have_attribute("aria-current", "true")
    expect(page.locator(".result-count")).to_have_text(f"{craft_count} products")

    # Then the village with the most brocade: its facet count is what the list will hold.
    village_link = page.get_by_role("navigation", name="Village").get_by_role(
        "link", name=re.compile(rf"^{re.escape(village_title)} \(\d+\)$")
    )
    assert count_in(village_link) == expected
    village_link.click()
    expect(
        page.get_by_role("navigation", name="Village").get_by_role(
            "link", name=re.compile(rf"^{re.escape(village_title)} \(")
        )
    ).to_have_attribute("aria-current", "true")
    query = parse_qs(urlsplit(page.url).query)
    assert query["craft"] == [str(craft.pk)]
    assert query["village"] == [str(village.pk)]
    expect(page.locator(".result-count")).to_have_text(f"{expected} products")
    cards = page.locator(".card-grid .card__title a")
    expect(cards).to_have_count(expected)
    # Titles repeat between cooperatives, so the cards are looked up by their links.
    titles = cards.all_inner_texts()
    links = [urlsplit(href).path for href in cards.evaluate_all("as => as.map(a => a.href)")]
    english = ProductPage.objects.live().filter(locale__language_code="en")
    by_url = {product.url: product for product in english.filter(title__in=titles)}
    listed = [by_url[link] for link in links]
    assert [product.title for product in listed] == titles
    # An untranslated product (an alias) names the Vietnamese craft and village.
    assert {(p.craft.translation_key, p.village.translation_key) for p in listed} == {
        (craft.translation_key, village.translation_key)
    }
    assert_fits(page, viewport, f"filtered shop ({label})")
    page.screenshot(path=screenshot_dir / f"shop-brocade-en-{label}.png", full_page=True)
    if violations := serious_violations(page):
        findings[f"filtered shop ({label})"] = violations

    # The first product, and a variant in stock chosen with the keyboard.
    first_title = titles[0]
    cards.first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(first_title)
    product = listed[0]
    variants = list(ProductVariant.objects.of_product(product).filter(active=True))
    in_stock = [variant for variant in variants if variant.in_stock]
    assert in_stock, f"the first brocade product of {village_title} is sold out"
    form = page.locator("form", has=page.get_by_role("button", name="Add to cart"))
    expect(form.get_by_role("group", name="Choose a variant")).to_be_visible()
    # The form preselects the first variant in stock; ArrowDown moves to the next one in
    # stock (the browser skips sold-out, disabled radios) or stays when it is the only one.
    wanted = in_stock[1] if len(in_stock) > 1 else in_stock[0]
    assert wanted.stock >= 2, f"{wanted.sku} has fewer than two in stock"
    preselected = form.locator(f'input[name="sku"][value="{in_stock[0].sku}"]')
    expect(preselected).to_be_checked()
    preselected.focus()
    page.keyboard.press("ArrowDown")
    radio = form.locator(f'input[name="sku"][value="{wanted.sku}"]')
    expect(radio).to_be_checked()
    expect(radio).to_be_focused()
    page.keyboard.press("Tab")
    quantity = form.get_by_role("spinbutton", name="Quantity")
    expect(quantity).to_be_focused()
    page.keyboard.press("ControlOrMeta+a")
    page.keyboard.type("2")
    expect(quantity).to_have_value("2")
    page.keyboard.press("Tab")
    expect(form.get_by_role("button", name="Add to cart")).to_be_focused()
    page.keyboard.press("Enter")

    expect(page).to_have_url(f"{base_url}{product.url}")
    message = page.locator("div.messages")
    expect(message).to_contain_text("Added to your cart:")
    expect(message).to_contain_text(first_title)
    expect(message).to_contain_text(f"2 × {first_title} ({wanted.label_en or wanted.label})")
    assert_fits(page, viewport, f"{product.url} ({label})")
    page.screenshot(path=screenshot_dir / f"product-added-en-{label}.png", full_page=True)
    if violations := serious_violations(page):
        findings[f"{product.url} ({label})"] = violations
    return findings


def test_shopper_finds_village_brocade_and_adds_it_to_the_cart(
    live_server, page, page_problems, screenshot_dir
):
    """One test for the whole shop in a browser: seeding the demo is its slowest part."""
    seed_demo()
    findings = {}
    for viewport in (PHONE, DESKTOP):
        findings |= shop_journey(page, live_server.url, viewport, screenshot_dir)
    assert findings == {}
    check_sold_out_product_cannot_be_added_to_the_cart(page, live_server.url)
    assert page_problems == []


def check_sold_out_product_cannot_be_added_to_the_cart(page, base_url):
    product = (
        ProductPage.objects.live()
        .filter(locale__language_code="en")
        .with_prices()
        .filter(available=False, lowest_price__isnull=False)
        .order_by("path")
        .first()
    )
    assert product is not None, "the demo has no sold-out product"
    stock = ProductVariant.objects.of_product(product).filter(active=True)
    assert stock.exists() and not stock.filter(stock__gt=0).exists()

    page.set_viewport_size(PHONE)
    page.goto(f"{base_url}{product.url}")
    expect(page.get_by_role("heading", level=1)).to_have_text(product.title)
    expect(page.get_by_role("button", name="Add to cart")).to_have_count(0)
    expect(page.get_by_role("radio")).to_have_count(0)
    expect(page.locator(".product__buy")).to_contain_text("Sold out")
