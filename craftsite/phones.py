"""Phone numbers from anywhere, read with Google's libphonenumber: taken however people type
them ("0912 345 678", "+84 912 345 678", "0084 912345678", "+44 7700 900123"), stored in
E.164 ("+84912345678", "+447700900123") so that one number is one string to compare and to
dial, and shown as people write them. Vietnam is the region of a number typed without a
country code. This module imports no app."""

import re
from functools import partialmethod

import phonenumbers
from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from phonenumbers import NumberParseException, PhoneNumberFormat, ValidationResult

DEFAULT_REGION = "VN"
VIETNAM_CALLING_CODE = 84
# "+" and at most fifteen digits (ITU-T E.164).
E164_MAX_LENGTH = 16
# Room for a number as typed: "+44 (0) 7700 900 123".
TYPED_MAX_LENGTH = 32
# Digits and what people put between them. Letters are refused, though libphonenumber would
# read them as on a keypad ("1-800-FLOWERS"), as are other scripts' digits and control
# characters: no one types them into a phone number, and a probe does.
TYPED_PHONE = re.compile(r"\+?[0-9 .\-()\u00a0]+")

INVALID_PHONE = _(
    "Enter a phone number, for example 0912 345 678, or from abroad with the country code, "
    "for example +44 7700 900123."
)


def acceptable(number):
    """A Vietnamese number must be one Vietnam's numbering plan gives out: a digit too few or
    too many is a parcel no carrier can announce. A foreign number must have a length its
    country uses: libphonenumber's ranges for two hundred countries lag behind new ones and
    call some reserved ranges invalid (the UK's 07700 900xxx), and a foreign buyer must not
    be turned away by them."""
    if number.country_code == VIETNAM_CALLING_CODE:
        return phonenumbers.is_valid_number(number)
    return (
        phonenumbers.region_code_for_country_code(number.country_code)
        != phonenumbers.UNKNOWN_REGION
        and phonenumbers.is_possible_number_with_reason(number) == ValidationResult.IS_POSSIBLE
    )


def normalise_phone(value):
    """The number in E.164, however it was typed: "0912 345 678", "+84 912 345 678" and
    "0084 912345678" are all "+84912345678", so that one person is one string wherever the
    site compares numbers (the buyer's hold caps, a class's one place per phone, the
    personal-data lookup). Raises ValidationError for what is not a phone number."""
    value = (value or "").strip()
    if len(value) > TYPED_MAX_LENGTH or not TYPED_PHONE.fullmatch(value):
        raise ValidationError(INVALID_PHONE, code="invalid_phone")
    try:
        number = phonenumbers.parse(value, DEFAULT_REGION)
    except NumberParseException:
        number = None
    if number is None or not acceptable(number):
        raise ValidationError(INVALID_PHONE, code="invalid_phone")
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def display_phone(value):
    """A stored number as people write it: a Vietnamese one in national form
    ("0912 345 678"), a foreign one in international form ("+44 7700 900123"), so that the
    reader sees at once whether to dial abroad. What is not a number in E.164 (a blank left
    by anonymisation, an old entry no one could read) is shown as it is stored."""
    try:
        number = phonenumbers.parse(value)
    except NumberParseException:
        return value
    if phonenumbers.format_number(number, PhoneNumberFormat.E164) != value or not acceptable(
        number
    ):
        return value
    if number.country_code == VIETNAM_CALLING_CODE:
        return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)


class PhoneField(forms.CharField):
    """A phone number, from Vietnam or abroad, cleaned to E.164."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", TYPED_MAX_LENGTH)
        kwargs.setdefault("label", _("Phone"))
        kwargs.setdefault("widget", forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}))
        super().__init__(**kwargs)

    def prepare_value(self, value):
        """A stored number is shown for editing as people write it."""
        return display_phone(value) if isinstance(value, str) else value

    def clean(self, value):
        value = super().clean(value)
        return normalise_phone(value) if value else value  # empty when optional


class PhoneNumberField(models.CharField):
    """A phone number stored in E.164; the forms made from the model (the admin's) read it
    as PhoneField does."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", E164_MAX_LENGTH)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return super().formfield(
            **{"form_class": PhoneField, "max_length": TYPED_MAX_LENGTH, **kwargs}
        )

    def contribute_to_class(self, cls, name, **kwargs):
        """Give the model `get_<name>_display()`, as Django does for a field with choices:
        the number as people write it, which Wagtail's inspect views show, and lists and
        exports can name."""
        super().contribute_to_class(cls, name, **kwargs)
        setattr(cls, f"get_{name}_display", partialmethod(stored_phone_display, field=self))


def stored_phone_display(record, field):
    """`get_<name>_display()` of a model with a PhoneNumberField."""
    return display_phone(getattr(record, field.attname))


def rewrite_stored_phones(model, field, *, rewrite):
    """Pass every non-blank `field` of `model` through `rewrite` (for the data migrations
    to and from E.164); a value `rewrite` cannot read is left as it was. Returns how many
    changed and how many were left."""
    changed, left = [], 0
    for record in model.objects.exclude(**{field: ""}).only("pk", field).iterator():
        try:
            value = rewrite(getattr(record, field))
        except ValidationError:
            left += 1
            continue
        if value != getattr(record, field):
            setattr(record, field, value)
            changed.append(record)
    model.objects.bulk_update(changed, [field], batch_size=500)
    return len(changed), left


def national_digits(value):
    """A Vietnamese number in E.164 as the site stored it before E.164: "0912345678". The
    way back for the data migrations; a foreign number, which the site could not store
    then, stays in E.164."""
    number = phonenumbers.parse(normalise_phone(value))
    if number.country_code != VIETNAM_CALLING_CODE:
        return value
    return f"0{number.national_number}"


def phone_migration(app_label, model_name, field):
    """The forward and backward functions of a data migration that rewrites `field` of
    `model_name` to E.164 and back, each printing how many numbers changed and how many
    could not be read and were left as they were."""

    def run(rewrite, direction):
        def migrate(apps, schema_editor):
            model = apps.get_model(app_label, model_name)
            changed, left = rewrite_stored_phones(model, field, rewrite=rewrite)
            if changed or left:
                print(  # the migration's report: what an operator should look at
                    f"\n  {app_label}.{model_name}.{field}: {changed} rewritten {direction}, "
                    f"{left} left as they were (not a phone number)"
                )

        return migrate

    return run(normalise_phone, "to E.164"), run(national_digits, "to national digits")


class PhoneSearchMixin:
    """For a Wagtail admin list that searches a `phone` field: a search that reads as a
    phone number ("0987 654 321") finds the records with that number, which the typed text
    would not find in the stored E.164 ("+84987654321")."""

    def search_queryset(self, queryset):
        try:
            number = normalise_phone(self.search_query)
        except ValidationError:
            return super().search_queryset(queryset)
        return queryset.filter(phone=number)
