"""A buyer's photo: JPEG, PNG or WebP within the limits, stored without where it was taken;
anything else refused with a message, and the review not stored."""

import struct
import zlib
from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ExifTags, Image

from base.models import SiteImage
from reviews.models import Review
from reviews.photos import MAX_PHOTO_BYTES
from tests.reviews.helpers import (
    deliver,
    line_of,
    line_url,
    order_of_scarf_and_basket,
    phone_photo,
    review_form,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def delivered(review_shop):
    order = order_of_scarf_and_basket(review_shop, language="en")
    deliver(order, review_shop["weavers"])
    return order


def post_photo(client, order, line, content, name="IMG_2041.jpg", content_type="image/jpeg"):
    data = review_form(line)
    data[f"line-{line.pk}-photo"] = SimpleUploadedFile(name, content, content_type=content_type)
    return client.post(line_url(order, line), data)


def stored_picture(review):
    review.photo.file.open("rb")
    try:
        return Image.open(BytesIO(review.photo.file.read()))
    finally:
        review.photo.file.close()


@pytest.mark.parametrize("image_format", ["JPEG", "PNG", "WEBP"])
def test_a_photo_is_stored_without_where_it_was_taken(client, review_shop, delivered, image_format):
    line = line_of(delivered, review_shop["scarf"])

    response = post_photo(client, delivered, line, phone_photo(image_format, (2400, 1800)))

    assert response.status_code == 302
    review = Review.objects.select_related("photo").get()
    picture = stored_picture(review)
    assert picture.format == image_format
    assert picture.size == (1600, 1200)
    exif = picture.getexif()
    assert not exif.get_ifd(ExifTags.IFD.GPSInfo)
    assert ExifTags.Base.Model not in exif
    assert "exif" not in picture.info and "xmp" not in picture.info
    assert review.photo.collection.name == "Ảnh của người mua"
    assert review.photo.description == "Photo of Khăn thổ cẩm from a buyer's review"


def png_bomb(width=30_000, height=30_000):
    """A PNG that says it is 900 million pixels: a few hundred bytes that would unpack into
    gigabytes."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    rows = zlib.compress(b"\x00" * (width + 1) * 16)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")
    )


def too_many_pixels():
    buffer = BytesIO()
    Image.new("L", (8000, 6000)).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("content", "name", "error"),
    [
        (b"%PDF-1.7 not a photo", "IMG.jpg", "Choose a JPEG, PNG or WebP photo."),
        (b"GIF89a" + b"\x00" * 40, "anim.gif", "Choose a JPEG, PNG or WebP photo."),
        (phone_photo("JPEG")[:400], "IMG_cut.jpg", "Choose a JPEG, PNG or WebP photo."),
        (png_bomb(), "bomb.png", "Choose a JPEG, PNG or WebP photo."),
        (too_many_pixels(), "big.png", "The photo has too many pixels: at most 40 million."),
        (b"\xff\xd8" + b"\x00" * (MAX_PHOTO_BYTES + 1), "huge.jpg", "larger than 8 MB"),
    ],
)
def test_anything_but_a_photo_within_the_limits_is_refused(
    client, review_shop, delivered, content, name, error
):
    line = line_of(delivered, review_shop["scarf"])
    images_before = SiteImage.objects.count()

    response = post_photo(client, delivered, line, content, name)

    assert response.status_code == 400
    (row,) = [row for row in response.context["rows"] if row["line"] == line]
    assert any(error in message for message in row["form"].errors["photo"])
    assert not Review.objects.exists()
    assert SiteImage.objects.count() == images_before
