"""The wholesale enquiry form."""

from datetime import timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from craftsite.forms import HoneypotMixin, OneLineField, plain_text
from craftsite.personal_data import Purpose, consent_given
from craftsite.phones import PhoneField

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
    phone = PhoneField(label=_("Phone (optional)"), required=False)
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
        """What the enquiry stores, as `enquiries.services.receive_enquiry` takes it, with the
        consent the ticked box gave."""
        return {
            **{name: self.cleaned_data[name] for name in ENQUIRY_DETAILS},
            **consent_given(Purpose.ENQUIRY),
        }
