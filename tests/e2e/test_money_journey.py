"""The money loop in a real browser, in Vietnamese: a buyer on a phone (360 × 740) orders a
scarf and pays by bank transfer; the (fake) payOS's signed notice confirms the order with
nobody touching the admin; the weaving cooperative's staff member finds the order on this
month's statement on their phone; the shop's finance staff prepare the payouts and record
the cooperative's as sent; the staff member confirms on the phone that the money arrived,
and the statement ends the month at 0 ₫. The statement is photographed into test-artifacts/
(`statement-vi-360.png`, `statement-paid-out-vi-360.png`, full page) and checked as the
other phone screens are: axe-core's serious and critical findings, nothing wider than the
screen, big enough controls, no interface string left in English, and every control
reachable with the Tab key."""

from decimal import Decimal

import pytest
from django.contrib.auth.models import Permission
from playwright.sync_api import expect

from catalog.staff import ensure_staff_group
from orders.models import Order, ShopSettings
from payments.models import Payment, Payout, PayoutAccount
from tests.e2e.conftest import serious_violations
from tests.e2e.test_admin_phone_journeys import (
    PASSWORD,
    Screens,
    assert_all_good,
    log_in,
    page_titles,
    phone_context,
)
from tests.e2e.test_order_journeys import (
    add_to_cart,
    fill_checkout,
    shop,  # noqa: F401 (a fixture)
)
from tests.fakes import payos_server

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

COOPERATIVE = "HTX Dệt thổ cẩm Kon Kơ Tu"
PAYOUT_REFERENCE = "FT26341987654"
# The scarf (350.000 ₫) and its delivery within the province (25.000 ₫), less the shop's 5 %
# commission on the goods (17.500 ₫) and payOS's fee for the transfer (2.000 ₫ here).
TOTAL, COMMISSION, FEE = 375_000, 17_500, 2_000
OWED = TOTAL - COMMISSION - FEE
# The statement's controls a staff member uses, which must suit a finger.
STATEMENT_CONTROLS = "main nav .button, main form .button"


@pytest.fixture
def money(shop, settings, django_user_model):  # noqa: F811 (the fixture imported above)
    """The shop of the order journeys, its transfers watched by the fake payOS (the account
        payOS shows is the shop's, at BIDV), the weavers with a payout account and 5 %
        commission, their staff member, and the shop's finance staff member (who manages orders,
    with no other right)."""
    settings.PAYOS_FEE_PER_TRANSFER = FEE
    ShopSettings.objects.update(
        bank_bin=payos_server.BANK_BIN,
        account_number=payos_server.ACCOUNT_NUMBER,
        account_holder=payos_server.ACCOUNT_NAME,
    )
    weavers = shop["KHAN-01"].get_parent().specific
    PayoutAccount.objects.create(
        cooperative=weavers,
        bank="Agribank – Chi nhánh Kon Tum",
        account_number="5100205123456",
        account_holder="HTX DET THO CAM KON KO TU",
        commission_percent=Decimal(5),
    )
    staff = django_user_model.objects.create_user("det", password=PASSWORD, first_name="Y Hoa")
    staff.groups.add(ensure_staff_group(weavers))
    finance = django_user_model.objects.create_user("ketoan", password=PASSWORD)
    finance.user_permissions.add(
        Permission.objects.get(codename="manage_order"),
        Permission.objects.get(codename="access_admin"),
    )
    return {"scarf": shop["KHAN-01"], "weavers": weavers}


# Describes the element that has the keyboard's focus: its text, else its label.
FOCUSED = """() => {
    const element = document.activeElement;
    return (element.innerText || element.value || element.getAttribute("aria-label") || "").trim();
}"""


def reached_by_tab(page, presses=80):
    """The texts of the controls the Tab key reaches from the top of a page just loaded."""
    reached = []
    for _ in range(presses):
        page.keyboard.press("Tab")
        reached.append(page.evaluate(FOCUSED))
    return reached


