import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from tests.e2e.conftest import serious_violations

# serialized_rollback restores the rows migrations create (root page, locale, collection)
# after each test flushes the database for the live server.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def demo_site(db):
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_visitor_switches_from_vietnamese_to_english(
    live_server, page, demo_site, page_problems, screenshot_dir
):
    page.goto(f"{live_server.url}/vi/")
    expect(page.locator("html")).to_have_attribute("lang", "vi")
    page.screenshot(path=screenshot_dir / "home-vi.png", full_page=True)

    page.get_by_role("navigation", name="Ngôn ngữ").get_by_role("link", name="EN").click()

    expect(page).to_have_url(f"{live_server.url}/en/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Central Highlands")
    page.screenshot(path=screenshot_dir / "home-en.png", full_page=True)
    assert page_problems == []


@pytest.mark.parametrize("path", ["/vi/", "/en/", "/vi/gioi-thieu/", "/en/delivery/"])
def test_pages_pass_automated_accessibility_checks(live_server, page, demo_site, path):
    page.goto(f"{live_server.url}{path}")

    assert serious_violations(page) == []


def test_phone_visitor_reaches_content_by_keyboard(live_server, browser, demo_site, screenshot_dir):
    context = browser.new_context(viewport={"width": 360, "height": 740}, locale="en-GB")
    phone = context.new_page()
    phone.goto(f"{live_server.url}/en/about/")

    phone.keyboard.press("Tab")
    skip = phone.get_by_role("link", name="Skip to content")
    expect(skip).to_be_focused()
    phone.keyboard.press("Enter")
    expect(phone.locator("main")).to_be_focused()
    scroll_width = phone.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 360, "the page must not scroll sideways on a phone"
    phone.screenshot(path=screenshot_dir / "about-en-phone.png", full_page=True)
    context.close()
