"""Product photos straight from a phone: the upload inputs offer the camera, and a large photo
the phone stored sideways is kept upright, at most 2560 px long, in its own format, without
the place where it was taken."""

import hashlib
from io import BytesIO

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import ExifTags, Image, PngImagePlugin

from base.models import SiteImage
from catalog.staff import ensure_staff_group, staff_collection
from tests.factories.catalog import add_cooperative, add_shop
from tests.factories.images import jpeg_bytes
from tests.html import soup

pytestmark = pytest.mark.django_db

RED, BLUE = (200, 30, 30), (30, 30, 200)


@pytest.fixture
def staff_client(client, homes):
    cooperative = add_cooperative(add_shop(homes["vi"]), "HTX Dệt", slug="htx-det")
    user = get_user_model().objects.create_user("det", password="x")
    user.groups.add(ensure_staff_group(cooperative))
    client.force_login(user)
    client.collection = staff_collection(user.groups.get())
    return client


def phone_photo(width=4032, height=3024, orientation=6, image_format="JPEG"):
    """A photo as a phone camera stores it: 12 megapixels of grainy detail, red on the
    left and blue on the right, with an EXIF tag saying how to turn it and where it was
    taken."""
    photo = Image.new("RGB", (width, height), BLUE)
    photo.paste(RED, (0, 0, width // 2, height))
    photo = Image.blend(photo, Image.effect_noise((width, height), 40).convert("RGB"), 0.25)
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = orientation
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (14.0, 21.0, 0.0)
    buffer = BytesIO()
    photo.save(
        buffer, image_format, exif=exif, **({"quality": 90} if image_format == "JPEG" else {})
    )
    return buffer.getvalue()


def upload(client, content, name="IMG_2041.jpg", content_type="image/jpeg"):
    return client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Khăn đỏ xanh",
            "description": "Tấm khăn thổ cẩm nửa đỏ nửa xanh",
            "collection": client.collection.pk,
            "file": SimpleUploadedFile(name, content, content_type=content_type),
        },
    )


def stored(image):
    with image.open_file() as file:
        return file.read()


def colour(picture, x, y):
    red, _green, blue = picture.getpixel((x, y))
    return "red" if red > blue else "blue"


@pytest.mark.parametrize(
    "url",
    [reverse("wagtailimages:add"), reverse("wagtailimages:add_multiple")],
)
def test_the_upload_inputs_offer_the_phones_camera(staff_client, url):
    page = soup(staff_client.get(url))

    inputs = page.select('input[type="file"]')
    assert inputs
    assert all("image/*" in field["accept"].split(", ") for field in inputs)


def test_the_choosers_upload_form_offers_the_phones_camera(staff_client):
    html = staff_client.get(reverse("wagtailimages_chooser:choose")).json()["html"]

    field = BeautifulSoup(html, "html.parser").select_one('input[type="file"]')
    assert "image/*" in field["accept"].split(", ")


def test_a_large_sideways_phone_photo_is_stored_upright_and_smaller(staff_client):
    original = phone_photo()
    assert len(original) > 2_000_000

    response = upload(staff_client, original)

    assert response.status_code == 302
    image = SiteImage.objects.get()
    content = stored(image)
    picture = Image.open(BytesIO(content))
    assert (image.width, image.height) == picture.size == (1920, 2560)
    assert picture.format == "JPEG"
    assert (colour(picture, 960, 200), colour(picture, 960, 2360)) == ("red", "blue")
    assert ExifTags.Base.Orientation not in picture.getexif()
    assert not picture.getexif().get_ifd(ExifTags.IFD.GPSInfo)
    assert image.file_size == len(content) < len(original) / 2
    assert image.file_hash == hashlib.sha1(content).hexdigest()
    assert image.file.name.endswith(".jpg")


def test_a_large_png_stays_a_png(staff_client):
    response = upload(
        staff_client, phone_photo(3000, 1200, 1, "PNG"), "ve.png", content_type="image/png"
    )

    assert response.status_code == 302
    picture = Image.open(BytesIO(stored(SiteImage.objects.get())))
    assert (picture.format, picture.size) == ("PNG", (2560, 1024))


def test_a_small_upright_photo_is_stored_as_it_came(staff_client):
    original = jpeg_bytes(1600, 1200)

    upload(staff_client, original)

    image = SiteImage.objects.get()
    assert stored(image) == original
    assert (image.width, image.height, image.file_size) == (1600, 1200, len(original))


def png_with_metadata(width=800, height=600):
    """A PNG as an editing app leaves it: where it was taken in an eXIf chunk, words in
    text chunks."""
    picture = Image.new("RGB", (width, height), RED)
    picture.paste(BLUE, (width // 2, 0, width, height))
    exif = Image.Exif()
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (14.0, 21.0, 0.0)
    text = PngImagePlugin.PngInfo()
    text.add_text("Comment", "nhà chị Y Hoa, thôn 3")
    text.add_itxt("XML:com.adobe.xmp", "<x:xmpmeta>14.35N 108.0E</x:xmpmeta>")
    buffer = BytesIO()
    picture.save(buffer, "PNG", exif=exif, pnginfo=text)
    return buffer.getvalue()


def carries_metadata(content):
    picture = Image.open(BytesIO(content))
    picture.load()
    return bool(picture.getexif()) or any(
        key in picture.info for key in ("exif", "xmp", "Comment", "XML:com.adobe.xmp")
    )


def rendition_content(image, spec):
    rendition = image.get_rendition(spec)
    with rendition.file.open("rb") as file:
        return file.read()


@pytest.mark.parametrize(
    ("content", "name", "content_type"),
    [
        (phone_photo(1600, 1200, 1), "IMG_2042.jpg", "image/jpeg"),
        (png_with_metadata(), "ve.png", "image/png"),
    ],
    ids=["jpeg", "png"],
)
def test_a_small_upright_photo_keeps_its_pixels_but_not_where_it_was_taken(
    staff_client, content, name, content_type
):
    assert carries_metadata(content)

    response = upload(staff_client, content, name, content_type)

    assert response.status_code == 302
    image = SiteImage.objects.get()
    original = stored(image)
    assert not carries_metadata(original)
    assert Image.open(BytesIO(original)).tobytes() == Image.open(BytesIO(content)).tobytes()
    assert image.file_size == len(original)
    assert image.file_hash == hashlib.sha1(original).hexdigest()
    for spec in ("width-400", "fill-200x200"):
        assert not carries_metadata(rendition_content(image, spec))


def test_renditions_of_an_original_stored_with_its_gps_carry_none_and_stand_upright(db):
    # An original stored before uploads lost their metadata, sideways with its EXIF.
    storage = SiteImage._meta.get_field("file").storage
    name = storage.save("original_images/old.jpg", BytesIO(phone_photo(800, 600)))
    (image,) = SiteImage.objects.bulk_create(
        [SiteImage(title="Cũ", description="Ảnh cũ", file=name, width=800, height=600)]
    )

    content = rendition_content(image, "width-300")

    picture = Image.open(BytesIO(content))
    assert not carries_metadata(content)
    assert picture.size == (300, 400)  # turned as its orientation said
    assert (colour(picture, 150, 20), colour(picture, 150, 380)) == ("red", "blue")
