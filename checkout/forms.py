from django import forms
from django.utils.translation import gettext_lazy as _
from vietnam_provinces import Province, ProvinceCode, Ward, WardCode

from checkout.cart import MAX_QUANTITY
from craftsite.forms import OneLineField, plain_text
from craftsite.personal_data import Purpose, consent_given
from craftsite.phones import PhoneField


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


def province_choices():
    return [("", _("Choose a province or city"))] + [
        (str(province.code.value), province.name) for province in Province.iter_all()
    ]


def commune_choices(province_code):
    if province_code is None:
        return [("", _("Choose the province first"))]
    wards = sorted(Ward.iter_by_province(ProvinceCode(province_code)), key=lambda w: w.name)
    return [("", _("Choose a commune or ward"))] + [
        (str(ward.code.value), ward.name) for ward in wards
    ]


def chosen_province(data):
    """The province code the form came back with, when it is one of the official list."""
    try:
        return ProvinceCode(int(data.get("province", ""))).value
    except (TypeError, ValueError):
        return None


class CheckoutForm(forms.Form):
    """Who receives the parcels, where, and how they pay. The address follows the 2025
    reform: province and commune from the official list, then the street or village; there
    are no districts any more. The commune list is that of the chosen province. Name and
    street are plain words, as in the enquiry form: the order confirmation repeats them,
    under the site's name, to whatever address was typed in, so they must not carry links
    or markup to a stranger."""

    name = OneLineField(
        label=_("Full name"),
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    phone = PhoneField(help_text=_("The carrier calls this number."))
    email = forms.EmailField(
        label=_("E-mail"),
        max_length=254,
        help_text=_("We send the order confirmation and the tracking numbers here."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    province = forms.TypedChoiceField(label=_("Province or city"), coerce=int)
    commune = forms.TypedChoiceField(label=_("Commune or ward"), coerce=int)
    street = OneLineField(
        label=_("House number, street, hamlet or village"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "street-address"}),
    )
    note = forms.CharField(
        label=_("Note for the cooperatives (optional)"),
        required=False,
        max_length=1000,
        validators=[plain_text],
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    payment_method = forms.ChoiceField(label=_("Payment"), widget=forms.RadioSelect)
    consent = forms.BooleanField(
        label=_("I agree to the terms of sale and the privacy notice."),
        error_messages={"required": _("Please agree to the terms to place the order.")},
    )
    checkout_key = forms.CharField(widget=forms.HiddenInput, max_length=40)

    def __init__(self, *args, methods, **kwargs):
        super().__init__(*args, **kwargs)
        self.methods = {method.code: method for method in methods}
        self.fields["payment_method"].choices = [(method.code, method.label) for method in methods]
        self.fields["province"].choices = province_choices()
        self.province_code = chosen_province(self.data if self.is_bound else self.initial)
        self.fields["commune"].choices = commune_choices(self.province_code)

    @property
    def method(self):
        return self.methods[self.cleaned_data["payment_method"]]

    def contact(self):
        """The buyer's details as the order stores them, with the address spelt out, and
        the consent the ticked box gave."""
        data = self.cleaned_data
        return {
            "name": data["name"],
            "phone": data["phone"],
            "email": data["email"],
            "province": Province.from_code(ProvinceCode(data["province"])).name,
            "province_code": data["province"],
            "commune": Ward.from_code(WardCode(data["commune"])).name,
            "commune_code": data["commune"],
            "street": data["street"],
            "note": data["note"],
            **consent_given(Purpose.ORDER),
        }
