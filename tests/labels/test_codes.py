"""A label's code checks only for the label run, the piece and the product it was made for,
and anything else a visitor may send is refused before it costs more than a look-up."""

import pytest

from catalog.models import ProductPage
from labels.codes import InvalidCode, label_code, parse_code
from labels.models import Label
from labels.services import genuine_label
from tests.labels.factories import make_run

pytestmark = pytest.mark.django_db


@pytest.fixture
def batch(labels_site):
    return make_run(labels_site["scarf"], quantity=12)


def test_a_code_made_for_a_piece_checks_as_that_piece(batch):
    assert genuine_label(label_code(batch, 3)) == (batch, 3)


def test_a_code_is_short_enough_to_type(batch):
    code = label_code(batch, 12)

    assert len(code) <= 20
    assert code.startswith(f"{batch.pk}-12-")


def test_a_typed_code_in_lower_case_with_spaces_and_lookalike_digits_still_checks(batch):
    code = label_code(batch, 3)
    label_id, piece, signature = code.split("-")
    typed = f" {label_id} - {piece} - {signature.lower().replace('O', '0').replace('I', '1')} "

    assert genuine_label(typed) == (batch, 3)


def test_a_changed_signature_is_refused(batch):
    code = label_code(batch, 3)
    tampered = code[:-1] + ("A" if code[-1] != "A" else "B")

    with pytest.raises(InvalidCode):
        genuine_label(tampered)


def test_the_signature_of_one_piece_does_not_check_for_another(batch):
    signature = label_code(batch, 3).rsplit("-", 1)[1]

    with pytest.raises(InvalidCode):
        genuine_label(f"{batch.pk}-4-{signature}")


def test_the_signature_of_one_run_does_not_check_for_another(labels_site, batch):
    other = make_run(labels_site["scarf"], quantity=12)
    signature = label_code(batch, 3).rsplit("-", 1)[1]

    with pytest.raises(InvalidCode):
        genuine_label(f"{other.pk}-3-{signature}")


def test_a_run_changed_to_name_another_product_no_longer_checks(labels_site, batch):
    code = label_code(batch, 3)
    Label.objects.filter(pk=batch.pk).update(product=labels_site["basket"])

    with pytest.raises(InvalidCode):
        genuine_label(code)


def test_a_piece_the_run_did_not_print_is_refused_even_when_signed(batch):
    with pytest.raises(InvalidCode):
        genuine_label(label_code(batch, 13))


def test_a_code_of_an_unknown_run_is_refused(batch):
    code = label_code(batch, 3)
    Label.objects.all().delete()

    with pytest.raises(InvalidCode):
        genuine_label(code)


def test_a_code_signed_with_a_retired_secret_key_still_checks(settings, batch):
    code = label_code(batch, 3)
    settings.SECRET_KEY_FALLBACKS = [settings.SECRET_KEY]
    settings.SECRET_KEY = "a-new-key-" + "x" * 50

    assert genuine_label(code) == (batch, 3)


def test_a_code_signed_with_another_site_s_key_is_refused(settings, batch):
    settings.SECRET_KEY = "someone-else-" + "y" * 50
    forged = label_code(batch, 3)
    settings.SECRET_KEY = "ours-" + "z" * 50

    with pytest.raises(InvalidCode):
        genuine_label(forged)


def test_a_label_of_a_product_no_longer_sold_is_refused(labels_site, batch):
    code = label_code(batch, 3)
    labels_site["scarf"].unpublish()

    with pytest.raises(InvalidCode):
        genuine_label(code)


def test_a_label_of_a_deleted_product_is_refused(labels_site, batch):
    code = label_code(batch, 3)
    ProductPage.objects.get(pk=labels_site["scarf"].pk).delete()

    with pytest.raises(InvalidCode):
        genuine_label(code)


@pytest.mark.parametrize(
    "garbage",
    [
        "",
        "-",
        "--",
        "abc",
        "1-2",
        "1-2-3",
        "1-2-ABCDEFGHI",  # one character short
        "1-2-ABCDEFGHIJK",  # one too many
        "-1-2-ABCDEFGHIJ",
        "1--2-ABCDEFGHIJ",
        "1-2-ABCDEFGH9J",  # 9 is not base32
        "١-٢-ABCDEFGHIJ",  # Arabic-Indic digits
        "1-2-ABCDEFGHIJ\x00",
        "1-2-ÀBCDEFGHIJ",
        "9999999999-1-ABCDEFGHIJ",  # an id out of range
        "1-2-ABCDEFGHIJ" + " " * 100,
        "1" * 10_000,
        "' OR 1=1 --",
        "<script>alert(1)</script>",
        None,
        12,
    ],
)
def test_garbage_is_refused_without_error(garbage):
    with pytest.raises(InvalidCode):
        parse_code(garbage)
