"""A visit asked and answered on phones (360 × 740), in Vietnamese: a visitor asks a village
for a homestay night from its page, filling the form by keyboard, and reads what happens
next; the village's host logs in, opens the request and welcomes the group with a note. Every
screen is photographed into test-artifacts/ (`visit-vi-360-*.png`) and checked with axe-core
(serious and critical findings), for anything wider than the screen and for interface strings
left in English (`tests.e2e.interface_language`)."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from tests.e2e.conftest import serious_violations
from tests.e2e.interface_language import english_left_on
from tests.e2e.phone import CONTENT, past_the_edge
from tests.factories.stories import build_stories_site
from visits.hosts import name_host
from visits.models import VisitRequest

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 360, "height": 740}
PASSWORD = "langnghe-phone-2026"
NOTE = "Đoàn đến nhà rông lúc 8 giờ sáng, già làng sẽ đón."
# What people wrote, the same in both languages by nature.
USER_CONTENT = ["Làng Đăk Răng", "Đăk Răng village", "Nguyễn Thị Lan", "a-ly", "A Ly", NOTE]


@pytest.fixture
def village(homes, django_user_model):
    """Đăk Răng village with its host, who has not chosen a language (the admin follows the
    phone's)."""
    village = build_stories_site(homes)["village"]["vi"]
    host = django_user_model.objects.create_user(
        "a-ly", password=PASSWORD, email="a-ly@example.test", first_name="A Ly"
    )
    name_host(village, host)
    return village


def check(page, screens, directory, name, content="main"):
    """Photograph the screen and keep what is wrong with it. The admin's screens are checked
    on their content only (`CONTENT`), as Wagtail's own frame slides parts in from the edge,
    and for strings left in English (the admin follows the browser's language; a public
    page's language is in its address)."""
    page.wait_for_load_state("networkidle")
    page.screenshot(path=directory / f"visit-vi-360-{name}.png", full_page=True)
    in_admin = content == CONTENT
    for kind, found in {
        "axe": serious_violations(page),
        "wider than the screen": past_the_edge(page, root=content),
        "still in English": english_left_on(page, USER_CONTENT) if in_admin else [],
    }.items():
        if found:
            screens.setdefault(kind, {})[name] = found


def test_a_visitor_asks_for_a_homestay_and_the_host_welcomes_them_on_a_phone(
    live_server, browser, village, screenshot_dir, page_problems
):
    problems = {}
    arrival = timezone.localdate() + timedelta(days=20)
    context = browser.new_context(viewport=PHONE, locale="vi-VN")
    page = context.new_page()
    page.on("console", lambda m: m.type == "error" and page_problems.append(m.text))

    page.goto(live_server.url + village.url)
    page.get_by_role("link", name="Yêu cầu tham quan").click()
    check(page, problems, screenshot_dir, "form")
    page.get_by_label("Nghỉ một đêm homestay").focus()
    page.keyboard.press("Space")
    page.get_by_label("Ngày đến").fill(arrival.isoformat())
    page.get_by_label("Ngày đi (không bắt buộc)").fill((arrival + timedelta(days=1)).isoformat())
    page.get_by_label("Số người").fill("3")
    page.get_by_label("Họ và tên").fill("Nguyễn Thị Lan")
    page.get_by_label("Điện thoại").fill("0912 345 678")
    page.get_by_label("Tôi đồng ý").focus()
    page.keyboard.press("Space")
    page.keyboard.press("Tab")  # past the hidden honeypot: it takes no focus
    page.get_by_role("button", name="Gửi yêu cầu").focus()
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Cảm ơn bạn: yêu cầu đã được gửi")
    check(page, problems, screenshot_dir, "thanks")
    visit = VisitRequest.objects.get()
    assert (visit.kind, visit.arrival, visit.nights, visit.phone, visit.language) == (
        "homestay",
        arrival,
        1,
        "+84912345678",
        "vi",
    )

    host_page = browser.new_context(viewport=PHONE, locale="vi-VN").new_page()
    host_page.goto(f"{live_server.url}/admin/login/")
    host_page.locator("input[name=username]").fill("a-ly")
    host_page.locator("input[name=password]").fill(PASSWORD)
    host_page.locator("input[name=password]").press("Enter")
    expect(host_page).to_have_url(f"{live_server.url}/admin/")
    host_page.goto(f"{live_server.url}/admin/visit_requests/")
    check(host_page, problems, screenshot_dir, "inbox", CONTENT)
    host_page.get_by_role("link", name="Nguyễn Thị Lan").click()
    expect(host_page.locator("main")).to_contain_text("Nghỉ một đêm homestay")
    check(host_page, problems, screenshot_dir, "request", CONTENT)
    host_page.get_by_label("Nhận khách").check()
    host_page.get_by_label("Ghi chú cho khách").fill(NOTE)
    host_page.get_by_role("button", name="Gửi câu trả lời").click()

    expect(host_page.locator(".messages")).to_contain_text("gọi điện báo cho khách")
    check(host_page, problems, screenshot_dir, "answered", CONTENT)
    visit.refresh_from_db()
    assert visit.status == VisitRequest.Status.ACCEPTED
    assert visit.answers.get().note == NOTE
    assert not problems, problems
    assert not page_problems, page_problems
