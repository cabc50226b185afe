"""The back office on a phone (360 × 740), in Vietnamese: a cooperative's staff member adds a
product with a photo from the camera and two variants and sends it for approval, updates the
stock, ships a new order and answers a quote request; an editor sends a village page for
review and a reviewer approves it. Every screen is photographed into test-artifacts/
(`coop-vi-360-dashboard.png`, …) and checked: axe-core's serious and critical findings,
nothing wider than the screen, big enough controls of this project's own screens, and no
interface string left in English (see `tests.e2e.interface_language`)."""

import json
from collections import defaultdict
from io import BytesIO
from pprint import pformat

import pytest
from django.contrib.auth.models import Group
from PIL import ExifTags, Image
from playwright.sync_api import expect
from wagtail.models import Page

from base.models import SiteImage
from catalog.models import ProductPage, ProductVariant
from catalog.staff import ensure_staff_group
from enquiries.models import Enquiry
from orders.models import Fulfilment
from stories.models import VillagePage
from tests.e2e.conftest import serious_violations
from tests.e2e.interface_language import english_left_on
from tests.e2e.phone import past_the_edge, small_targets
from tests.factories.catalog import add_cooperative, add_product, add_shop
from tests.factories.enquiries import make_enquiry
from tests.factories.orders import BUYER, make_order
from tests.factories.stories import build_stories_site

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture(autouse=True)
def no_autosave(settings):
    """The live server's in-memory SQLite refuses a write at once while another thread holds
    the table (it has no busy wait), and the editor's autosave writes in the background while
    the test opens the English rendering of the screen: the journeys save explicitly."""
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0


PHONE = {"width": 360, "height": 740}
PASSWORD = "langnghe-phone-2026"
DESCRIPTION = "Túi dệt tay bằng sợi bông nhuộm chàm."
REPLY = "Dạ, HTX làm được 60 chiếc trong ba tuần."
NEW_INTRODUCTION = "Làng dệt thổ cẩm của người Giẻ Triêng bên sông Pô Kô."
# This project's own controls on the cooperative's screens, which must suit a finger.
OWN_CONTROLS = ", ".join(
    [
        ".coop-action",
        ".variant-row input:not([type=hidden])",
        ".price-and-stock__save .button",
    ]
)


class Screens:
    """The screens a journey goes through: each photographed, then checked, with what is
    wrong kept per screen so that one run shows every problem."""

    def __init__(self, page, directory, prefix, user_content):
        self.page = page
        self.directory = directory
        self.prefix = prefix
        self.user_content = user_content
        self.problems = defaultdict(dict)
        self.english = {}

    def check(self, name, controls=OWN_CONTROLS):
        page = self.page
        screen = f"{self.prefix}-{name}"
        page.wait_for_load_state("networkidle")
        page.screenshot(path=self.directory / f"{screen}.png")
        findings = {
            "axe": serious_violations(page),
            "wider than the screen": past_the_edge(page),
            "small touch targets": small_targets(page, controls),
        }
        for kind, found in findings.items():
            if found:
                self.problems[kind][screen] = found
        english = english_left_on(page, self.user_content)
        if english:
            self.english[screen] = english


def assert_all_good(directory, *journeys):
    """Fail with every problem of every screen of the journeys, the English strings last;
    all of it is also written next to the screenshots (`<first prefix>-findings.json`)."""
    problems, english = defaultdict(dict), {}
    for screens in journeys:
        for kind, found in screens.problems.items():
            problems[kind].update(found)
        english.update(screens.english)
    report = directory / f"{journeys[0].prefix}-findings.json"
    findings = {"problems": problems, "still in English": english}
    report.write_text(json.dumps(findings, ensure_ascii=False, indent=1))
    assert not problems, pformat(dict(problems), width=100)
    assert not english, "still in English:\n" + pformat(english, width=100)


def page_titles():
    """Titles of every page: what editors wrote, the same in both interface languages."""
    return list(Page.objects.values_list("title", flat=True))


def phone_context(browser):
    return browser.new_context(viewport=PHONE, locale="vi-VN")