def test_a_transfer_confirms_itself_and_the_cooperative_is_paid_out(
    live_server, browser, money, fake_payos, screenshot_dir
):
    # The buyer, on a phone: a scarf, paid by bank transfer.
    buyer = phone_context(browser).new_page()
    vietnamese = {"button": "Thêm vào giỏ", "added": "Đã thêm vào giỏ"}
    add_to_cart(buyer, live_server.url + money["scarf"].url, vietnamese)
    buyer.goto(live_server.url + "/vi/cart/")
    buyer.get_by_role("link", name="Tiến hành đặt hàng").click()
    fill_checkout(
        buyer,
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
            "method": "Chuyển khoản (VietQR)",
        },
    )
    buyer.get_by_role("button", name="Đặt hàng").click()

    order = Order.objects.get()
    expect(buyer.get_by_role("heading", level=1)).to_have_text(f"Đơn hàng {order.code}")
    expect(buyer.locator(".order-status")).to_contain_text("Chờ thanh toán")
    transfer = buyer.locator("section.vietqr")
    expect(transfer.get_by_role("heading", name="Thanh toán bằng chuyển khoản")).to_be_visible()
    expect(
        transfer.get_by_role("img", name=f"Mã VietQR để thanh toán đơn hàng {order.code}")
    ).to_be_visible()
    expect(transfer).to_contain_text("BIDV")
    expect(transfer).to_contain_text(payos_server.ACCOUNT_NUMBER)
    expect(transfer).to_contain_text("375.000 ₫")
    expect(transfer.locator("div", has_text="Nội dung chuyển khoản").last).to_contain_text(
        order.code
    )
    buyer.screenshot(path=screenshot_dir / "order-transfer-vi-360.png", full_page=True)
    findings = {"order waiting for the transfer": serious_violations(buyer)}

    # The transfer reaches the shop's account; payOS tells the site, nobody else does.
    request = order.payments.get(provider=Payment.Provider.PAYOS)
    assert fake_payos.created[request.pk]["amount"] == TOTAL
    statuses = fake_payos.pay(live_server.url + "/payments/payos/webhook/", request.pk)
    assert statuses == [200]
    buyer.reload()
    expect(buyer.locator(".order-status")).to_contain_text("Đã xác nhận")
    expect(buyer.locator(".order-status")).to_contain_text("Chuyển khoản (VietQR), đã thanh toán")
    expect(buyer.locator("section.vietqr")).to_have_count(0)
    buyer.screenshot(path=screenshot_dir / "order-transfer-paid-vi-360.png", full_page=True)
    findings["order paid"] = serious_violations(buyer)
    order.refresh_from_db()
    assert (order.status, order.payment_status) == ("confirmed", "paid")
    assert {screen: found for screen, found in findings.items() if found} == {}

    # The cooperative's staff member finds the order on this month's statement.
    staff = phone_context(browser).new_page()
    user_content = [
        *page_titles(),
        "localhost",
        "det",
        "Y Hoa",
        order.code,
        PAYOUT_REFERENCE,
    ]
    screens = Screens(staff, screenshot_dir, "money-vi-360", user_content)
    log_in(staff, live_server.url, "det")
    staff.locator("#cooperative-home-section").get_by_role("link", name="Tiền và bảng kê").click()
    expect(staff.get_by_role("heading", level=1)).to_contain_text("Bảng kê tháng")
    row = staff.locator(".statement__row", has_text=order.code)
    expect(row).to_contain_text("Hàng đã bán 350.000 ₫")
    expect(row).to_contain_text("Phí giao hàng 25.000 ₫")
    expect(row).to_contain_text("Hoa hồng -17.500 ₫")
    expect(row).to_contain_text("Phí thanh toán -2.000 ₫")
    expect(row).to_contain_text("người làm 210.000 ₫")  # the scarf's makers keep 60 %
    expect(row.locator("strong")).to_have_text("355.500 ₫")
    expect(closing_balance(staff)).to_have_text("355.500 ₫")
    screens.check("statement", controls=STATEMENT_CONTROLS)
    photograph_whole_screen(staff, screenshot_dir / "statement-vi-360.png")

    # The shop's finance staff prepare the payouts owed until today and send the weavers'.
    finance = browser.new_context(locale="vi-VN").new_page()
    log_in(finance, live_server.url, "ketoan")
    finance.get_by_role("button", name="Cửa hàng").click()
    finance.get_by_role("link", name="Chi trả").click()
    expect(finance).to_have_url(f"{live_server.url}/admin/payouts/")
    finance.get_by_role("button", name="Lập các khoản chi trả").click()
    expect(finance.locator(".messages")).to_contain_text("Đã lập các khoản chi trả")
    payout = Payout.objects.get()
    assert (payout.cooperative_id, payout.amount) == (money["weavers"].pk, OWED)
    expect(finance.locator("main")).to_contain_text(f"{COOPERATIVE}: 355.500 ₫")
    finance.get_by_label("Mã giao dịch ngân hàng").fill(PAYOUT_REFERENCE)
    finance.get_by_role("button", name="Đã chuyển").click()
    expect(finance.locator(".messages")).to_contain_text(
        f"Đã ghi nhận khoản chi trả cho {COOPERATIVE}."
    )
    expect(finance.locator("main")).to_contain_text(f"mã giao dịch {PAYOUT_REFERENCE}")

    # Back on the phone: the payout is on the statement, waiting to be confirmed.
    staff.reload()
    notice = staff.locator("form", has_text="Cửa hàng đã chuyển cho HTX 355.500 ₫")
    expect(notice).to_contain_text(PAYOUT_REFERENCE)
    expect(staff.locator(".statement__row", has_text=PAYOUT_REFERENCE)).to_contain_text(
        "-355.500 ₫"
    )
    expect(closing_balance(staff)).to_have_text("0 ₫")
    reached = reached_by_tab(staff)
    month = staff.locator("nav[aria-label='Các tháng'] a").first.inner_text()
    for control in [month, "In", "Bảng tính (XLSX)", "Đã nhận được"]:
        assert control in reached, f"Tab does not reach {control!r}: {reached}"
    screens.check("payout-sent", controls=STATEMENT_CONTROLS)

    notice.get_by_role("button", name="Đã nhận được").click()
    expect(staff.locator(".messages")).to_contain_text(
        "Cảm ơn: khoản chi trả đã được xác nhận là đã nhận."
    )
    expect(staff.get_by_role("button", name="Đã nhận được")).to_have_count(0)
    expect(closing_balance(staff)).to_have_text("0 ₫")
    screens.check("statement-paid-out", controls=STATEMENT_CONTROLS)
    photograph_whole_screen(staff, screenshot_dir / "statement-paid-out-vi-360.png")
    payout.refresh_from_db()
    assert (payout.status, payout.bank_reference) == ("confirmed", PAYOUT_REFERENCE)
    assert payout.confirmed_by.username == "det"
    assert_all_good(screenshot_dir, screens)


def photograph_whole_screen(page, path):
    """A screenshot of the whole admin screen. Wagtail's admin scrolls inside its <main>, so
    a full-page screenshot of the window holds only what is on the screen: the window is
    made as tall as the screen's content for the photograph, as wide as before."""
    viewport = page.viewport_size
    height = page.evaluate(
        "() => { const main = document.querySelector('main');"
        " return Math.ceil(main.getBoundingClientRect().top + main.scrollHeight); }"
    )
    page.set_viewport_size({"width": viewport["width"], "height": max(height, viewport["height"])})
    page.screenshot(path=path, full_page=True)
    page.set_viewport_size(viewport)


def closing_balance(page):
    """What the shop owes the cooperative at the end of the month, as its statement says."""
    return page.locator(".statement__closing dd")
