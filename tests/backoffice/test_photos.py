"""A product's photos from a phone in the back office (/htx/products/<id>/photos/): a photo
sent whole (no JavaScript, an iPhone's HEIC) is shrunk to 1,600 px and about 300 KB, upright,
without metadata; one the phone shrank is stored as it came. Either goes into the
cooperative's collection and onto the product's latest version, sent for approval. An upload
sent twice is stored once; anything that is not a photo within the limits, another
cooperative's product or a post without its CSRF token is refused, and nothing is stored."""

from io import BytesIO
from uuid import uuid4

import pillow_heif
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from PIL import Image
from wagtail.models import GroupPagePermission, WorkflowState
from wagtail.users.models import UserProfile

from backoffice.photos import TARGET_BYTES
from base.models import SiteImage
from catalog.models import ProductPage
from catalog.staff import ensure_staff_group, permission, staff_collection
from tests.catalog.test_product_photos import colour, phone_photo, stored
from tests.concurrency import at_once
from tests.factories.catalog import add_cooperative, add_product, add_shop
from tests.factories.images import jpeg_bytes
from tests.html import soup
from tests.reviews.test_photos import png_bomb

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}


@pytest.fixture
def shop(homes):
    shop = add_shop(homes["vi"])
    weavers = add_cooperative(shop, "HTX Dệt Kon Kơ Tu", slug="htx-det")
    potters = add_cooperative(shop, "HTX Gốm Đăk Rơ Wa", slug="htx-gom")
    staff = get_user_model().objects.create_user("det", password="x")
    staff.groups.add(ensure_staff_group(weavers))
    potter = get_user_model().objects.create_user("gom", password="x")
    potter.groups.add(ensure_staff_group(potters))
    return {
        "scarf": add_product(weavers, "Khăn thổ cẩm", slug="khan"),
        "jar": add_product(potters, "Bình gốm", slug="binh"),
        "staff": staff,
        "potter": potter,
        "collection": staff_collection(ensure_staff_group(weavers)),
    }


@pytest.fixture
def staff_client(client, shop):
    client.force_login(shop["staff"])
    return client


def photos_url(product):
    return reverse("backoffice:photos", args=[product.pk])


def send(client, product, content, name="IMG_2041.jpg", upload_id=None, **extra):
    return client.post(
        photos_url(product),
        {
            "photo": SimpleUploadedFile(name, content, content_type="image/jpeg"),
            "description": "Khăn đỏ xanh gấp đôi",
            "upload_id": str(upload_id or uuid4()),
        },
        **extra,
    )


def latest_photos(product):
    """The images of the product's latest version, in order."""
    page = ProductPage.objects.get(pk=product.pk).get_latest_revision_as_object()
    return [photo.image for photo in page.photos.all()]


