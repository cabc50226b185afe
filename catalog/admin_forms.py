"""Admin forms for price, stock and payout accounts: each names its product or cooperative
with a choice limited to what the user may manage, and stores the translation key or page."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Locale

from catalog.models import ProductVariant
from catalog.models.product_form import DongField
from catalog.permissions import editable_products


class VariantForm(WagtailAdminModelForm):
    product = forms.ModelChoiceField(queryset=None, label=_("Product"))

    class Meta:
        model = ProductVariant
        fields = ["product", "sku", "label", "label_en", "price", "stock", "active", "sort_order"]
        field_classes = {"price": DongField}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        products = editable_products(self.for_user).filter(locale=Locale.get_default())
        self.fields["product"].queryset = products.order_by("title")
