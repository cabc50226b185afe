"""Form pieces shared by every public form. This module imports no app."""

import re
import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


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