def heic_photo(width=4032, height=3024):
    """A photo as an iPhone stores it: HEIC, red on the left and blue on the right."""
    photo = Image.new("RGB", (width, height), (30, 30, 200))
    photo.paste((200, 30, 30), (0, 0, width // 2, height))
    buffer = BytesIO()
    pillow_heif.from_pillow(photo).save(buffer, quality=80)
    return buffer.getvalue()


def test_staff_see_the_photos_of_their_product_in_vietnamese(staff_client, shop):
    page = soup(staff_client.get(photos_url(shop["scarf"])))

    assert page.h1.get_text(strip=True) == "Ảnh của Khăn thổ cẩm"
    (item,) = page.select(".photos__item")
    assert item.img["alt"] == "Tấm thổ cẩm đỏ và đen"
    assert item.get_text(strip=True) == "Đang có trong cửa hàng"
    field = page.select_one("input[type=file][name=photo]")
    assert field["accept"] == "image/*,image/heic,image/heif,.heic,.heif"
    assert "capture" not in field.attrs
    assert page.select_one("label[for=id_photo]").get_text() == "Ảnh"


def test_staff_who_chose_english_for_the_admin_get_the_screen_in_english(staff_client, shop):
    profile = UserProfile.get_for_user(shop["staff"])
    profile.preferred_language = "en"
    profile.save()

    page = soup(staff_client.get(photos_url(shop["scarf"])))

    assert page.h1.get_text(strip=True) == "Photos of Khăn thổ cẩm"
    assert page.select_one(".photos__state").get_text(strip=True) == "In the shop"
    assert page.select_one("main button[type=submit]").get_text(strip=True) == "Upload the photo"


def test_a_camera_photo_sent_whole_is_shrunk_upright_without_metadata_and_sent_for_approval(
    staff_client, shop
):
    scarf = shop["scarf"]
    original = phone_photo(4000, 3000)

    response = send(staff_client, scarf, original)

    assert response.status_code == 302
    _first, added = latest_photos(scarf)
    picture = Image.open(BytesIO(stored(added)))
    assert (picture.format, picture.size) == ("JPEG", (1200, 1600))
    assert (colour(picture, 600, 100), colour(picture, 600, 1500)) == ("red", "blue")
    assert not picture.getexif()
    assert 100_000 < added.file_size <= TARGET_BYTES
    assert added.collection == shop["collection"]
    assert added.description == "Khăn đỏ xanh gấp đôi"
    scarf.refresh_from_db()
    assert scarf.live and scarf.photos.count() == 1  # the shop shows it once approved
    assert scarf.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    page = soup(staff_client.get(response["Location"]))
    assert page.select_one(".messages").get_text(strip=True) == (
        "Ảnh đã được thêm vào sản phẩm. Ảnh hiện trong cửa hàng khi được duyệt."
    )
    states = [item.get_text(strip=True) for item in page.select(".photos__item")]
    assert states == ["Đang có trong cửa hàng", "Đang chờ duyệt"]


def test_a_photo_the_phone_shrank_is_stored_as_it_came(staff_client, shop):
    shrunk = jpeg_bytes(1600, 1200)

    response = send(staff_client, shop["scarf"], shrunk, name="photo.jpg", **JSON)

    assert response.status_code == 201
    added = latest_photos(shop["scarf"])[-1]
    assert stored(added) == shrunk
    answer = response.json()
    assert answer["photo"]["id"] == added.pk
    assert answer["photo"]["alt"] == "Khăn đỏ xanh gấp đôi"
    assert answer["photo"]["state"] == "Đang chờ duyệt"
    assert answer["photo"]["src"].endswith(".jpg")


def test_a_photo_without_a_description_is_described_by_the_product_name(staff_client, shop):
    staff_client.post(
        photos_url(shop["scarf"]),
        {"photo": SimpleUploadedFile("a.jpg", jpeg_bytes(800, 600)), "upload_id": str(uuid4())},
    )

    assert latest_photos(shop["scarf"])[-1].description == "Khăn thổ cẩm"


def test_an_iphone_heic_photo_is_stored_as_a_small_jpeg(staff_client, shop):
    response = send(staff_client, shop["scarf"], heic_photo(), name="IMG_0001.HEIC", **JSON)

    assert response.status_code == 201
    added = latest_photos(shop["scarf"])[-1]
    picture = Image.open(BytesIO(stored(added)))
    assert (picture.format, picture.size) == ("JPEG", (1600, 1200))
    assert (colour(picture, 100, 600), colour(picture, 1500, 600)) == ("red", "blue")
    assert added.file.name.endswith(".jpg")


def test_wagtails_own_image_upload_takes_heic_and_stores_jpeg(client, shop):
    client.force_login(shop["staff"])

    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Khăn",
            "description": "Khăn thổ cẩm",
            "collection": shop["collection"].pk,
            "file": SimpleUploadedFile("IMG_0002.heic", heic_photo(3000, 2000), "image/heic"),
        },
    )

    assert response.status_code == 302
    image = SiteImage.objects.get(title="Khăn")
    assert Image.open(BytesIO(stored(image))).format == "JPEG"
    assert image.file.name.endswith(".jpg")
    assert (image.width, image.height) == (2560, 1707)


