"""The product editor as cooperative staff fill it in, often on a phone: price and stock of
each variant sit in the page form next to the name and the photos.

Price and stock are not content (`catalog.models.variants`): the page form checks them with
everything else, but they are written straight to the variants, never into a page revision,
and only when the person presses a button (save, submit, publish). Wagtail's live preview
and its autosave post the same form while the person types; neither may change what buyers
pay, nor add a half-typed variant, so they only check it (see `save_variant_changes`)."""

import itertools
import re

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.forms import BaseModelFormSet, modelformset_factory
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.pages import WagtailAdminPageForm
from wagtail.admin.panels import Panel

from catalog.models.variants import ProductVariant
from craftsite.text import fold
from craftsite.translation import main_language_page

CHANGE_VARIANTS = {"catalog.add_productvariant", "catalog.change_productvariant"}
FORMSET_PREFIX = "variants"
# Pages a product names (in `content_panels`, shown as plain lists): on a phone a list is
# one tap, where Wagtail's page chooser is a tree to walk in a dialog.
LISTED_LINKS = ("craft", "ethnic_group", "village")


class DongField(forms.IntegerField):
    """A price in whole đồng, typed the way people write it: "350000", "350.000",
    "350,000" or "350 000 đ". Dots and commas only ever group thousands here: VND has no
    minor unit, and Django's own integer field would read "350.000" as 350."""

    widget = forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"})
    default_error_messages = {
        "invalid": _("Write the price in đồng as a whole number, e.g. 350000 or 350.000."),
        "min_value": _("The price cannot be below %(limit_value)s đồng."),
        "required": _("Write the price in đồng, e.g. 350000."),
    }

    def to_python(self, value):
        if isinstance(value, str):
            value = re.sub(r"[\s.,]|₫|đồng|đ|vnd", "", value, flags=re.IGNORECASE)
        return super().to_python(value)


