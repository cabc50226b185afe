"""A buyer's photo with their review: anyone with a review link may upload one, so it is
checked more strictly than staff uploads (base.models.images). Only JPEG, PNG and WebP, as
Pillow reads them whatever the file's name says; at most MAX_PHOTO_BYTES and MAX_PHOTO_PIXELS,
counted from the header before any pixel is decoded, so a small file that would unpack into
gigabytes (a decompression bomb) is refused. The pixels are then drawn again into a new file,
upright and at most MAX_PHOTO_SIDE long: nothing of the original's metadata (the place it was
taken, the camera, its owner) can survive that, in any of the three formats."""

import warnings
from io import BytesIO

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError
from wagtail.images import get_image_model
from wagtail.models import Collection

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
    if upload.size > MAX_PHOTO_BYTES:
        raise ValidationError(
            _("The photo is larger than %(megabytes)d MB.")
            % {"megabytes": MAX_PHOTO_BYTES // (1024 * 1024)},
            code="too_large",
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(upload) as image:
                image_format = image.format
                if image_format not in FORMATS:
                    raise ValidationError(NOT_A_PHOTO, code="format")
                if image.width * image.height > MAX_PHOTO_PIXELS:
                    raise ValidationError(
                        _("The photo has too many pixels: at most %(megapixels)d million.")
                        % {"megapixels": MAX_PHOTO_PIXELS // 1_000_000},
                        code="too_many_pixels",
                    )
                image.draft("RGB", (MAX_PHOTO_SIDE, MAX_PHOTO_SIDE))
                upright = ImageOps.exif_transpose(image)
                upright.thumbnail((MAX_PHOTO_SIDE, MAX_PHOTO_SIDE), Image.Resampling.LANCZOS)
    except (UnidentifiedImageError, Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValidationError(NOT_A_PHOTO, code="format") from None
    except (OSError, ValueError, SyntaxError):  # truncated or broken files, as Pillow says
        raise ValidationError(NOT_A_PHOTO, code="broken") from None
    if image_format == "JPEG" and upright.mode not in ("RGB", "L"):
        upright = upright.convert("RGB")
    upright.info = {}  # JPEG comments and PNG colour profiles would be copied from here
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