def test_the_same_upload_sent_again_is_stored_once(staff_client, shop):
    upload_id = uuid4()
    first = send(staff_client, shop["scarf"], jpeg_bytes(800, 600), upload_id=upload_id, **JSON)

    again = send(staff_client, shop["scarf"], jpeg_bytes(800, 600), upload_id=upload_id, **JSON)

    assert first.status_code == again.status_code == 201
    assert again.json()["photo"]["id"] == first.json()["photo"]["id"]
    assert len(latest_photos(shop["scarf"])) == 2
    assert SiteImage.objects.filter(upload_id=upload_id).count() == 1


def test_the_upload_id_of_another_cooperatives_photo_is_refused(client, shop):
    upload_id = uuid4()
    client.force_login(shop["potter"])
    send(client, shop["jar"], jpeg_bytes(), upload_id=upload_id, **JSON)
    client.force_login(shop["staff"])

    response = send(client, shop["scarf"], jpeg_bytes(), upload_id=upload_id, **JSON)

    assert response.status_code == 403
    assert len(latest_photos(shop["scarf"])) == 1


def test_another_cooperatives_product_is_not_found(staff_client, shop):
    # A page not found outside the language prefixes is looked for under /vi/ first.
    assert staff_client.get(photos_url(shop["jar"]), follow=True).status_code == 404
    assert send(staff_client, shop["jar"], jpeg_bytes(), follow=True).status_code == 404
    assert staff_client.get("/htx/products/999999/photos/", follow=True).status_code == 404
    assert len(latest_photos(shop["jar"])) == 1


def test_a_visitor_is_sent_to_log_in_and_stores_nothing(client, shop):
    response = send(client, shop["scarf"], jpeg_bytes())

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
    assert len(latest_photos(shop["scarf"])) == 1


def test_a_post_without_its_csrf_token_is_refused(shop):
    client = Client(enforce_csrf_checks=True)
    client.force_login(shop["staff"])

    response = send(client, shop["scarf"], jpeg_bytes(), **JSON)

    assert response.status_code == 403
    assert len(latest_photos(shop["scarf"])) == 1


def fake_heic():
    """Bytes that start like a HEIC file and then are nothing."""
    return b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 200


def too_many_pixels():
    buffer = BytesIO()
    Image.new("L", (10_000, 6_000)).save(buffer, "PNG")
    return buffer.getvalue()


NOT_A_PHOTO = "Hãy chọn một ảnh: JPEG, PNG, WebP hoặc HEIC (iPhone)."


@pytest.mark.parametrize(
    ("content", "name", "error"),
    [
        (b"%PDF-1.7 not a photo", "IMG.jpg", NOT_A_PHOTO),
        (b"<script>alert(1)</script>", "x.heic", NOT_A_PHOTO),
        (fake_heic(), "IMG_0003.HEIC", NOT_A_PHOTO),
        (phone_photo(800, 600)[:600], "cut.jpg", NOT_A_PHOTO),
        (png_bomb(), "bomb.png", NOT_A_PHOTO),
        (too_many_pixels(), "big.png", "tối đa 50 triệu"),
        (b"\xff\xd8" + b"\x00" * (25 * 1024 * 1024), "huge.jpg", "Ảnh lớn hơn 20 MB"),
        (b"", "empty.jpg", "rỗng"),
    ],
)
def test_anything_but_a_photo_within_the_limits_is_refused(
    staff_client, shop, content, name, error
):
    revisions = shop["scarf"].revisions.count()

    page = send(staff_client, shop["scarf"], content, name)
    answer = send(staff_client, shop["scarf"], content, name, **JSON)

    assert page.status_code == 200
    assert error in soup(page).select_one("#id_photo_error").get_text()
    assert answer.status_code == 400
    assert any(error in message for message in answer.json()["errors"])
    assert not SiteImage.objects.filter(collection=shop["collection"]).exclude(
        pk=latest_photos(shop["scarf"])[0].pk
    )
    assert shop["scarf"].revisions.count() == revisions


@pytest.mark.parametrize(
    "upload_id", ["", "not-a-uuid", "<script>alert(1)</script>", "1' OR 1=1 --", "0" * 5000]
)
def test_a_missing_or_malformed_upload_id_is_refused(staff_client, shop, upload_id):
    response = staff_client.post(
        photos_url(shop["scarf"]),
        {"photo": SimpleUploadedFile("a.jpg", jpeg_bytes()), "upload_id": upload_id},
        **JSON,
    )

    assert response.status_code == 400
    assert "<script>" not in response.content.decode()
    assert len(latest_photos(shop["scarf"])) == 1


