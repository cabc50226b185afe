"""The demo site in a real browser. One test, because building the demo site takes tens of
seconds on a small machine; each step says what it checks."""

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from stories.models import StoryPage, VillagePage
from tests.e2e.conftest import serious_violations

# serialized_rollback restores the rows migrations create (root page, locale, collection)
# after each test flushes the database for the live server.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_demo_site_in_a_browser(live_server, page, browser, page_problems, screenshot_dir):
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115

    # A visitor opens the Vietnamese home page and switches to English.
    page.goto(f"{live_server.url}/vi/")
    expect(page.locator("html")).to_have_attribute("lang", "vi")
    page.screenshot(path=screenshot_dir / "home-vi.png", full_page=True)
    page.get_by_role("navigation", name="Ngôn ngữ").get_by_role("link", name="EN").click()
    expect(page).to_have_url(f"{live_server.url}/en/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Central Highlands")
    page.screenshot(path=screenshot_dir / "home-en.png", full_page=True)

    # Demo pages pass automated accessibility checks in both languages.
    village = VillagePage.objects.live().filter(locale__language_code="vi").first()
    story = StoryPage.objects.live().filter(locale__language_code="en").first()
    findings = {}
    for path in [
        "/vi/",
        "/en/",
        "/vi/gioi-thieu/",
        "/en/delivery/",
        village.url,
        story.url,
        "/vi/search/?q=tho+cam",
    ]:
        page.goto(f"{live_server.url}{path}")
        violations = serious_violations(page)
        if violations:
            findings[path] = violations
    assert findings == {}
    page.goto(f"{live_server.url}{village.url}")
    page.screenshot(path=screenshot_dir / "village-vi.png", full_page=True)
    assert page_problems == []

    # On a phone, the skip link is the first stop and nothing scrolls sideways.
    context = browser.new_context(viewport={"width": 360, "height": 740}, locale="en-GB")
    phone = context.new_page()
    phone.goto(f"{live_server.url}/en/about/")
    phone.keyboard.press("Tab")
    expect(phone.get_by_role("link", name="Skip to content")).to_be_focused()
    phone.keyboard.press("Enter")
    expect(phone.locator("main")).to_be_focused()
    for path in ["/en/about/", village.url, "/en/villages/", "/vi/su-kien/"]:
        phone.goto(f"{live_server.url}{path}")
        width = phone.evaluate("document.documentElement.scrollWidth")
        assert width <= 360, f"{path} scrolls sideways on a phone ({width}px)"
    phone.goto(f"{live_server.url}/en/about/")
    phone.screenshot(path=screenshot_dir / "about-en-phone.png", full_page=True)
    context.close()
