"""A review in a real browser: an English buyer whose scarf was delivered follows the link
in the e-mail on a 390 px phone, chooses five stars with the keyboard and writes a review; the
cooperative's staff member approves it in the admin, in Vietnamese, on the same phone; the
review then shows on the product page in both languages. axe-core checks every screen."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from catalog.staff import ensure_staff_group
from orders.models import Fulfilment
from orders.services import advance_fulfilment
from tests.e2e.conftest import serious_violations
from tests.factories.catalog import add_cooperative, add_product, add_shop
from tests.factories.orders import make_order
from tests.factories.pages import add_translation

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 390, "height": 844}
PASSWORD = "det-secret-2026"
REVIEW = "Soft, even weaving and a deep indigo. It arrived well packed in four days."


@pytest.fixture
def delivered_scarf(homes, django_user_model):
    """An English buyer's order of a scarf, delivered, and the weavers' staff member."""
    shop_vi = add_shop(homes["vi"])
    shop_en = add_translation(shop_vi, homes["en"], "Shop", "shop")
    weavers = add_cooperative(shop_vi, "HTX Dệt thổ cẩm Kon Kơ Tu", slug="htx-det")
    weavers_en = add_translation(
        weavers, shop_en, "Kon Kơ Tu Weavers", "htx-det", legal_name="HTX", kind="cooperative"
    )
    scarf = add_product(weavers, "Khăn thổ cẩm", price=350_000, stock=5, sku="KHAN-01")
    scarf_en = add_translation(
        scarf,
        weavers_en,
        page=type(scarf)(
            title="Brocade scarf",
            slug=scarf.slug,
            description="<p>Handmade.</p>",
            maker_share_percent=60,
        ),
    )
    staff = django_user_model.objects.create_user("det", password=PASSWORD)
    staff.groups.add(ensure_staff_group(weavers))
    order = make_order({weavers: [(scarf, 1)]}, language="en", name="Anna Weber")
    part = order.fulfilments.get()
    advance_fulfilment(part, Fulfilment.Status.SHIPPED, carrier="VNPost", tracking_number="EB1")
    advance_fulfilment(part, Fulfilment.Status.DELIVERED)
    return {"vi": scarf, "en": scarf_en}


def test_a_buyer_reviews_by_keyboard_on_a_phone_and_staff_approve_it(
    live_server, page, page_problems, screenshot_dir, delivered_scarf
):
    (invitation,) = [m for m in mail.outbox if "has arrived" in m.subject]
    link = re.search(r"/en/reviews/\S+/", invitation.body).group(0)
    page.set_viewport_size(PHONE)

    page.goto(live_server.url + link)
    expect(page.get_by_role("heading", level=1)).to_contain_text("Review your order")
    form_findings = serious_violations(page)
    page.get_by_label("1 star: poor").focus()
    page.keyboard.press("Space")
    for _ in range(4):
        page.keyboard.press("ArrowRight")
    expect(page.get_by_label("5 stars: excellent")).to_be_checked()
    page.get_by_label(re.compile(r"^Your review")).fill(REVIEW)
    expect(page.get_by_label("Name shown with your review")).to_have_value("Anna")
    page.get_by_label("I agree that Làng Nghề publishes my review").focus()
    page.keyboard.press("Space")
    page.get_by_role("button", name="Send review").focus()
    page.keyboard.press("Enter")
    expect(page.locator("div.messages")).to_contain_text("Thank you! Your review of")
    expect(page.locator("main")).to_contain_text("the cooperative is reading it")
    page.screenshot(path=screenshot_dir / "review-written-en-phone.png", full_page=True)
    thanked_findings = serious_violations(page)

    page.goto(f"{live_server.url}/admin/login/")
    page.locator("input[name=username]").fill("det")
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("input[name=password]").press("Enter")
    page.goto(f"{live_server.url}/admin/reviews/?status=pending")
    rows = page.locator("table.listing tbody tr")
    expect(rows).to_have_count(1)
    rows.first.get_by_role("link", name="Khăn thổ cẩm").click()
    expect(page.locator("main")).to_contain_text(REVIEW)
    page.get_by_role("button", name="Duyệt và đăng").click()
    expect(page.locator(".messages")).to_contain_text("Đánh giá: đã duyệt.")
    page.screenshot(path=screenshot_dir / "review-approved-vi-phone.png", full_page=True)
    admin_findings = serious_violations(page)
    page.context.clear_cookies()

    page.goto(live_server.url + delivered_scarf["en"].url)
    review = page.locator("#reviews .review__text")
    expect(review).to_have_text(REVIEW)
    expect(review).to_have_attribute("lang", "en")
    expect(page.locator("#reviews")).to_contain_text("5.0 out of 5, from 1 buyer")
    page.screenshot(path=screenshot_dir / "product-reviews-en-phone.png", full_page=True)
    product_findings = serious_violations(page)
    page.goto(live_server.url + delivered_scarf["vi"].url)
    expect(page.locator("#reviews")).to_contain_text(REVIEW)
    expect(page.locator("#reviews")).to_contain_text("bằng tiếng Anh")

    assert (form_findings, thanked_findings, admin_findings, product_findings) == ([], [], [], [])
    assert serious_violations(page) == []
    assert page_problems == []
