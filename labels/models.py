"""What a cooperative printed: one row per run of labels, with what the labels say frozen as
printed, so that a later change to the product (its name, its makers' share) never rewrites
a label already stuck on a piece."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Label(models.Model):
    """Labels for a product in general (identical copies), for a batch (pieces numbered
    "3 of 12", each with its own code) or for a single piece."""

    class Kind(models.TextChoices):
        PRODUCT = "product", _("The product (identical labels)")
        BATCH = "batch", _("A batch (each piece numbered)")
        PIECE = "piece", _("A single piece")

    cooperative = models.ForeignKey(
        "catalog.CooperativePage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("cooperative"),
    )
    # The product page in the main language. A deleted product leaves its labels behind,
    # as a record of what was printed, but they no longer check as genuine.
    product = models.ForeignKey(
        "catalog.ProductPage",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("product"),
    )
    kind = models.CharField(_("labels for"), max_length=8, choices=Kind.choices)
    quantity = models.PositiveSmallIntegerField(_("how many"))
    artisan = models.ForeignKey(
        "stories.ArtisanPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("artisan"),
    )
    village = models.ForeignKey(
        "stories.VillagePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("village"),
    )
    made_on = models.DateField(_("made on"))
    # As printed:
    product_title = models.CharField(_("product name"), max_length=255)
    maker_name = models.CharField(_("made by"), max_length=120, blank=True)
    village_name = models.CharField(_("village name"), max_length=255, blank=True)
    maker_share_percent = models.PositiveSmallIntegerField(_("makers' share (%)"))
    created_at = models.DateTimeField(_("made at"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("made by (staff)"),
    )

    class Meta:
        verbose_name = _("label")
        verbose_name_plural = _("labels")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.product_title} · {self.made_on:%d/%m/%Y}"

    @property
    def is_numbered(self):
        """Whether each piece has its own number and code: a batch does, identical labels
        for the product do not."""
        return self.kind == self.Kind.BATCH

    def pieces(self):
        """The piece number of each label to print: 1…n for a batch; for identical product
        labels 0 (no number) as many times as copies; 1 for a single piece."""
        if self.kind == self.Kind.PRODUCT:
            return [0] * self.quantity
        return list(range(1, self.quantity + 1))

    def has_piece(self, piece):
        """Whether `piece` is one this label run printed."""
        if self.kind == self.Kind.PRODUCT:
            return piece == 0
        return 1 <= piece <= self.quantity
