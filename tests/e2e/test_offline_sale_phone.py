"""A cooperative's staff member records, on a phone (360 × 740) in Vietnamese, the sales of a
day at a fair: from the home's button, an item from the cooperative's products with the
makers' share it declares, then a day's takings at a consignment shop as one amount; the
listing shows both and their total. Every screen is photographed into test-artifacts/
(`sale-vi-360-form.png`, …) and checked as the other phone journeys are."""

import pytest
from playwright.sync_api import expect

from offline_sales.models import OfflineSale
from tests.e2e.test_admin_phone_journeys import (
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

PLACE = "Hội chợ OCOP Quảng Ngãi 2026"
SHOP = "Cửa hàng lưu niệm Măng Đen"


@pytest.mark.usefixtures("cooperative")
def test_staff_record_sales_outside_the_site_from_a_phone(live_server, browser, screenshot_dir):
    page = phone_context(browser).new_page()
    screens = Screens(
        page,
        screenshot_dir,
        "sale-vi-360",
        user_content=[*page_titles(), "localhost", "det", "Y Hoa", PLACE, SHOP],
    )
    log_in(page, live_server.url, "det")

    page.locator("#cooperative-home-section").get_by_role(
        "link", name="Ghi một lần bán ngoài trang web"
    ).click()
    page.locator("#id_channel").select_option("fair")
    page.locator("#id_place").fill(PLACE)
    page.locator("#id_lines-ADD").click()
    page.locator("#id_lines-0-product").select_option(label="Khăn thổ cẩm")
    page.locator("#id_lines-0-quantity").fill("3")
    page.locator("#id_lines-0-unit_price").fill("320000")
    screens.check("form")
    page.locator("footer button[type=submit]").first.click()
    expect(page.locator(".messages")).to_be_visible()

    page.goto(f"{live_server.url}/admin/offline_sales/new/")
    page.locator("#id_channel").select_option("consignment")
    page.locator("#id_place").fill(SHOP)
    page.locator("#id_amount").fill("-1")
    page.locator("footer button[type=submit]").first.click()
    expect(page.get_by_text("Hãy nhập số đồng là số nguyên lớn hơn 0.")).to_be_visible()
    screens.check("form-mistake")
    page.locator("#id_amount").fill("4500000")
    page.locator("#id_makers_share_percent").fill("60")
    page.locator("footer button[type=submit]").first.click()

    expect(page.locator(".coop-figures")).to_contain_text("5.460.000")
    screens.check("listing")
    assert sorted(OfflineSale.objects.values_list("revenue", "makers_share")) == [
        (960_000, 576_000),  # the product declares 60 %
        (4_500_000, 2_700_000),
    ]
    assert_all_good(screenshot_dir, screens)
