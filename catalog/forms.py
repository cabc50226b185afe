import re
import unicodedata
from datetime import timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from vietnam_provinces import Province, ProvinceCode, Ward, WardCode

from catalog.cart import MAX_QUANTITY
from craftsite.forms import HoneypotMixin, VietnamesePhoneField


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
    are no districts any more. The commune list is that of the chosen province."""

    name = forms.CharField(
        label=_("Full name"),
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    phone = VietnamesePhoneField(help_text=_("The carrier calls this number."))
    email = forms.EmailField(
        label=_("E-mail"),
        max_length=254,
        help_text=_("We send the order confirmation and the tracking numbers here."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    province = forms.TypedChoiceField(label=_("Province or city"), coerce=int)
    commune = forms.TypedChoiceField(label=_("Commune or ward"), coerce=int)
    street = forms.CharField(
        label=_("House number, street, hamlet or village"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "street-address"}),
    )
    note = forms.CharField(
        label=_("Note for the cooperatives (optional)"),
        required=False,
        max_length=1000,
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

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())

    def clean_street(self):
        return " ".join(self.cleaned_data["street"].split())

    @property
    def method(self):
        return self.methods[self.cleaned_data["payment_method"]]

    def contact(self):
        """The buyer's details as the order stores them, with the address spelt out."""
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
        }


# Enough for any one wholesale order; more is a typing slip or a probe.
MAX_ENQUIRY_QUANTITY = 100_000
WANTED_BY_WITHIN = timedelta(days=2 * 365)
ENQUIRY_DETAILS = (
    "name",
    "organisation",
    "email",
    "phone",
    "wanted",
    "quantity",
    "wanted_by",
    "message",
)
LINK = re.compile(r"://|www\.", re.IGNORECASE)
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def hidden_characters(value, allowed=""):
    """Whether `value` holds control characters (other than those `allowed`) or direction
    overrides, which no one types into a form and which can disguise text in an e-mail."""
    return any(
        (unicodedata.category(char) == "Cc" and char not in allowed) or char in BIDI_CONTROLS
        for char in value
    )


def plain_line(value):
    """A name, an organisation or a product is one line of words: no control characters or
    line breaks, no markup and no links, which only spam puts there."""
    if hidden_characters(value) or "<" in value or ">" in value or LINK.search(value):
        raise forms.ValidationError(
            _("Write plain words, without links or the signs < and >."), code="not_plain"
        )


def plain_text(value):
    """A message may run over several lines, but holds no other control characters."""
    if hidden_characters(value, allowed="\n\r\t"):
        raise forms.ValidationError(_("The message holds characters we cannot read."))


class OneLineField(forms.CharField):
    """One line of plain text, with runs of spaces made one."""

    default_validators = [plain_line]

    def clean(self, value):
        return " ".join(super().clean(value).split())


class EnquiryForm(HoneypotMixin, forms.Form):
    """A wholesale buyer asks a cooperative for a quote. The answer comes by e-mail, so the
    address is required and the phone is not; the quantity and date must make sense for an
    order, and the buyer agrees that the details are kept (nothing is pre-ticked)."""

    name = OneLineField(
        label=_("Your name"), max_length=100, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    organisation = OneLineField(
        label=_("Organisation (optional)"),
        required=False,
        max_length=150,
        help_text=_("The shop, hotel, company or office you buy for."),
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    email = forms.EmailField(
        label=_("E-mail"),
        max_length=254,
        help_text=_("The cooperative answers you here."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = VietnamesePhoneField(label=_("Phone (optional)"), required=False)
    wanted = OneLineField(
        label=_("What would you like?"),
        max_length=200,
        help_text=_("A product, or a description: size, colours, pattern."),
    )
    quantity = forms.IntegerField(
        label=_("How many pieces"), min_value=1, max_value=MAX_ENQUIRY_QUANTITY
    )
    wanted_by = forms.DateField(
        label=_("Wanted by (optional)"),
        required=False,
        input_formats=["%Y-%m-%d", "%d/%m/%Y"],
        help_text=_("The day the goods should reach you."),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    message = forms.CharField(
        label=_("Message (optional)"),
        required=False,
        max_length=2000,
        validators=[plain_text],
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    consent = forms.BooleanField(
        label=_("I agree that the cooperative and Làng Nghề keep these details to answer me."),
        error_messages={"required": _("Please agree, so that the cooperative may answer you.")},
    )

    def __init__(self, *args, cooperative, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = timezone.localdate()
        self.fields["wanted_by"].widget.attrs["min"] = self.today.isoformat()
        if cooperative.minimum_order:
            self.fields["quantity"].help_text = ngettext(
                "The cooperative's minimum order is %(pieces)d piece.",
                "The cooperative's minimum order is %(pieces)d pieces.",
                cooperative.minimum_order,
            ) % {"pieces": cooperative.minimum_order}

    def clean_wanted_by(self):
        wanted_by = self.cleaned_data["wanted_by"]
        if wanted_by is None:
            return None
        if wanted_by < self.today:
            raise forms.ValidationError(_("Choose a day from today on."))
        if wanted_by > self.today + WANTED_BY_WITHIN:
            raise forms.ValidationError(_("Choose a day within the next two years."))
        return wanted_by

    def details(self):
        """What the enquiry stores, as `catalog.enquiries.receive_enquiry` takes it."""
        return {name: self.cleaned_data[name] for name in ENQUIRY_DETAILS}
