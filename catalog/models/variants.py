"""Price and stock: commercial data, not content. A variant belongs to the product's page in
the site's main language (craftsite.translation), so every translation of a product is one
product for the cart, the order and the stock count, and publishing or reverting a page
revision never touches them."""

from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from craftsite.translation import TranslatedField


class VariantQuerySet(models.QuerySet):
    def of_product(self, page):
        """The variants of `page`, whichever of its translations it is."""
        return self.filter(product__translation_key=page.translation_key)


class ProductVariant(models.Model):
    product = models.ForeignKey(
        "catalog.ProductPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("product"),
        help_text=_("The product's page in the site's main language."),
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

    display_label = TranslatedField("label")

    objects = VariantQuerySet.as_manager()

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
    def in_stock(self):
        return self.active and self.stock > 0
