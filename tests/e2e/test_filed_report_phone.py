"""An Ethnic Committee officer, on a phone (360 × 740) in Vietnamese, files last year's
programme report and opens it as filed, then its page to print; the page to print is also
laid out on A4 paper (test-artifacts/filed-vi-a4.pdf). Every screen is photographed into
test-artifacts/ (`filed-vi-360-report.png`, …) and checked as the other phone journeys are:
axe-core's serious and critical findings, nothing wider than the screen, no interface string
left in English."""

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from monitoring.models import FiledReport
from tests.e2e.conftest import serious_violations
from tests.e2e.phone import past_the_edge
from tests.e2e.test_admin_phone_journeys import (
    PASSWORD,
    Screens,
    assert_all_good,
    log_in,
    page_titles,
    phone_context,
)
from tests.monitoring.conftest import build_programme, placed, unindexed, vietnam_time

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

A4 = {"width": 794, "height": 1123}  # 210 × 297 mm at 96 px to the inch
NUMBER = "15/BC-BDT"
COMMUNES = ["phường Kon Tum", "xã Đăk Dục"]


@pytest.fixture
def officer(homes, django_user_model):
    """A programme with sales in 2025, and an officer of the committee who has not chosen a
    language (the admin follows the phone's)."""
    with unindexed():
        p = build_programme(homes)
    placed(vietnam_time(2025, 3, 8, 9), {p["weavers"]: [(p["scarf"], 2)]})
    placed(vietnam_time(2025, 9, 2, 15), {p["baskets"]: [(p["basket"], 1)]})
    user = django_user_model.objects.create_user("hương", password=PASSWORD, first_name="Hương")
    user.groups.add(Group.objects.get(name="Ethnic Committee"))
    return user


@pytest.mark.usefixtures("officer")
def test_an_officer_files_the_report_and_prints_it_from_a_phone(
    live_server, browser, screenshot_dir
):
    page = phone_context(browser).new_page()
    screens = Screens(
        page,
        screenshot_dir,
        "filed-vi-360",
        # The communes are as editors typed them on the village pages.
        user_content=[*page_titles(), "localhost", "hương", "Hương", NUMBER, *COMMUNES],
    )
    log_in(page, live_server.url, "hương")

    page.goto(f"{live_server.url}/admin/programme-report/?year=2025")
    screens.check("report")
    page.get_by_role("link", name="Chốt báo cáo này").click()
    page.locator("#id_number").fill(NUMBER)
    screens.check("form")
    page.get_by_role("button", name="Chốt báo cáo").click()
    expect(page.locator(".messages")).to_contain_text("Đã chốt báo cáo.")
    screens.check("filed")
    filed = FiledReport.objects.get()
    assert filed.number == NUMBER

    page.goto(f"{live_server.url}/admin/programme-report/filed/{filed.pk}/print/?language=vi")
    expect(page.locator(".document-header")).to_contain_text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    expect(page.locator(".document-header")).to_contain_text(f"Số: {NUMBER}")
    page.screenshot(path=screenshot_dir / "filed-vi-360-print.png", full_page=True)
    printable = {
        "axe": serious_violations(page),
        "wider than the screen": past_the_edge(page, root="main"),
    }

    paper = browser.new_context(
        viewport=A4, locale="vi-VN", storage_state=page.context.storage_state()
    ).new_page()
    paper.goto(page.url)
    paper.emulate_media(media="print")
    paper.screenshot(path=screenshot_dir / "filed-vi-a4.png")
    paper.pdf(path=screenshot_dir / "filed-vi-a4.pdf", prefer_css_page_size=True)
    printable["wider than A4"] = past_the_edge(paper, root="main")
    assert not paper.locator(".report-print__actions").is_visible()

    assert not any(printable.values()), printable
    assert_all_good(screenshot_dir, screens)