def log_in(page, url, username):
    page.goto(f"{url}/admin/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("input[name=password]").press("Enter")
    expect(page).to_have_url(f"{url}/admin/")


def phone_photo():
    """A 12-megapixel photo as a phone stores it: sideways, with an EXIF tag to turn it."""
    photo = Image.new("RGB", (4032, 3024), (30, 30, 200))
    photo.paste((200, 30, 30), (0, 0, 2016, 3024))
    photo = Image.blend(photo, Image.effect_noise(photo.size, 40).convert("RGB"), 0.25)
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6
    buffer = BytesIO()
    photo.save(buffer, "JPEG", quality=90, exif=exif)
    return buffer.getvalue()


@pytest.fixture
def cooperative(homes, django_user_model):
    """A weaving cooperative with one product on sale, a new order to send, a new quote
    request, and a staff member who has not chosen a language (the admin follows the
    phone's)."""
    stories = build_stories_site(homes)
    shop = add_shop(homes["vi"])
    page = add_cooperative(
        shop, "HTX Dệt thổ cẩm Kon Kơ Tu", slug="htx-det", village=stories["village"]["vi"]
    )
    scarf = add_product(page, "Khăn thổ cẩm", price=350_000, stock=5, sku="KHAN-01")
    staff = django_user_model.objects.create_user("det", password=PASSWORD, first_name="Y Hoa")
    staff.groups.add(ensure_staff_group(page))
    order = make_order({page: [(scarf, 1)]})
    enquiry = make_enquiry(
        page,
        name="Trần Minh",
        organisation="Khách sạn Núi",
        email="minh@khachsan.example",
        wanted="Khăn trải bàn thổ cẩm",
        quantity=60,
        language="vi",
    )
    return {"page": page, "order": order, "enquiry": enquiry, "stories": stories}


def test_cooperative_staff_run_their_shop_from_a_phone_in_vietnamese(
    live_server, browser, cooperative, screenshot_dir
):
    order, enquiry = cooperative["order"], cooperative["enquiry"]
    context = phone_context(browser)
    page = context.new_page()
    screens = Screens(
        page,
        screenshot_dir,
        "coop-vi-360",
        user_content=[
            *page_titles(),
            "localhost",
            "det",
            "Y Hoa",
            "Một màu",
            "Túi thổ cẩm Xơ Đăng",
            "Đỏ đen",
            "Xanh chàm",
            DESCRIPTION,
            REPLY,
            *(value for value in BUYER.values() if isinstance(value, str)),
            order.code,
            enquiry.name,
            enquiry.organisation,
            enquiry.email,
            enquiry.wanted,
        ],
    )

    page.goto(f"{live_server.url}/admin/login/")
    screens.check("login")
    log_in(page, live_server.url, "det")
    home = page.locator("#cooperative-home-section")
    expect(home.get_by_role("link", name="Đơn cần gửi")).to_contain_text("1")
    expect(home.get_by_role("link", name="Yêu cầu báo giá cần trả lời")).to_contain_text("1")
    screens.check("dashboard")

    # A new product with a photo straight from the camera and two variants, for approval.
    home.get_by_role("link", name="Thêm sản phẩm").click()
    page.locator("#id_title").fill("Túi thổ cẩm Xơ Đăng")
    page.locator("#inline_child_photos-0-panel-section [data-chooser-action-choose]").click()
    modal = page.locator(".modal-dialog")
    modal.locator("#tab-label-upload").click()
    modal.locator("#id_image-chooser-upload-file").set_input_files(
        {"name": "IMG_2041.jpg", "mimeType": "image/jpeg", "buffer": phone_photo()}
    )
    modal.locator("#id_image-chooser-upload-description").fill("Túi thổ cẩm đỏ và xanh chàm")
    screens.check("photo-upload")
    modal.locator("form[data-chooser-modal-creation-form] button[type=submit]").click()
    expect(modal).to_be_hidden(timeout=30_000)
    for number, (label, price, stock) in enumerate(
        [("Đỏ đen", "450.000", "3"), ("Xanh chàm", "420000", "2")]
    ):
        page.locator(f"#id_variants-{number}-label").fill(label)
        page.locator(f"#id_variants-{number}-price").fill(price)
        page.locator(f"#id_variants-{number}-stock").fill(stock)
    page.locator("#id_craft").select_option(label="Dệt thổ cẩm")
    page.locator("#panel-child-noi_dung-description-section [contenteditable=true]").fill(
        DESCRIPTION
    )
    page.locator("#id_maker_share_percent").fill("70")
    page.locator("#id_variants-0-label").scroll_into_view_if_needed()
    screens.check("product-form")
    page.locator("footer .w-dropdown__toggle").click()
    page.locator("footer button[name=action-submit]").click()
    expect(page.locator(".messages")).to_contain_text("Túi thổ cẩm Xơ Đăng")
    screens.check("product-submitted")

    product = ProductPage.objects.get(title="Túi thổ cẩm Xơ Đăng", locale__language_code="vi")
    assert product.workflow_in_progress and not product.live
    variants = ProductVariant.objects.of_product(product)
    assert sorted(variants.values_list("label", "price", "stock")) == [
        ("Xanh chàm", 420_000, 2),
        ("Đỏ đen", 450_000, 3),
    ]
    photo = SiteImage.objects.get(title__startswith="IMG_2041")
    assert (photo.width, photo.height) == (1920, 2560)

    # The day's new stock, on one screen.
    page.goto(f"{live_server.url}/admin/")
    home.get_by_role("link", name="Cập nhật giá và tồn kho").click()
    red = page.locator("fieldset", has_text="Đỏ đen")
    red.get_by_label("Tồn kho").fill("8")
    screens.check("prices-and-stock")
    page.get_by_role("button", name="Lưu giá và tồn kho").click()
    expect(page.locator(".messages")).to_contain_text("Đã lưu giá và tồn kho.")
    assert variants.get(label="Đỏ đen").stock == 8

    # The new order: packed, then shipped with a tracking number.
    page.goto(f"{live_server.url}/admin/")
    home.get_by_role("link", name="Đơn cần gửi").click()
    screens.check("orders-to-send")
    page.get_by_role("link", name=order.code).click()
    screens.check("order")
    page.get_by_role("button", name="Đánh dấu đã đóng gói").click()
    page.get_by_label("Đơn vị vận chuyển").fill("VNPost")
    page.get_by_label("Mã vận đơn").fill("EB123456789VN")
    page.get_by_role("button", name="Đánh dấu đã gửi").click()
    expect(page.locator(".messages")).to_contain_text(f"Đơn hàng {order.code}: đã đánh dấu đã gửi")
    screens.check("order-shipped")
    part = Fulfilment.objects.get(order=order)
    assert (part.status, part.tracking_number) == ("shipped", "EB123456789VN")

    # The quote request, answered.
    page.goto(f"{live_server.url}/admin/")
    home.get_by_role("link", name="Yêu cầu báo giá cần trả lời").click()
    screens.check("enquiries")
    page.get_by_role("link", name=enquiry.name).click()
    page.get_by_label("Trả lời của bạn").fill(REPLY)
    screens.check("enquiry")
    page.get_by_role("button", name="Gửi trả lời").click()
    expect(page.locator(".messages")).to_contain_text(enquiry.email)
    screens.check("enquiry-answered")
    assert Enquiry.objects.get(pk=enquiry.pk).status == Enquiry.Status.ANSWERED

    context.close()
    assert_all_good(screenshot_dir, screens)


def test_an_editor_sends_a_village_page_for_review_and_a_reviewer_publishes_it(
    live_server, browser, homes, django_user_model, screenshot_dir
):
    village = build_stories_site(homes)["village"]["vi"]
    for username, group in [("editor", "Editors"), ("reviewer", "Moderators")]:
        user = django_user_model.objects.create_user(username, password=PASSWORD)
        user.groups.add(Group.objects.get(name=group))
    user_content = [
        *page_titles(),
        "localhost",
        "editor",
        "reviewer",
        village.introduction,
        NEW_INTRODUCTION,
    ]

    editor_context = phone_context(browser)
    editor_page = editor_context.new_page()
    editor = Screens(editor_page, screenshot_dir, "editor-vi-360", user_content)
    log_in(editor_page, live_server.url, "editor")
    editor.check("dashboard")
    editor_page.goto(f"{live_server.url}/admin/pages/{village.pk}/edit/")
    introduction = editor_page.locator("#id_introduction")
    introduction.fill(NEW_INTRODUCTION)
    editor.check("village-form")
    editor_page.locator("footer .w-dropdown__toggle").click()
    editor_page.locator("footer button[name=action-submit]").click()
    expect(editor_page.locator(".messages")).to_contain_text(village.title)
    editor.check("village-submitted")
    editor_context.close()
    assert VillagePage.objects.get(pk=village.pk).workflow_in_progress

    reviewer_context = phone_context(browser)
    reviewer_page = reviewer_context.new_page()
    reviewer = Screens(reviewer_page, screenshot_dir, "reviewer-vi-360", user_content)
    log_in(reviewer_page, live_server.url, "reviewer")
    reviewer.check("dashboard")
    reviewer_page.goto(f"{live_server.url}/admin/pages/{village.pk}/edit/")
    reviewer.check("village-review")
    reviewer_page.locator("footer .w-dropdown__toggle").click()
    reviewer_page.locator(
        "footer button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])"
    ).click()
    expect(reviewer_page.locator(".messages")).to_contain_text(village.title)
    reviewer.check("village-published")
    reviewer_context.close()

    published = VillagePage.objects.get(pk=village.pk)
    assert published.live and not published.workflow_in_progress
    assert "bên sông Pô Kô" in published.introduction
    assert_all_good(screenshot_dir, editor, reviewer)
