from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition


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


class SiteRendition(AbstractRendition):
    image = models.ForeignKey(SiteImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