@pytest.mark.parametrize(
    "description", ["<script>alert(1)</script>", "Khăn\u202egnp.exe", "ư" * 300, "a\x00b"]
)
def test_a_hostile_description_is_refused(staff_client, shop, description):
    response = staff_client.post(
        photos_url(shop["scarf"]),
        {
            "photo": SimpleUploadedFile("a.jpg", jpeg_bytes()),
            "description": description,
            "upload_id": str(uuid4()),
        },
        **JSON,
    )

    assert response.status_code == 400
    assert "<script>" not in response.content.decode()
    assert len(latest_photos(shop["scarf"])) == 1


def test_approval_puts_the_photo_in_the_shop(staff_client, shop, client):
    send(staff_client, shop["scarf"], jpeg_bytes(800, 600))
    moderator = get_user_model().objects.create_user("kiem-duyet", password="x")
    moderator.groups.add(Group.objects.get(name="Moderators"))
    scarf = ProductPage.objects.get(pk=shop["scarf"].pk)
    task_state = scarf.current_workflow_state.current_task_state
    client.force_login(moderator)

    client.post(f"/admin/pages/workflow/action/{scarf.pk}/approve/{task_state.pk}/", {})

    assert [photo.image for photo in scarf.photos.all()] == latest_photos(scarf)
    assert len(latest_photos(scarf)) == 2


def test_a_product_sent_back_for_changes_goes_back_to_review_with_the_photo(staff_client, shop):
    scarf = shop["scarf"]
    send(staff_client, scarf, jpeg_bytes(800, 600))
    state = ProductPage.objects.get(pk=scarf.pk).current_workflow_state
    state.current_task_state.reject()  # the moderator asks for changes

    send(staff_client, scarf, jpeg_bytes(640, 480))

    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert WorkflowState.objects.count() == 1
    assert len(latest_photos(scarf)) == 3


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.postgres_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_photos_sent_at_once_both_end_on_the_product(shop):
    """Two phones add a photo to the same product at the same moment: each adds to the
    version the other made, and neither photo is lost."""
    prepared = lambda n: (logged_in(shop["staff"]),)  # noqa: E731

    statuses = at_once(
        lambda n, client: send(client, shop["scarf"], jpeg_bytes(800, 600 + n), **JSON).status_code,
        2,
        prepared,
    )

    assert statuses == [201, 201]
    assert sorted(image.height for image in latest_photos(shop["scarf"])[1:]) == [600, 601]


@pytest.mark.postgres_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_same_upload_sent_twice_at_once_is_stored_once(shop):
    upload_id = uuid4()
    prepared = lambda n: (logged_in(shop["staff"]),)  # noqa: E731

    answers = at_once(
        lambda n, client: send(client, shop["scarf"], jpeg_bytes(), upload_id=upload_id, **JSON),
        2,
        prepared,
    )

    assert [answer.status_code for answer in answers] == [201, 201]
    assert len({answer.json()["photo"]["id"] for answer in answers}) == 1
    assert len(latest_photos(shop["scarf"])) == 2


def test_a_cooperative_trusted_to_publish_puts_the_photo_in_the_shop_at_once(staff_client, shop):
    group = shop["staff"].groups.get()
    cooperative = shop["scarf"].get_parent()
    GroupPagePermission.objects.create(
        group=group, page=cooperative, permission=permission("wagtailcore", "publish_page")
    )

    response = send(staff_client, shop["scarf"], jpeg_bytes(800, 600), **JSON)

    assert response.json()["message"] == (
        "Ảnh đã được thêm vào sản phẩm và đang có trong cửa hàng."
    )
    assert response.json()["photo"]["state"] == "Đang có trong cửa hàng"
    assert ProductPage.objects.get(pk=shop["scarf"].pk).photos.count() == 2
    assert not WorkflowState.objects.exists()
