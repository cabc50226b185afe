"""A product's photos, and loading them with their renditions for a whole page of cards in
a fixed number of queries."""

from django.db import models
from django.db.models import Prefetch, prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable


def load_images_of(products, pages):
    """Photos of `products`, and the renditions of those photos and of the hero images of
    `pages`, in two queries for the whole page."""
    prefetch_related_objects(
        products, Prefetch("photos", queryset=ProductPhoto.objects.select_related("image"))
    )
    images = [photo.image for product in products for photo in product.photos.all()]
    images += [page.hero_image for page in pages if page.hero_image]
    prefetch_related_objects(images, "renditions")


def photos_with_images():
    """Prefetch for product cards: the photos, their images and the images' renditions."""
    return Prefetch(
        "photos",
        queryset=ProductPhoto.objects.select_related("image").prefetch_related("image__renditions"),
    )


class ProductPhoto(Orderable):
    product = ParentalKey("catalog.ProductPage", on_delete=models.CASCADE, related_name="photos")
    image = models.ForeignKey(
        "base.SiteImage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("photo"),
    )
    alt_text = models.CharField(
        _("description for people who cannot see it"),
        max_length=255,
        blank=True,
        help_text=_("Leave empty to use the photo's own description."),
    )

    panels = [FieldPanel("image"), FieldPanel("alt_text")]

    @property
    def alt(self):
        return self.alt_text or self.image.default_alt_text
