"""Form pieces shared by every public form. This module imports no app."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Mobile numbers: 03x, 05x, 07x, 08x, 09x and eight more digits; landlines: 02 and nine more.
VIETNAMESE_PHONE = re.compile(r"0(?:[35789]\d{8}|2\d{9})")
PHONE_SEPARATORS = re.compile(r"[\s.\-()]")


def normalise_vietnamese_phone(value):
    """Return the number as ten or eleven digits starting with 0, however it was typed:
    "+84 912 345 678", "0912.345.678" and "84912345678" are all "0912345678"."""
    digits = PHONE_SEPARATORS.sub("", value or "")
    if digits.startswith("+84"):
        digits = "0" + digits[3:]
    elif digits.startswith("84") and len(digits) in (11, 12):
        digits = "0" + digits[2:]
    if not VIETNAMESE_PHONE.fullmatch(digits):
        raise ValidationError(
            _("Enter a Vietnamese phone number, for example 0912 345 678."), code="invalid_phone"
        )
    return digits


class VietnamesePhoneField(forms.CharField):
    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 20)
        kwargs.setdefault("label", _("Phone"))
        kwargs.setdefault("widget", forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}))
        super().__init__(**kwargs)

    def clean(self, value):
        value = super().clean(value)
        return normalise_vietnamese_phone(value) if value else value  # empty when optional


class HoneypotMixin(forms.Form):
    """A field people never see (hidden by CSS and from screen readers) but form-filling bots
    do; a form that comes back with it filled is refused."""

    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def clean_website(self):
        if self.cleaned_data["website"]:
            raise ValidationError(_("This form could not be sent."), code="honeypot")
        return ""
