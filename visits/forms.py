"""The visit request form and the hosts' answer form."""

from datetime import timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from craftsite.forms import HoneypotMixin, OneLineField, plain_text
from craftsite.personal_data import Purpose, consent_given
from craftsite.phones import PhoneField
from visits.models import VisitRequest

# A village plans a season ahead at most; a date further out is a typing slip.
BOOK_WITHIN = timedelta(days=365)
# More nights than a homestay offers, or a group bigger than a village can welcome at once,
# is a typing slip or a probe; bigger groups write to the Department.
LONGEST_STAY = timedelta(days=14)
LARGEST_GROUP = 60
VISIT_DETAILS = (
    "kind",
    "arrival",
    "departure",
    "group_size",
    "guide_language",
    "name",
    "phone",
    "email",
    "message",
)
DATE_INPUT_FORMATS = ["%Y-%m-%d", "%d/%m/%Y"]


def date_field(label, required=True, help_text=""):
    return forms.DateField(
        label=label,
        required=required,
        help_text=help_text,
        input_formats=DATE_INPUT_FORMATS,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )


def check_visit_dates(arrival, departure, today):
    """The errors of a stay from `arrival` to `departure` (None for one day), by field: a
    village can only plan a visit that is still ahead, within a year, and short enough to
    host."""
    if arrival < today:
        return {"arrival": _("Choose a day from today on.")}
    if arrival > today + BOOK_WITHIN:
        return {"arrival": _("Choose a day within the next twelve months.")}
    errors = {}
    if departure is not None:
        if departure < arrival:
            errors["departure"] = _("The day you leave cannot be before the day you arrive.")
        elif departure - arrival > LONGEST_STAY:
            errors["departure"] = _("A stay can last at most 14 nights.")
    return errors


class VisitRequestForm(HoneypotMixin, forms.Form):
    """A visitor asks a village for a visit, a homestay night or a craft experience. Hosts in
    the village mostly call back, so the phone comes first; an e-mail is enough for
    visitors from abroad. One of the two is needed, and the visitor agrees that the details
    are kept (nothing is pre-ticked)."""

    kind = forms.ChoiceField(
        label=_("What would you like to do?"),
        choices=VisitRequest.Kind.choices,
        widget=forms.RadioSelect,
    )
    arrival = date_field(_("Day you arrive"))
    departure = date_field(
        _("Day you leave (optional)"),
        required=False,
        help_text=_("Leave empty for a visit of one day. A homestay needs the day you leave."),
    )
    group_size = forms.IntegerField(
        label=_("How many people"), min_value=1, max_value=LARGEST_GROUP
    )
    guide_language = forms.ChoiceField(
        label=_("Language you would like to be welcomed in"),
        choices=VisitRequest.Language.choices,
        help_text=_("Most hosts speak their own language and Vietnamese."),
    )
    name = OneLineField(
        label=_("Your name"), max_length=100, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    phone = PhoneField(
        label=_("Phone"),
        required=False,
        help_text=_(
            "The village calls or texts you. Foreign numbers start with + and the country code."
        ),
    )
    email = forms.EmailField(
        label=_("E-mail"),
        required=False,
        max_length=254,
        help_text=_("Give a phone, an e-mail or both."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    message = forms.CharField(
        label=_("Message (optional)"),
        required=False,
        max_length=2000,
        validators=[plain_text],
        help_text=_("What you hope to see or learn, food you do not eat, how you travel."),
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    consent = forms.BooleanField(
        label=_("I agree that the village's hosts and Làng Nghề keep these details to answer me."),
        error_messages={"required": _("Please agree, so that the village may answer you.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = timezone.localdate()
        for name in ("arrival", "departure"):
            self.fields[name].widget.attrs["min"] = self.today.isoformat()
            self.fields[name].widget.attrs["max"] = (self.today + BOOK_WITHIN).isoformat()

    def clean(self):
        cleaned = super().clean()
        arrival = cleaned.get("arrival")
        if arrival is not None:
            departure = cleaned.get("departure")
            for field, error in check_visit_dates(arrival, departure, self.today).items():
                self.add_error(field, error)
            if cleaned.get("kind") == VisitRequest.Kind.HOMESTAY and (
                departure is None or departure == arrival
            ):
                self.add_error(
                    "departure", _("A homestay night needs a day you leave after you arrive.")
                )
        if not (cleaned.get("phone") or cleaned.get("email")) and not (
            self.has_error("phone") or self.has_error("email")
        ):
            self.add_error(
                "phone", _("Give a phone number or an e-mail, so the village can answer you.")
            )
        return cleaned

    def details(self):
        """What the request stores, as `visits.services.receive_visit_request` takes it, with
        the consent the ticked box gave."""
        return {
            **{name: self.cleaned_data[name] for name in VISIT_DETAILS},
            **consent_given(Purpose.VISIT_REQUEST),
        }


# What a host does, as they would say it; the request's status then says what was done.
ANSWER_LABELS = {
    VisitRequest.Status.ACCEPTED: _("Welcome them"),
    VisitRequest.Status.OTHER_DATES: _("Propose other dates"),
    VisitRequest.Status.DECLINED: _("Decline"),
}


class AnswerForm(forms.Form):
    """A host's answer. Proposing other dates needs the dates; the note is what the visitor
    reads, so a decline says why and an acceptance says where to meet."""

    outcome = forms.ChoiceField(label=_("Your answer"), widget=forms.RadioSelect)
    note = forms.CharField(
        label=_("Note to the visitor"),
        required=False,
        max_length=3000,
        help_text=_("For example where to meet, what to bring, the price, or why not."),
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    proposed_arrival = date_field(_("Other day to arrive"), required=False)
    proposed_departure = date_field(_("Other day to leave (optional)"), required=False)

    def __init__(self, *args, visit_request, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = timezone.localdate()
        self.fields["outcome"].choices = [
            (status, ANSWER_LABELS[status])
            for status in VisitRequest.transitions.targets(visit_request.status)
        ]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("outcome") != VisitRequest.Status.OTHER_DATES:
            cleaned["proposed_arrival"] = cleaned["proposed_departure"] = None
            return cleaned
        arrival = cleaned.get("proposed_arrival")
        if arrival is None:
            if not self.has_error("proposed_arrival"):
                self.add_error("proposed_arrival", _("Choose the day you propose."))
            return cleaned
        errors = check_visit_dates(arrival, cleaned.get("proposed_departure"), self.today)
        for field, error in errors.items():
            self.add_error(f"proposed_{field}", error)
        return cleaned
