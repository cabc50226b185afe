"""The admin forms of the registry, the support projects and the raw-material areas, made to
be filled in on a phone by people who do not use computers much: plain drop-down lists and
tick boxes, errors that say what to do, and an area typed with a comma or a point."""

from django import forms
from wagtail.admin.forms import WagtailAdminModelForm

from programme.models import BIRTH_YEAR_ERRORS, BUDGET_ERRORS, COUNT_ERRORS

MESSAGES = {
    "birth_year": BIRTH_YEAR_ERRORS,
    "amount": BUDGET_ERRORS,
    "people_benefiting": COUNT_ERRORS,
    "households": COUNT_ERRORS,
}


class ClearMessagesForm(WagtailAdminModelForm):
    """A form whose number fields answer a mistake with the model's own words."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, messages in MESSAGES.items():
            if name in self.fields:
                self.fields[name].error_messages.update(messages)


class ClassRegistrationChoice(forms.ModelMultipleChoiceField):
    """A class registration named by the learner and the class, which tells two
    registrations of one learner apart."""

    def label_from_instance(self, registration):
        return f"{registration.name} – {registration.event.title}"


class RegisteredPersonForm(ClearMessagesForm):
    """A person's entry. Registrations already anonymised are not offered: nobody could
    tell whose they were."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["class_registrations"]
        self.fields["class_registrations"] = ClassRegistrationChoice(
            queryset=field.queryset.filter(anonymised_at__isnull=True)
            .select_related("event")
            .order_by("name", "pk"),
            required=False,
            label=field.label,
            help_text=field.help_text,
            widget=forms.SelectMultiple(attrs={"size": 6}),
        )


class HectaresField(forms.DecimalField):
    """An area in hectares as people write it: "12,5" in Vietnamese, "12.5" in English."""

    def to_python(self, value):
        if isinstance(value, str) and value.count(",") == 1 and "." not in value:
            value = value.replace(",", ".")
        return super().to_python(value)


class RawMaterialAreaForm(ClearMessagesForm):
    class Meta:
        field_classes = {"hectares": HectaresField}
