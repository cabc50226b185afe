"""Phone numbers from Vietnam and abroad: read however typed, stored in E.164, shown as
people write them."""

import pytest
from django.core.exceptions import ValidationError
from django.template import Context, Template
from django.utils import translation

from catalog.models import CooperativePage
from craftsite.phones import PhoneField, display_phone, national_digits, normalise_phone


@pytest.mark.parametrize(
    "typed, stored",
    [
        ("0912 345 678", "+84912345678"),
        ("0912.345.678", "+84912345678"),
        ("+84 912 345 678", "+84912345678"),
        ("+84 (0) 912 345 678", "+84912345678"),
        ("0084 912345678", "+84912345678"),
        ("84912345678", "+84912345678"),
        ("024 3826 1234", "+842438261234"),  # a Hà Nội landline: any valid number will do
        ("+44 7700 900123", "+447700900123"),
        ("+1 (202) 555-0123", "+12025550123"),
        ("+33 6 12 34 56 78", "+33612345678"),
    ],
)
def test_a_number_is_stored_in_e164_however_it_is_typed(typed, stored):
    assert normalise_phone(typed) == stored


@pytest.mark.parametrize(
    "typed",
    [
        "12345",  # too short
        "0912 345 678 9999",  # too long
        "+84 91234567",  # a digit short of a Vietnamese number
        "+84 24 3826 12345",  # a landline a digit too long
        "+44 7700",  # too short for the UK
        "+999 1234567",  # no such country
        "09l2 345 678",  # letters, which libphonenumber would read as keys
        "1-800-FLOWERS",
        "0912 345 678 ext 12",
        "<b>0912345678</b>",
        "0912\x00345678",
        "0912\x1b345678",
        "0912345678\n0987654321",
        "\u202e0912345678",
        "０９１２３４５６７８",  # full-width digits
        "0" * 500,
        "",
    ],
)
def test_what_is_not_a_phone_number_is_refused_with_an_example_of_both_kinds(typed):
    with translation.override("vi"):
        with pytest.raises(ValidationError) as refused:
            normalise_phone(typed)

        assert refused.value.messages == [
            "Nhập số điện thoại, ví dụ 0912 345 678, hoặc số nước ngoài kèm mã quốc gia, "
            "ví dụ +44 7700 900123."
        ]


@pytest.mark.parametrize(
    "stored, shown",
    [
        ("+84912345678", "0912 345 678"),
        ("+842603000000", "0260 3000 000"),
        ("+447700900123", "+44 7700 900123"),
        ("+12025550123", "+1 202-555-0123"),
        ("", ""),  # anonymised
        ("0260 3862 xxx", "0260 3862 xxx"),  # an old entry the migration could not read
        ("+8491234567", "+8491234567"),  # no valid number: shown as stored, not reshaped
    ],
)
def test_a_stored_number_is_shown_nationally_at_home_and_internationally_abroad(stored, shown):
    rendered = Template("{% load site_tags %}<a href='tel:{{ n }}'>{{ n|phone }}</a>").render(
        Context({"n": stored})
    )

    assert display_phone(stored) == shown
    assert rendered == f"<a href='tel:{stored}'>{shown}</a>"


def test_the_form_field_shows_a_stored_number_for_editing_as_people_write_it():
    field = PhoneField(required=False)

    assert field.prepare_value("+84912345678") == "0912 345 678"
    assert field.prepare_value("+84 9123") == "+84 9123"  # as typed, when refused
    assert field.clean("") == ""
    assert field.clean(" 0912 345 678 ") == "+84912345678"


def test_the_way_back_writes_vietnamese_numbers_as_before_and_keeps_foreign_ones():
    assert national_digits("+84912345678") == "0912345678"
    assert national_digits("+842438261234") == "02438261234"
    assert national_digits("+447700900123") == "+447700900123"


@pytest.mark.django_db
def test_a_cooperatives_contact_phone_is_checked_and_stored_in_e164_in_the_page_editor():
    form_class = CooperativePage.get_edit_handler().get_form_class()
    field = form_class.base_fields["phone"]

    assert isinstance(field, PhoneField)
    assert field.clean("0260 3000 000") == "+842603000000"
    assert field.clean("") == ""
    with pytest.raises(ValidationError):
        field.clean("0260 3000")
