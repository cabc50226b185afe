from django import forms
from django.utils.translation import gettext_lazy as _

from craftsite.forms import HoneypotMixin, OneLineField, VietnamesePhoneField


class ClassRegistrationForm(HoneypotMixin, forms.Form):
    """A learner's place in a class. Name and village are plain words, as in every public
    form: organisers read them in the admin and call back, so links and markup are spam."""

    name = OneLineField(
        label=_("Full name"), max_length=100, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    phone = VietnamesePhoneField(help_text=_("We call or text you to confirm your place."))
    age = forms.IntegerField(label=_("Age"), min_value=8, max_value=99)
    village = OneLineField(
        label=_("Village or commune"),
        max_length=120,
        help_text=_("e.g. làng Kon Kơ Tu, xã Đăk Rơ Wa"),
    )
    consent = forms.BooleanField(
        label=_("I agree that the organisers keep these details to run the class."),
        required=True,
    )

    def clean_name(self):
        name = self.cleaned_data["name"]
        if len(name) < 2:
            raise forms.ValidationError(_("Please write your full name."))
        return name
