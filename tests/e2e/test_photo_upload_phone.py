"""A cooperative's staff member adds a camera photo to a product from a phone (360 × 740, in
Vietnamese) on a slow 3G line, emulated by Chromium (Network.emulateNetworkConditions through
CDP: 400 ms latency, 500 kbit/s down and up, about DevTools' "Slow 3G"). The 6 MB photo,
sideways with an EXIF orientation tag and a GPS position, is shrunk in the browser: what goes
up is under 400 KB, and what the product gets is 1,600 px long, upright, about 300 KB and
without metadata. The time from choosing the photo to seeing it on the product is written to
test-artifacts/photo-upload-3g.json (measured, never asserted: no timed assertions in tests).
When the signal drops mid-upload, or the answer is lost after the server stored the photo,
the photo is sent again and ends on the product exactly once."""

import json
import time
from io import BytesIO

import pytest
from django.contrib.auth import get_user_model
from django.core.signals import request_started
from PIL import ExifTags, Image
from playwright.sync_api import expect

from base.models import SiteImage
from catalog.models import ProductPage
from catalog.staff import ensure_staff_group
from tests.backoffice.test_photos import heic_photo
from tests.e2e.conftest import serious_violations
from tests.e2e.phone import past_the_edge, small_targets
from tests.e2e.test_admin_phone_journeys import PASSWORD, log_in, phone_context
from tests.factories.catalog import add_cooperative, add_product, add_shop

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SLOW_3G = {
    "offline": False,
    "latency": 400,  # ms, each way's round trip as DevTools adds it
    "downloadThroughput": 500 * 1000 / 8,  # bytes per second: 500 kbit/s
    "uploadThroughput": 500 * 1000 / 8,
}
OFFLINE = {**SLOW_3G, "offline": True}
CONTROLS = ".photo-form input, .photo-form button, .upload button"