class PriceAndStockForm(forms.ModelForm):
    """What changes most often about a variant, with a numeric keyboard on a phone and the
    mistakes explained."""

    class Meta:
        model = ProductVariant
        fields = ["price", "stock", "active"]
        field_classes = {"price": DongField}
        widgets = {"stock": forms.NumberInput(attrs={"inputmode": "numeric", "min": 0})}
        error_messages = {
            "stock": {
                "required": _("Write how many you have ready to send, e.g. 5."),
                "invalid": _("Write how many you have ready to send as a whole number, e.g. 5."),
                "min_value": _("Stock cannot be below 0."),
            },
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A form per variant, one under the other: the screen explains price and stock
        # once, above them, rather than in every row.
        self.fields["price"].help_text = self.fields["stock"].help_text = ""


class VariantRowForm(PriceAndStockForm):
    """One variant in the product editor: its name as well, and an SKU made for the
    cooperative when they leave it empty."""

    class Meta(PriceAndStockForm.Meta):
        fields = ["label", "price", "stock", "sku", "active"]
        error_messages = {
            **PriceAndStockForm.Meta.error_messages,
            "label": {"required": _("Name the variant, e.g. 'Đỏ đen, 60 × 180 cm' or 'Một màu'.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sku"].required = False
        self.fields["sku"].help_text = _(
            "Your own code for this variant. Leave it empty and one is made from the name, "
            "e.g. TUI-THO-CAM-01."
        )

    def clean_sku(self):
        """No SKU yet, rather than an empty one: two new rows without one are not twins."""
        return self.cleaned_data["sku"] or None


class BaseVariantFormSet(BaseModelFormSet):
    """The variants of one product (by its translation key, so every language of the
    product shares them), and empty rows to add more: two for a new product, one else."""

    requires_one = True

    def __init__(self, *args, product, **kwargs):
        self.product = product
        self.extra = 1 if product.pk else 2
        queryset = ProductVariant.objects.of_product(product)
        super().__init__(*args, queryset=queryset, prefix=FORMSET_PREFIX, **kwargs)

    def clean(self):
        """A product sent for approval or published needs something to sell."""
        super().clean()
        kept = [form for form in self.forms if form.has_changed() or form.instance.pk]
        if self.requires_one and not kept:
            raise ValidationError(
                _("Add at least one variant with its price and stock, e.g. 'Một màu', 350000, 5.")
            )

    def save(self, commit=True):
        """New variants belong to this product, with an SKU made from its name when the
        person gave none."""
        variants = super().save(commit=False)
        unnamed = [variant for variant in variants if not variant.sku]
        for variant, sku in zip(unnamed, new_skus(self.product.title, len(unnamed)), strict=True):
            variant.sku = sku
        owner = main_language_page(self.product)
        for variant in variants:
            variant.product = owner
            variant.save()
        return variants


# More than any product sells (colours × sizes); the cap also bounds the forms a post can
# make the server build, whatever TOTAL_FORMS it claims.
MAX_VARIANTS = 50

VariantFormSet = modelformset_factory(
    ProductVariant,
    form=VariantRowForm,
    formset=BaseVariantFormSet,
    can_delete=False,
    max_num=MAX_VARIANTS,
    absolute_max=MAX_VARIANTS,
    validate_max=True,
)


def new_skus(title, count):
    """`count` unused SKUs for new variants of the product called `title`: its name in
    capitals without accents, then a number ("Túi thổ cẩm" gives TUI-THO-CAM-01)."""
    base = re.sub(r"[^A-Z0-9]+", "-", fold(title).upper()).strip("-")[:30] or "SP"
    taken = set(ProductVariant.objects.filter(sku__startswith=base).values_list("sku", flat=True))
    candidates = (f"{base}-{number:02d}" for number in itertools.count(1))
    return list(itertools.islice((sku for sku in candidates if sku not in taken), count))


class ProductPageForm(WagtailAdminPageForm):
    """The product page form with its variants, for people who may change price and stock
    (cooperative staff and site administrators; editors write the words only)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in LISTED_LINKS:
            self.list_pages_in_own_language(name)
        self.variants = None
        if self.for_user and self.for_user.has_perms(CHANGE_VARIANTS):
            # A post without the variants (a form from before they were in it, a script)
            # leaves them as they are rather than being refused as broken.
            posted = f"{FORMSET_PREFIX}-TOTAL_FORMS" in self.data
            self.variants = VariantFormSet(self.data if posted else None, product=self.instance)

    def list_pages_in_own_language(self, name):
        """Offer the live pages of the product's language, and the one chosen already."""
        field = self.fields[name]
        chosen = getattr(self.instance, f"{name}_id")
        in_language = field.queryset.filter(locale_id=self.instance.locale_id)
        field.queryset = in_language.filter(Q(live=True) | Q(pk=chosen)).order_by("title")

    def is_valid(self):
        page_is_valid = super().is_valid()
        if self.variants is None or not self.variants.is_bound:
            return page_is_valid
        # A draft may wait for its prices, as Wagtail lets it wait for its photos.
        self.variants.requires_one = not self.is_deferred_validation
        return self.variants.is_valid() and page_is_valid

    def save(self, commit=True):
        page = super().save(commit)
        if self.variants is not None and self.variants.is_bound:
            page.variant_changes = self.variants
        return page


def save_variant_changes(request, page):
    """Write the variants the product form checked, once the page itself is saved. Run from
    the hooks after creating and editing a page, which the live preview never reaches; the
    autosave asks for JSON and is left out."""
    changes = getattr(page, "variant_changes", None)
    if changes is not None and request.accepts("text/html"):
        changes.save()


class VariantsPanel(Panel):
    """Price and stock of each variant in the product editor. Shown to people who may
    change them; others see the product's words only."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "catalog/admin/variants_panel.html"

        def is_shown(self):
            return getattr(self.form, "variants", None) is not None

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["formset"] = self.form.variants
            return context
