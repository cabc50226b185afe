import pytest
from playwright.sync_api import expect

from stories.models import ClassRegistration
from tests.e2e.conftest import serious_violations
from tests.e2e.phone import past_the_edge
from tests.factories.stories import build_stories_site
from tests.stories.test_lunar import add_tet

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

KEYS = ["craft", "group", "village", "artisan", "story", "event"]
INDEXES = ["stories", "crafts", "groups", "villages", "artisans", "events"]


@pytest.fixture
def section(homes):
    return build_stories_site(homes)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_page_type_is_accessible(live_server, page, section, page_problems, language):
    pages = [section[key][language] for key in KEYS]
    pages += [section["indexes"][key][language] for key in INDEXES]
    findings = {}
    for target in pages:
        page.goto(f"{live_server.url}{target.url}")
        expect(page.locator("h1")).to_have_text(target.title)
        violations = serious_violations(page)
        if violations:
            findings[target.url] = violations

    assert findings == {}
    assert page_problems == []


def test_young_learner_registers_for_a_class_on_a_phone(
    live_server, browser, section, screenshot_dir
):
    context = browser.new_context(viewport={"width": 360, "height": 740}, locale="vi-VN")
    phone = context.new_page()
    event = section["event"]["vi"]
    phone.goto(f"{live_server.url}{event.url}")

    form = phone.locator("form", has=phone.get_by_role("button", name="Đăng ký"))
    form.get_by_label("Họ và tên:", exact=True).fill("Y Nhung")
    form.get_by_label("Điện thoại").fill("0912 34")
    form.get_by_label("Tuổi:", exact=True).fill("15")  # under 16: a parent or guardian agrees too
    form.get_by_label("Làng hoặc xã").fill("làng Đăk Răng")
    form.get_by_label("Họ và tên cha mẹ hoặc người giám hộ").fill("Y Blơng")
    form.get_by_label("Tôi là cha mẹ hoặc người giám hộ").check()
    form.get_by_label("Tôi đồng ý").check()
    form.get_by_role("button", name="Đăng ký").click()

    expect(phone.locator("#id_phone_error")).to_contain_text(
        "Nhập số điện thoại, ví dụ 0912 345 678"
    )
    assert not ClassRegistration.objects.exists()
    phone.screenshot(path=screenshot_dir / "class-registration-error-vi-phone.png", full_page=True)

    phone.get_by_label("Điện thoại").fill("0912 345 678")
    phone.get_by_label("Tôi là cha mẹ hoặc người giám hộ").check()
    phone.get_by_label("Tôi đồng ý").check()
    phone.get_by_role("button", name="Đăng ký").click()

    expect(phone.get_by_role("status")).to_contain_text("Bạn đã đăng ký thành công")
    registration = ClassRegistration.objects.get()
    assert (registration.phone, registration.guardian_name) == ("+84912345678", "Y Blơng")
    phone.screenshot(path=screenshot_dir / "class-registration-done-vi-phone.png", full_page=True)
    context.close()


@pytest.mark.parametrize(
    ("language", "lunar_date"),
    [("vi", "mùng 1 tháng 1 âm lịch"), ("en", "1st day of the 1st lunar month")],
)
def test_a_festival_on_the_lunar_calendar_reads_on_a_phone_and_in_the_feed(
    live_server, browser, section, screenshot_dir, language, lunar_date
):
    index = section["indexes"]["events"][language]
    tet = add_tet(index, slug=f"tet-{language}")
    context = browser.new_context(viewport={"width": 360, "height": 740}, locale="vi-VN")
    phone = context.new_page()

    phone.goto(f"{live_server.url}{index.url}")
    expect(phone.locator("main")).to_contain_text(tet.title)
    feed = phone.locator('link[type="application/atom+xml"]').get_attribute("href")
    phone.goto(f"{live_server.url}{tet.url}")

    expect(phone.locator(".facts")).to_contain_text(lunar_date)
    assert serious_violations(phone) == []
    assert past_the_edge(phone, "main") == []
    phone.screenshot(path=screenshot_dir / f"lunar-festival-{language}-360.png", full_page=True)
    atom = phone.request.get(f"{live_server.url}{feed}")
    assert atom.ok and tet.title in atom.text()
    context.close()
