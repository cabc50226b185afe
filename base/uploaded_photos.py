"""Photos uploaded outside Wagtail's image forms (a buyer's review, a product photo from the
cooperatives' back office): opened only when they are a photo in an allowed format within the
byte and pixel limits, counted from the header before any pixel is decoded, so that a small
file that would unpack into gigabytes (a decompression bomb) is refused; then drawn again
upright and shrunk, which leaves none of the original's metadata (the place it was taken, the
camera, its owner) behind."""

import warnings
from contextlib import contextmanager

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError


@contextmanager
def opened_photo(upload, *, formats, max_bytes, max_pixels, not_a_photo):
    """The Pillow image of `upload`, for the time of the `with` block; ValidationError
    (with `not_a_photo` as its message for files that are not a photo in one of `formats`,
    Pillow's names) for anything else, also when decoding fails inside the block."""
    if upload.size > max_bytes:
        raise ValidationError(
            _("The photo is larger than %(megabytes)d MB.")
            % {"megabytes": max_bytes // (1024 * 1024)},
            code="too_large",
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(upload) as image:
                if image.format not in formats:
                    raise ValidationError(not_a_photo, code="format")
                if image.width * image.height > max_pixels:
                    raise ValidationError(
                        _("The photo has too many pixels: at most %(megapixels)d million.")
                        % {"megapixels": max_pixels // 1_000_000},
                        code="too_many_pixels",
                    )
                yield image
    except (UnidentifiedImageError, Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValidationError(not_a_photo, code="format") from None
    except (OSError, ValueError, SyntaxError):  # truncated or broken files, as Pillow says
        raise ValidationError(not_a_photo, code="broken") from None


def upright_within(image, side):
    """A new image of `image` turned upright (phones store photos sideways with an EXIF tag
    saying how to turn them) and at most `side` pixels on its long side. It carries none of
    the original's metadata but what Pillow copies into `info`, which is emptied."""
    image.draft("RGB", (side, side))  # a JPEG decodes at 1/2, 1/4… at once
    upright = ImageOps.exif_transpose(image)
    upright.thumbnail((side, side), Image.Resampling.LANCZOS)
    upright.info = {}  # JPEG comments and PNG colour profiles would be copied from here
    return upright
