from django import forms
from django.utils.translation import gettext_lazy as _

from catalog.cart import MAX_QUANTITY


class AddToCartForm(forms.Form):
    """Choose one of the product's variants on sale and how many. A SKU of another product,
    of a variant taken off sale or sold out is refused with a message."""

    sku = forms.ChoiceField(label=_("Choose"), widget=forms.RadioSelect)
    quantity = forms.IntegerField(
        label=_("Quantity"), min_value=1, max_value=MAX_QUANTITY, initial=1
    )

    def __init__(self, *args, variants, **kwargs):
        super().__init__(*args, **kwargs)
        self.variants = {variant.sku: variant for variant in variants}
        self.fields["sku"].choices = [(sku, sku) for sku in self.variants]
        self.fields["sku"].error_messages["invalid_choice"] = _(
            "Choose one of the variants of this product."
        )
        in_stock = [variant.sku for variant in variants if variant.in_stock]
        if in_stock:
            self.fields["sku"].initial = in_stock[0]

    def clean_sku(self):
        variant = self.variants[self.cleaned_data["sku"]]
        if not variant.in_stock:
            raise forms.ValidationError(_("This variant is sold out."))
        return variant.sku

    @property
    def variant(self):
        return self.variants[self.cleaned_data["sku"]]


class CartLineForm(forms.Form):
    """Change how many of a line the cart holds; zero removes it."""

    sku = forms.CharField(max_length=40)
    quantity = forms.IntegerField(label=_("Quantity"), min_value=0, max_value=MAX_QUANTITY)
