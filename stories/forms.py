from django import forms
from django.utils.translation import gettext_lazy as _

from craftsite.forms import HoneypotMixin, OneLineField
from craftsite.personal_data import Purpose, consent_given
from craftsite.phones import PhoneField

# Below this age a learner's details are kept only with a parent's or guardian's consent,
# as the 2025 Personal Data Protection Law asks for children (Decree 13/2023, article 20,
# asked it already for children from seven, who also agree themselves).
GUARDIAN_CONSENT_BELOW = 16
REGISTRATION_DETAILS = ("name", "phone", "age", "village", "guardian_name")


class ClassRegistrationForm(HoneypotMixin, forms.Form):
    """A learner's place in a class. Name and village are plain words, as in every public
    form: organisers read them in the admin and call back, so links and markup are spam.
    A learner under GUARDIAN_CONSENT_BELOW needs a parent or guardian who names themselves
    and agrees too; the form cannot tell who ticks, but it records who answered for the
    child."""

    name = OneLineField(
        label=_("Full name"), max_length=100, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    phone = PhoneField(help_text=_("We call or text you to confirm your place."))
    age = forms.IntegerField(label=_("Age"), min_value=8, max_value=99)
    village = OneLineField(
        label=_("Village or commune"),
        max_length=120,
        help_text=_("e.g. làng Kon Kơ Tu, xã Đăk Rơ Wa"),
    )
    guardian_name = OneLineField(
        label=_("Parent's or guardian's full name (learners under 16)"),
        required=False,
        max_length=100,
    )
    guardian_consent = forms.BooleanField(
        label=_(
            "I am the learner's parent or guardian and agree that the organisers keep "
            "these details to run the class (learners under 16)."
        ),
        required=False,
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

    def clean(self):
        """A learner under GUARDIAN_CONSENT_BELOW is refused without a guardian's name and
        consent; for an older learner neither is asked, and a name given anyway is not
        kept, as it is not needed."""
        cleaned = super().clean()
        age = cleaned.get("age")
        if age is None or age >= GUARDIAN_CONSENT_BELOW:
            cleaned["guardian_name"] = ""
            return cleaned
        if not cleaned.get("guardian_name"):
            self.add_error(
                "guardian_name",
                _("A learner under 16 needs the name of a parent or guardian who agrees."),
            )
        if not cleaned.get("guardian_consent"):
            self.add_error(
                "guardian_consent",
                _("A learner under 16 can register only with a parent's or guardian's consent."),
            )
        return cleaned

    def details(self):
        """What the registration stores, as `stories.services.register_for_class` takes it,
        with the consent the ticked boxes gave."""
        return {
            **{name: self.cleaned_data[name] for name in REGISTRATION_DETAILS},
            **consent_given(Purpose.CLASS_REGISTRATION),
        }
