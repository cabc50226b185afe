from django import forms
from django.utils.translation import gettext_lazy as _

from craftsite.personal_data import person_identifier


class PersonForm(forms.Form):
    """Whose data: one phone number or e-mail address, as the person gave it."""

    identifier = forms.CharField(
        label=_("Phone number or e-mail"),
        max_length=254,
        help_text=_(
            "Orders, enquiries and reviews are found by either; class registrations by phone."
        ),
    )

    def clean_identifier(self):
        return person_identifier(self.cleaned_data["identifier"])
