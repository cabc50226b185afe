"""The form staff fill in on a phone to make labels: a product of their own cooperative,
what the labels are for, who made the pieces and when. Mistakes are told in words staff
understand, and nothing typed can reach another cooperative's products."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from catalog.permissions import products_of
from craftsite.periods import today
from craftsite.privacy import public
from labels.models import Label
from stories.models import ArtisanPage

MAX_LABELS = 240  # ten A4 sheets of 24: a run prints in one go on a cheap phone
EARLIEST_YEAR = 1950
QUANTITY_ERRORS = {
    "required": _("Type how many labels to print, e.g. 12."),
    "invalid": _("Type how many labels to print as a whole number, e.g. 12."),
    "min_value": _("Print at least 1 label."),
    "max_value": _("At most %(limit_value)s labels at a time: make a second run for more."),
}


class LabelForm(forms.ModelForm):
    """A run of labels for one product of the cooperatives `cooperatives`."""

    quantity = forms.IntegerField(
        label=_("How many labels"),
        min_value=1,
        max_value=MAX_LABELS,
        initial=1,
        error_messages=QUANTITY_ERRORS,
        help_text=_("For a batch: how many pieces it has; each gets its number, e.g. 3 of 12."),
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )

    class Meta:
        model = Label
        fields = ["product", "kind", "quantity", "made_on", "artisan", "maker_name"]
        labels = {
            "product": _("Product"),
            "kind": _("Labels for"),
            "made_on": _("Date made"),
            "artisan": _("Artisan with a profile on the site"),
            "maker_name": _("Or the maker's name"),
        }
        help_texts = {
            "made_on": _("The day the piece or batch was finished."),
            "artisan": _("Their profile page opens from the label."),
            "maker_name": _(
                "Printed on the label only, for a maker without a profile on the site. "
                "Leave both empty for the cooperative's makers."
            ),
        }
        error_messages = {
            "product": {
                "required": _("Choose the product the labels are for."),
                "invalid_choice": _("Choose one of your cooperative's products from the list."),
            },
            "kind": {"invalid_choice": _("Choose what the labels are for from the list.")},
            "artisan": {"invalid_choice": _("Choose an artisan from the list.")},
            "made_on": {
                "required": _("Type the date the pieces were made, e.g. 20/11/2026."),
                "invalid": _("Type the date as day/month/year, e.g. 20/11/2026."),
            },
            "maker_name": {"max_length": _("A name of at most %(limit_value)d characters.")},
        }
        widgets = {"made_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def __init__(self, *args, cooperatives, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["product"].queryset = public(products_of(cooperatives).live())
        self.fields["product"].empty_label = _("Choose a product")
        self.fields["artisan"].queryset = public(
            ArtisanPage.objects.live().filter(locale=Locale.get_default())
        ).order_by("title")
        self.fields["artisan"].empty_label = _("No artisan profile")
        self.fields["kind"].widget = forms.RadioSelect(choices=Label.Kind.choices)
        self.fields["made_on"].input_formats = ["%Y-%m-%d", "%d/%m/%Y"]
        self.fields["made_on"].initial = today

    def clean_made_on(self):
        made_on = self.cleaned_data["made_on"]
        if made_on > today():
            raise forms.ValidationError(_("The date made cannot be after today."))
        if made_on.year < EARLIEST_YEAR:
            raise forms.ValidationError(_("Check the year of the date made."))
        return made_on

    def clean_maker_name(self):
        """One line of plain words: a name must not break the printed label."""
        return " ".join(self.cleaned_data["maker_name"].split())

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("artisan") and cleaned_data.get("maker_name"):
            self.add_error("maker_name", _("Choose an artisan or type a name, not both."))
        if cleaned_data.get("kind") == Label.Kind.PIECE:
            cleaned_data["quantity"] = 1
        return cleaned_data
