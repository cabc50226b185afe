"""A programme officer of the Department registers a learner in the programme's registry on
a phone (360 × 740) in Vietnamese: name, role, gender, year of birth, ethnic group, craft and
consent; a birth year typed wrong is refused in words that say what to do, then the entry is
in the list. Every screen is photographed into test-artifacts/ (`registry-vi-360-form.png`,
…) and checked as the other phone journeys are."""

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from programme.models import RegisteredPerson
from tests.e2e.test_admin_phone_journeys import (
    PASSWORD,
    Screens,
    assert_all_good,
    log_in,
    page_titles,
    phone_context,
)
from tests.factories.catalog import add_cooperative, add_shop
from tests.factories.stories import build_stories_site

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

NAME = "Y Nhung"
COMMUNE = "xã Đăk Rơ Wa"


@pytest.fixture
def officer(homes, django_user_model):
    build_stories_site(homes)
    add_cooperative(add_shop(homes["vi"]), "HTX Dệt thổ cẩm Kon Kơ Tu", slug="htx-det")
    user = django_user_model.objects.create_user(
        "officer", password=PASSWORD, first_name="Đinh Thị Hạnh"
    )
    user.groups.add(Group.objects.get(name="Programme officers"))
    return user


@pytest.mark.usefixtures("officer")
def test_an_officer_registers_a_learner_from_a_phone(live_server, browser, screenshot_dir):
    page = phone_context(browser).new_page()
    screens = Screens(
        page,
        screenshot_dir,
        "registry-vi-360",
        user_content=[*page_titles(), "localhost", "officer", "Đinh Thị Hạnh", NAME, COMMUNE],
    )
    log_in(page, live_server.url, "officer")

    page.goto(f"{live_server.url}/admin/registry/")
    screens.check("empty-list")
    page.goto(f"{live_server.url}/admin/registry/new/")
    page.locator("#id_name").fill(NAME)
    page.locator("#id_is_learner").check()
    page.locator("#id_gender").select_option("female")
    page.locator("#id_birth_year").fill("1850")
    page.locator("#id_ethnic_group").select_option(label="Giẻ Triêng")
    page.get_by_label("Dệt thổ cẩm").check()
    page.locator("#id_commune").fill(COMMUNE)
    page.locator("#id_cooperative").select_option(label="HTX Dệt thổ cẩm Kon Kơ Tu")
    page.get_by_label("Ký hoặc điểm chỉ vào phiếu giấy").check()
    screens.check("form")
    page.locator("footer button[type=submit]").first.click()

    expect(page.get_by_text("Hãy nhập năm sinh từ 1900 đến năm nay, ví dụ 1985.")).to_be_visible()
    screens.check("form-mistake")
    page.locator("#id_birth_year").fill("2006")
    page.locator("footer button[type=submit]").first.click()

    expect(page.locator(".messages")).to_be_visible()
    expect(page.get_by_role("link", name=NAME)).to_be_visible()
    screens.check("list")
    person = RegisteredPerson.objects.get()
    assert (person.name, person.birth_year, person.gender, person.is_learner) == (
        NAME,
        2006,
        "female",
        True,
    )
    assert [craft.title for craft in person.crafts.all()] == ["Dệt thổ cẩm"]
    assert person.recorded_by.username == "officer"
    assert_all_good(screenshot_dir, screens)
