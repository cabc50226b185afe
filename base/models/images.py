from io import BytesIO
from pathlib import PurePath

from django.core.files.base import ContentFile
from django.db import models
from django.utils.translation import gettext_lazy as _
from PIL import ExifTags, Image, ImageOps
from wagtail.images.models import AbstractImage, AbstractRendition

from base.image_metadata import without_metadata

# The long side of a stored original. Phone cameras take 12 to 50 megapixels (4000 to 8000 px
# wide, 3 to 15 MB); renditions are never wider than 1600 px, so 2560 px keeps room for
# cropping and sharp screens at a fraction of the storage and of each rendition's decoding.
MAX_SIDE = 2560
LOSSY_QUALITY = {"JPEG": 88, "WEBP": 88, "AVIF": 80}
# Formats stored as another: an iPhone's HEIC, which no browser but Safari can show, and which
# would otherwise be decoded again for every rendition.
STORED_AS = {"HEIF": "JPEG"}
HEIF_SUFFIXES = (".heic", ".heif")


def fit_for_web(file):
    """The bytes of `file` turned upright (phones store a photo sideways with an EXIF tag
    that says how to turn it) and shrunk to MAX_SIDE on its long side, in its own format
    (HEIC as JPEG, see STORED_AS), without the rest of its metadata, which may hold where the
    photo was taken. A JPEG or PNG upright and small enough already, or animated, only loses
    its metadata, pixels untouched; None when there is nothing to change."""
    with Image.open(file) as image:
        orientation = image.getexif().get(ExifTags.Base.Orientation, 1)
        if image.format not in STORED_AS and (
            getattr(image, "is_animated", False)
            or (max(image.size) <= MAX_SIDE and orientation == 1)
        ):
            file.seek(0)
            original = file.read()
            file.seek(0)
            stripped = without_metadata(original)
            return None if stripped == original else stripped
        image_format = STORED_AS.get(image.format, image.format)
        options = {"icc_profile": image.info.get("icc_profile")}
        if image_format in LOSSY_QUALITY:
            options["quality"] = LOSSY_QUALITY[image_format]
        image.draft(image.mode, (MAX_SIDE, MAX_SIDE))  # a JPEG decodes at 1/2, 1/4… at once
        upright = ImageOps.exif_transpose(image)
    upright.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    if image_format == "JPEG" and upright.mode not in ("RGB", "L", "CMYK"):
        upright = upright.convert("RGB")
    buffer = BytesIO()
    upright.save(buffer, image_format, **{k: v for k, v in options.items() if v is not None})
    file.seek(0)
    return buffer.getvalue()


class SiteImage(AbstractImage):
    """An uploaded photo. Alt text is required because every image on this site is shown to
    people using screen readers and to slow connections that fail to load it."""

    description = models.CharField(
        max_length=255,
        default="",
        verbose_name=_("alt text"),
        help_text=_(
            "Describe what the photo shows for people who cannot see it, "
            "e.g. 'A Ba Na woman weaving a red and black skirt on a backstrap loom'."
        ),
    )
    credit = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("photo credit"),
        help_text=_("Photographer or source, shown under the photo."),
    )
    # The id a phone gave an upload (backoffice.photos): the same upload sent again, because
    # the answer was lost on a weak signal, finds its image instead of storing a second one.
    upload_id = models.UUIDField(_("upload id"), null=True, blank=True, unique=True, editable=False)

    admin_form_fields = (
        "title",
        "file",
        "description",
        "credit",
        "collection",
        "tags",
        "focal_point_x",
        "focal_point_y",
        "focal_point_width",
        "focal_point_height",
    )

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def save(self, *args, **kwargs):
        """A newly uploaded file is stored upright, at most MAX_SIDE pixels long and without
        the metadata that says where it was taken: staff upload straight from their phone's
        camera, over slow rural connections later served to buyers on 3G. Every way of
        uploading (the image admin, its multiple upload, the chooser) saves here."""
        if self.file and not self.file._committed:
            self.fit_upload_for_web()
        super().save(*args, **kwargs)

    def fit_upload_for_web(self):
        """Replace the uploaded file by its upright, smaller copy (when it needs one), with
        the size, dimensions and hash of what is stored."""
        fitted = fit_for_web(self.file)
        if fitted is None:
            return
        name = PurePath(self.file.name)
        if name.suffix.lower() in HEIF_SUFFIXES:  # always redrawn, as JPEG (STORED_AS)
            name = name.with_suffix(".jpg")
        self.file = ContentFile(fitted, name=name.name)
        self._set_image_file_metadata()

    def generate_rendition_file(self, filter, *, source=None):
        """A rendition without metadata. Willow copies the original's EXIF into JPEG and PNG
        renditions, GPS position included; originals uploaded before they were stripped
        on upload still carry it."""
        rendition = super().generate_rendition_file(filter, source=source)
        rendition.seek(0)
        drawn = rendition.read()
        stripped = without_metadata(drawn)
        if stripped == drawn:
            rendition.seek(0)
            return rendition
        return ContentFile(stripped, name=rendition.name)


class SiteRendition(AbstractRendition):
    image = models.ForeignKey(SiteImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
