"""A cooperative's staff member makes a batch of QR labels on a phone (360 × 740) in
Vietnamese, opens the print views (A4 sheet and thermal roll), then the QR's address opens
the "who made this" page in Vietnamese and in English (by Accept-Language), and a tampered
code shows the not-valid page. Every screen is photographed into test-artifacts/
(`labels-vi-360-form.png`, …) and checked as the other phone journeys are."""

import pytest
from playwright.sync_api import expect

from labels.models import Label
from tests.e2e.conftest import serious_violations
from tests.e2e.phone import past_the_edge
from tests.e2e.test_admin_phone_journeys import (
    PHONE,
    Screens,
    assert_all_good,
    cooperative,  # noqa: F401 (a fixture)
    log_in,
    page_titles,
    phone_context,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

LABEL_CONTROLS = ".button, .print-controls__layouts a, .label-run__print a, .bar__nav a"


@pytest.mark.usefixtures("cooperative")
def test_staff_print_a_batch_of_labels_and_buyers_check_them(live_server, browser, screenshot_dir):
    page = phone_context(browser).new_page()
    codes = []
    screens = Screens(
        page,
        screenshot_dir,
        "labels-vi-360",
        user_content=[*page_titles(), "localhost", "det"],
    )
    log_in(page, live_server.url, "det")

    page.locator("#cooperative-home-section").get_by_role(
        "link", name="In nhãn QR cho sản phẩm"
    ).click()
    page.get_by_role("link", name="Làm nhãn mới").click()
    page.locator("#id_product").select_option(label="Khăn thổ cẩm")
    page.get_by_label("Một mẻ (mỗi chiếc một số)").check()
    page.locator("#id_quantity").fill("0")
    page.get_by_role("button", name="Làm nhãn").click()
    expect(page.get_by_text("In ít nhất 1 nhãn.")).to_be_visible()
    screens.check("form-mistake", LABEL_CONTROLS)
    page.locator("#id_quantity").fill("12")
    page.locator("#id_artisan").select_option(label="Y Đrin")
    screens.check("form", LABEL_CONTROLS)
    page.get_by_role("button", name="Làm nhãn").click()

    expect(page.locator(".label")).to_have_count(12)
    screens.check("print-a4", LABEL_CONTROLS)
    codes = [code.inner_text() for code in page.locator(".label__code").all()]
    page.emulate_media(media="print")
    page.screenshot(path=screenshot_dir / "labels-vi-360-print-a4-paper.png", full_page=True)
    page.emulate_media(media="screen")
    page.get_by_role("link", name="Cuộn nhãn máy in nhiệt 50 × 30 mm").click()
    expect(page.locator(".labels__page")).to_have_count(12)
    screens.check("print-roll", LABEL_CONTROLS)
    label = Label.objects.get()
    assert (label.quantity, label.maker_name, label.maker_share_percent) == (12, "Y Đrin", 60)

    buyer_vi = browser.new_context(viewport=PHONE, locale="vi-VN").new_page()
    public_problems = {}
    buyer_vi.goto(f"{live_server.url}/l/{codes[2]}")
    expect(buyer_vi).to_have_url(f"{live_server.url}/vi/l/{codes[2]}")
    expect(buyer_vi.locator(".who-made__genuine")).to_contain_text("Nhãn thật")
    expect(buyer_vi.locator(".who-made__facts")).to_contain_text("3 trên 12")
    public_problems["genuine"] = public_page_problems(buyer_vi, screenshot_dir, "vi-genuine")

    tampered = codes[2][:-1] + ("A" if codes[2][-1] != "A" else "B")
    buyer_vi.goto(f"{live_server.url}/l/{tampered}")
    expect(buyer_vi.get_by_role("heading", name="Nhãn này không hợp lệ")).to_be_visible()
    public_problems["not-valid"] = public_page_problems(buyer_vi, screenshot_dir, "vi-not-valid")

    buyer_en = browser.new_context(viewport=PHONE, locale="en-GB").new_page()
    buyer_en.goto(f"{live_server.url}/l/{codes[2]}")
    expect(buyer_en).to_have_url(f"{live_server.url}/en/l/{codes[2]}")
    expect(buyer_en.locator(".who-made__genuine")).to_contain_text("Genuine label")
    public_problems["en"] = public_page_problems(buyer_en, screenshot_dir, "en-genuine")
    assert_all_good(screenshot_dir, screens)
    assert not any(public_problems.values()), public_problems


def public_page_problems(page, directory, name):
    """A public page at a fixed language's address, photographed and checked: axe-core's
    serious findings and anything wider than the phone."""
    page.wait_for_load_state("networkidle")
    page.screenshot(path=directory / f"labels-buyer-{name}-360.png", full_page=True)
    return serious_violations(page) + past_the_edge(page, "main")
