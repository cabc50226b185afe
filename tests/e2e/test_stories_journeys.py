import pytest
from playwright.sync_api import expect

from stories.models import ClassRegistration
from tests.e2e.conftest import serious_violations
from tests.factories.stories import build_stories_site

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
