"""The report's question, read from the address: which period, which breakdown, and
optionally one cooperative. Anything malformed is a form error shown to the reader, never a
server error; a cooperative outside the reader's scope is an invalid choice like any other."""

import datetime
import uuid

from django import forms
from django.utils.translation import gettext_lazy as _

from craftsite import periods
from craftsite.forms import OneLineField, plain_text
from monitoring.figures import BREAKDOWNS

DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
LONGEST_RANGE = datetime.timedelta(days=5 * 366)  # 60 months in the monthly table already
QUARTERS = [(1, _("Quarter 1")), (2, _("Quarter 2")), (3, _("Quarter 3")), (4, _("Quarter 4"))]


class ReportForm(forms.Form):
    year = forms.TypedChoiceField(label=_("Year"), coerce=int)
    quarter = forms.TypedChoiceField(
        label=_("Quarter"),
        coerce=int,
        required=False,
        empty_value=None,
        choices=[("", _("Whole year")), *QUARTERS],
    )
    first_day = forms.DateField(
        label=_("From"),
        required=False,
        input_formats=["%Y-%m-%d"],
        widget=DATE_INPUT,
        help_text=_("Or give two dates instead of a year."),
    )
    last_day = forms.DateField(
        label=_("To"), required=False, input_formats=["%Y-%m-%d"], widget=DATE_INPUT
    )
    breakdown = forms.ChoiceField(label=_("Breakdown"), choices=list(BREAKDOWNS.items()))
    cooperative = forms.TypedChoiceField(
        label=_("Cooperative"), required=False, coerce=uuid.UUID, empty_value=None
    )

    def __init__(self, query, cooperatives):
        """`query`: the request's GET; missing year and breakdown take this year and
        cooperatives. `cooperatives`: (translation key, title) of those the reader may see."""
        data = query.copy()
        data.setdefault("year", str(periods.this_year()))
        data.setdefault("breakdown", "cooperative")
        super().__init__(data)
        years = range(periods.this_year(), periods.FIRST_YEAR - 1, -1)
        self.fields["year"].choices = [(year, year) for year in years]
        self.fields["cooperative"].choices = [
            ("", _("All")),
            *((str(key), title) for key, title in cooperatives),
        ]

    def clean(self):
        data = super().clean()
        first, last = data.get("first_day"), data.get("last_day")
        if first and not last:
            self.add_error("last_day", _("Give the last day too."))
        elif last and not first:
            self.add_error("first_day", _("Give the first day too."))
        elif first and last and last < first:
            self.add_error("last_day", _("The last day cannot be before the first."))
        elif first and last and last - first > LONGEST_RANGE:
            self.add_error("last_day", _("Ask for five years at most."))
        return data

    def period(self):
        data = self.cleaned_data
        if data["first_day"]:
            return periods.between(data["first_day"], data["last_day"])
        if data["quarter"]:
            return periods.quarter(data["year"], data["quarter"])
        return periods.year(data["year"])

    def scope(self, scope):
        """The reader's scope, narrowed to the cooperative asked for."""
        key = self.cleaned_data["cooperative"]
        return scope.narrowed_to(key) if key else scope

    def query(self, **changes):
        """The question as cleaned, for links to its exports: they answer exactly it."""
        names = ["year", "quarter", "first_day", "last_day", "breakdown", "cooperative"]
        values = {name: self.cleaned_data[name] for name in names} | changes
        return {name: value for name, value in values.items() if value is not None}


class FilingForm(forms.Form):
    """What the officer adds to a report being filed: its number and a note. The one-time
    key, made when the form is shown, files the report once however often it is sent."""

    number = OneLineField(
        label=_("Number"),
        max_length=60,
        required=False,
        help_text=_("The report's number as on the signed paper, e.g. 12/BC-BDT. Can be empty."),
    )
    note = forms.CharField(
        label=_("Note"),
        max_length=2000,
        required=False,
        validators=[plain_text],
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For example, what this filing corrects. Can be empty."),
    )
    filing_key = forms.UUIDField(widget=forms.HiddenInput)
