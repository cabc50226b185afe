"""A cooperative's staff member, on a phone (360 × 740) in Vietnamese, chooses Zalo from
the cooperative's home, types their number and the code the fake Zalo received, and sees
the list of their messages; a new order then reaches them on Zalo, Zalo's signed receipt
comes back, and the list shows it delivered. Every screen is photographed into
test-artifacts/ (`zalo-vi-360-phone.png`, …) and checked as the other phone journeys are."""

import pytest
from playwright.sync_api import expect

from notifications.models import Message, Status
from orders.emails import send_new_order_to_cooperatives
from tests.e2e.test_admin_phone_journeys import (
    Screens,
    assert_all_good,
    cooperative,  # noqa: F401 (a fixture)
    log_in,
    page_titles,
    phone_context,
)
from tests.factories.orders import make_order
from tests.fakes.zalo_server import event_body, post_event

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TYPED_PHONE = "0905 111 222"  # illustrative
OWN_CONTROLS = (
    ".staff-phone__button, .staff-phone input:not([type=radio]), .coop-action,"
    " .staff-phone label:has(input[type=radio])"  # a radio is tapped by its whole label
)


def test_staff_confirm_their_phone_by_zalo_and_see_a_delivered_message(
    live_server,
    browser,
    cooperative,  # noqa: F811 (the fixture imported above)
    fake_zalo,
    screenshot_dir,
):
    page = phone_context(browser).new_page()
    screens = Screens(
        page,
        screenshot_dir,
        "zalo-vi-360",
        user_content=[*page_titles(), "localhost", "det", "Y Hoa", TYPED_PHONE],
    )
    log_in(page, live_server.url, "det")

    page.locator("#cooperative-home-section").get_by_role(
        "link", name="Nhận tin qua Zalo hoặc SMS"
    ).click()
    page.locator("#id_phone").fill(TYPED_PHONE)
    expect(page.get_by_label("Zalo")).to_be_checked()  # the one channel the site has
    screens.check("phone", controls=OWN_CONTROLS)
    page.get_by_role("button", name="Gửi mã cho tôi").click()

    code = fake_zalo.code_for("+84905111222")
    page.locator("#id_code").fill("000000" if code != "000000" else "111111")
    page.get_by_role("button", name="Xác nhận số điện thoại").click()
    expect(page.get_by_text("Mã này không đúng với mã chúng tôi đã gửi.")).to_be_visible()
    screens.check("wrong-code", controls=OWN_CONTROLS)
    page.locator("#id_code").fill(code)
    page.get_by_role("button", name="Xác nhận số điện thoại").click()
    expect(page.get_by_text("Số điện thoại của bạn đã được xác nhận.")).to_be_visible()

    order = make_order(
        {cooperative["page"]: [(cooperative["page"].get_children().first().specific, 1)]}
    )
    send_new_order_to_cooperatives.call(order.pk)
    [sent] = fake_zalo.sent
    assert sent["phone"] == "84905111222"
    url = f"{live_server.url}/notifications/zalo/events/"
    assert post_event(url, event_body(sent["msg_id"])) == 200

    # The stored message is written once, in the cooperatives' language, for both interfaces.
    screens.user_content.append(Message.objects.get().text)
    page.reload()
    message = page.locator(".staff-message").filter(has_text=order.code)
    expect(message).to_contain_text("Đã đến máy")
    expect(message.get_by_role("link")).to_have_attribute("href", Message.objects.get().link)
    assert Message.objects.get().status == Status.DELIVERED
    screens.check("messages", controls=OWN_CONTROLS)
    assert_all_good(screenshot_dir, screens)