def camera_photo():
    """A 12-megapixel photo as a phone camera stores it: 4000 × 3000 of grain that does not
    compress (about 6 MB), red on the left and blue on the right, stored sideways with an
    EXIF tag saying how to turn it, and where it was taken."""
    width, height = 4000, 3000
    photo = Image.new("RGB", (width, height), (30, 30, 200))
    photo.paste((200, 30, 30), (0, 0, width // 2, height))
    photo = Image.blend(photo, grain((1000, 750), 60).resize(photo.size), 0.35)
    photo = Image.blend(photo, grain(photo.size, 50), 0.3)
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6
    exif[ExifTags.Base.Model] = "Phone of Y Hoa"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (14.0, 21.0, 0.0)
    buffer = BytesIO()
    photo.save(buffer, "JPEG", quality=92, exif=exif)
    return buffer.getvalue()


def grain(size, sigma):
    return Image.merge("RGB", [Image.effect_noise(size, sigma) for _band in "RGB"])


@pytest.fixture
def scarf(homes, django_user_model):
    cooperative = add_cooperative(add_shop(homes["vi"]), "HTX Dệt Kon Kơ Tu", slug="htx-det")
    staff = get_user_model().objects.create_user("det", password=PASSWORD, first_name="Y Hoa")
    staff.groups.add(ensure_staff_group(cooperative))
    return add_product(cooperative, "Khăn thổ cẩm", slug="khan")


def latest_photos(product):
    page = ProductPage.objects.get(pk=product.pk).get_latest_revision_as_object()
    return [photo.image for photo in page.photos.all()]


def open_photos(browser, live_server, product):
    context = phone_context(browser)
    page = context.new_page()
    log_in(page, live_server.url, "det")
    page.goto(f"{live_server.url}/htx/products/{product.pk}/photos/")
    return context, page


@pytest.fixture
def bodies_received(scarf):
    """The size of the body of each photo upload the live server receives, from its
    Content-Length: what crossed the emulated 3G line (Chromium's own count of a body made
    of a Blob is not given to Playwright)."""
    sizes = []
    url = f"/htx/products/{scarf.pk}/photos/"

    def record(sender, environ, **kwargs):
        if environ["REQUEST_METHOD"] == "POST" and environ["PATH_INFO"] == url:
            sizes.append(int(environ["CONTENT_LENGTH"]))

    request_started.connect(record, weak=False)
    yield sizes
    request_started.disconnect(record)


def screen_problems(page):
    return {
        "axe": serious_violations(page),
        "wider than the screen": past_the_edge(page, "main"),
        "small touch targets": small_targets(page, CONTROLS),
    }


def test_a_camera_photo_reaches_the_product_small_and_upright_on_slow_3g(
    live_server, browser, scarf, bodies_received, screenshot_dir
):
    context, page = open_photos(browser, live_server, scarf)
    problems = {"before": screen_problems(page)}
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions", SLOW_3G)
    photo = camera_photo()
    assert 5_500_000 < len(photo) < 7_500_000

    started = time.monotonic()
    page.get_by_label("Ảnh", exact=True).set_input_files(
        {"name": "IMG_2041.jpg", "mimeType": "image/jpeg", "buffer": photo}
    )
    page.get_by_role("button", name="Tải ảnh lên").click()
    expect(page.locator(".photos__item")).to_have_count(2, timeout=60_000)
    seconds = time.monotonic() - started

    expect(page.locator("[data-upload-message]")).to_have_text(
        "Ảnh đã được thêm vào sản phẩm. Ảnh hiện trong cửa hàng khi được duyệt."
    )
    expect(page.get_by_role("button", name="Thử lại ngay")).to_be_hidden()
    page.screenshot(path=screenshot_dir / "photo-upload-vi-360.png", full_page=True)
    problems["after"] = screen_problems(page)
    (added,) = latest_photos(scarf)[1:]
    with added.open_file() as file:
        stored = file.read()
    picture = Image.open(BytesIO(stored))
    red, _green, blue = picture.getpixel((600, 100))
    sent_bytes = sum(bodies_received)
    (screenshot_dir / "photo-upload-3g.json").write_text(
        json.dumps(
            {
                "network": SLOW_3G,
                "photo_bytes": len(photo),
                "sent_bytes": sent_bytes,
                "stored_bytes": len(stored),
                "stored_size": picture.size,
                "seconds_from_pick_to_on_the_product": round(seconds, 1),
            },
            indent=1,
        )
    )
    assert (picture.format, picture.size) == ("JPEG", (1200, 1600))
    assert red > blue  # upright: the left of the sideways photo is now its top
    assert not picture.getexif() and "exif" not in picture.info
    assert 200 * 1024 < len(stored) <= 300 * 1024
    assert len(bodies_received) == 1 and len(stored) < sent_bytes < 400 * 1024
    assert not {when: found for when, found in problems.items() if any(found.values())}
    context.close()


def fail_the_first_upload(cdp, stage, as_it_fails=None):
    """Make the first photo upload fail as a dropped signal fails it (Chromium's own error,
    through CDP's Fetch domain): at the "Request" stage the server never gets it, at the
    "Response" stage the server stores it and the phone never hears back. `as_it_fails` is
    called just before. Every other request goes through. The failed requests' details."""
    failed = []

    def paused(event):
        request_id = event["requestId"]
        if event["request"]["method"] == "POST" and not failed:
            failed.append(event)
            if as_it_fails:
                as_it_fails()
            cdp.send(
                "Fetch.failRequest",
                {"requestId": request_id, "errorReason": "InternetDisconnected"},
            )
        elif "responseStatusCode" in event:
            cdp.send("Fetch.continueResponse", {"requestId": request_id})
        else:
            cdp.send("Fetch.continueRequest", {"requestId": request_id})

    cdp.on("Fetch.requestPaused", paused)
    pattern = {"urlPattern": "*/htx/products/*/photos/", "requestStage": stage}
    cdp.send("Fetch.enable", {"patterns": [pattern]})
    return failed


def send_a_photo(page, name):
    page.get_by_label("Ảnh", exact=True).set_input_files(
        {"name": name, "mimeType": "image/jpeg", "buffer": camera_photo()}
    )
    page.get_by_role("button", name="Tải ảnh lên").click()


def test_a_photo_cut_off_by_a_dropped_signal_goes_when_it_returns_and_ends_on_the_product_once(
    live_server, browser, scarf, bodies_received
):
    context, page = open_photos(browser, live_server, scarf)
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions", SLOW_3G)
    go_offline = lambda: cdp.send("Network.emulateNetworkConditions", OFFLINE)  # noqa: E731
    failed = fail_the_first_upload(cdp, "Request", as_it_fails=go_offline)

    send_a_photo(page, "IMG_2042.jpg")

    message = page.locator("[data-upload-message]")
    expect(message).to_have_text(
        "Mất kết nối. Ảnh vẫn được giữ trên điện thoại này và sẽ tự gửi lại ngay khi có sóng."
    )
    expect(page.get_by_role("button", name="Thử lại ngay")).to_be_visible()
    assert serious_violations(page) == []
    assert len(failed) == 1 and bodies_received == []
    cdp.send("Network.emulateNetworkConditions", SLOW_3G)  # the signal returns

    expect(page.locator(".photos__item")).to_have_count(2, timeout=60_000)
    expect(message).to_contain_text("Ảnh đã được thêm vào sản phẩm.")
    assert len(bodies_received) == 1
    assert len(latest_photos(scarf)) == 2
    assert SiteImage.objects.filter(upload_id__isnull=False).count() == 1
    context.close()


def test_a_photo_whose_answer_was_lost_is_sent_again_and_stored_once(
    live_server, browser, scarf, bodies_received
):
    context, page = open_photos(browser, live_server, scarf)
    cdp = context.new_cdp_session(page)
    failed = fail_the_first_upload(cdp, "Response")

    send_a_photo(page, "IMG_2043.jpg")
    retry = page.get_by_role("button", name="Thử lại ngay")
    expect(retry).to_be_visible(timeout=30_000)
    expect(page.locator("[data-upload-message]")).to_have_text(
        "Chưa gửi được ảnh. Ảnh sẽ được gửi lại sau ít giây."
    )
    assert failed[0]["responseStatusCode"] == 201  # the server had stored it
    retry.click()

    expect(page.locator(".photos__item")).to_have_count(2)
    assert len(bodies_received) == 2
    assert len(latest_photos(scarf)) == 2
    assert SiteImage.objects.filter(upload_id__isnull=False).count() == 1
    context.close()


def test_an_iphone_heic_photo_goes_up_whole_and_ends_on_the_product_as_a_jpeg(
    live_server, browser, scarf, bodies_received
):
    """Chromium cannot draw HEIC in a canvas: the file goes up as it is, the server shrinks it."""
    context, page = open_photos(browser, live_server, scarf)
    heic = heic_photo()

    page.get_by_label("Ảnh", exact=True).set_input_files(
        {"name": "IMG_0001.HEIC", "mimeType": "image/heic", "buffer": heic}
    )
    page.get_by_role("button", name="Tải ảnh lên").click()

    expect(page.locator(".photos__item")).to_have_count(2)
    (added,) = latest_photos(scarf)[1:]
    assert (added.width, added.height) == (1600, 1200)
    assert added.file.name.endswith(".jpg")
    assert bodies_received[0] > len(heic)
    context.close()
