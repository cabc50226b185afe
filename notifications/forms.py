from django import forms
from django.utils.translation import gettext_lazy as _

from craftsite.phones import PhoneField
from notifications.models import Channel

CODE_PATTERN = r"[0-9]{6}"


class PhoneForm(forms.Form):
    """The number and the channel to receive messages by, among those the site can send."""

    phone = PhoneField(
        label=_("Your phone number"),
        help_text=_("The number you use for Zalo or for text messages, e.g. 0912 345 678."),
    )
    channel = forms.ChoiceField(
        label=_("Receive messages by"), widget=forms.RadioSelect, choices=()
    )

    def __init__(self, channels, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["channel"].choices = [(c, Channel(c).label) for c in channels]
        if len(channels) == 1:
            self.fields["channel"].initial = channels[0]


class CodeForm(forms.Form):
    code = forms.RegexField(
        regex=CODE_PATTERN,
        max_length=6,
        min_length=6,
        label=_("The code you received"),
        help_text=_("Six digits, valid for ten minutes."),
        error_messages={"invalid": _("Type the six digits of the code.")},
        widget=forms.TextInput(
            attrs={"inputmode": "numeric", "autocomplete": "one-time-code", "pattern": CODE_PATTERN}
        ),
    )
