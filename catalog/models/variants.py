"""Price and stock: commercial data, not content. A variant belongs to a product's
translation key, so every translation of a product is one product for the cart, the order
and the stock count, and publishing or reverting a page revision never touches them."""

from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class ProductVariant(models.Model):
    product_key = models.UUIDField(
        db_index=True, help_text="The translation key shared by every language of the product."
    )
    sku = models.CharField(
        _("SKU"),
        max_length=40,
        unique=True,
        validators=[
            RegexValidator(
                r"^[A-Z0-9][A-Z0-9-]*$",
                _("Use capital letters without accents, digits and dashes, e.g. KKT-KHAN-01."),
            )
        ],
    )
    label = models.CharField(
        _("variant"), max_length=120, help_text=_("e.g. 'Đỏ đen, 60 × 180 cm'")
    )
    label_en = models.CharField(
        _("variant in English"),
        max_length=120,
        blank=True,
        help_text=_("e.g. 'Red and black, 60 × 180 cm'; leave empty to show the above."),
    )
    price = models.PositiveIntegerField(_("price (đồng)"), help_text=_("e.g. 350000"))
    stock = models.IntegerField(
        _("in stock"),
        default=0,
        validators=[MinValueValidator(0)],
        help_text=_("How many are ready to send; each order takes its pieces off by itself."),
    )
    active = models.BooleanField(_("on sale"), default=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("variant")
        verbose_name_plural = _("variants")
        ordering = ["sort_order", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(stock__gte=0), name="variant_stock_not_negative"),
        ]

    def __str__(self):
        return f"{self.sku} – {self.label}"

    @property
    def display_label(self):
        """The label in the language of the page being shown."""
        if get_language() == "en" and self.label_en:
            return self.label_en
        return self.label

    @property
    def in_stock(self):
        return self.active and self.stock > 0
