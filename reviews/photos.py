"""A buyer's photo with their review: anyone with a review link may upload one, so it is
checked more strictly than staff uploads (base.models.images). Only JPEG, PNG and WebP, as
Pillow reads them whatever the file's name says, at most MAX_PHOTO_BYTES and MAX_PHOTO_PIXELS
(base.uploaded_photos); the pixels are then drawn again into a new file, upright and at most
MAX_PHOTO_SIDE long: nothing of the original's metadata can survive that, in any of the three
formats."""

from io import BytesIO

from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model
from wagtail.models import Collection

from base.uploaded_photos import opened_photo, upright_within

MAX_PHOTO_BYTES = 8 * 1024 * 1024
MAX_PHOTO_PIXELS = 40_000_000
MAX_PHOTO_SIDE = 1600
FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
QUALITY = {"JPEG": 85, "WEBP": 85}
COLLECTION_NAME = "Ảnh của người mua"  # "Buyers' photos", beside the cooperatives' collections

NOT_A_PHOTO = _("Choose a JPEG, PNG or WebP photo.")


def redrawn_photo(upload):
    """The bytes and format of `upload` drawn again without metadata, upright and shrunk;
    ValidationError for anything that is not a photo the site takes."""
    with opened_photo(
        upload,
        formats=FORMATS,
        max_bytes=MAX_PHOTO_BYTES,
        max_pixels=MAX_PHOTO_PIXELS,
        not_a_photo=NOT_A_PHOTO,
    ) as image:
        image_format = image.format
        upright = upright_within(image, MAX_PHOTO_SIDE)
    if image_format == "JPEG" and upright.mode not in ("RGB", "L"):
        upright = upright.convert("RGB")
    buffer = BytesIO()
    # Pillow writes no EXIF or XMP unless it is passed to save(): none is.
    options = {"quality": QUALITY[image_format]} if image_format in QUALITY else {}
    upright.save(buffer, image_format, **options)
    return buffer.getvalue(), image_format


def save_review_photo(data, image_format, title, alt):
    """Store the redrawn photo as the site stores every image (a Wagtail image, with its
    renditions), in the buyers' collection, where no cooperative's staff look."""
    image = get_image_model()(
        title=title[:255],
        description=alt[:255],
        collection=buyers_collection(),
        file=ContentFile(data, name=f"review.{FORMATS[image_format]}"),
    )
    image.save()
    return image


def buyers_collection():
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=COLLECTION_NAME).first()
    return existing or root.add_child(name=COLLECTION_NAME)
