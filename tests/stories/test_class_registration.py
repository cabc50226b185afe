"""Registering young learners for a craft class: seats, waiting list, duplicates, bad input."""

import csv
import io
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageViewRestriction

from base.templatetags.site_tags import action_url
from stories.models import ClassRegistration
from tests.html import soup

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

VALID = {
    "name": "Y Nhung",
    "phone": "0912 345 678",
    "age": "16",
    "village": "làng Đăk Răng",
    "consent": "on",
    "website": "",
}


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    cache.clear()


def register(client, event, **changes):
    return client.post(action_url("class_registration", event), {**VALID, **changes}, follow=True)


def statuses(event):
    return list(event.registrations().order_by("created_at").values_list("status", flat=True))


def test_seats_fill_then_the_waiting_list_takes_over(client, section):
    event = section["event"]["vi"]  # two seats

    for phone in ("0912000001", "0912000002", "0912000003"):
        response = register(client, event, phone=phone)
        assert response.status_code == 200

    assert statuses(event) == ["confirmed", "confirmed", "waiting"]
    assert (
        "danh sách chờ" in response.content.decode() or "waiting list" in response.content.decode()
    )


def test_both_languages_share_the_seats(client, section):
    register(client, section["event"]["vi"], phone="0912000001")
    register(client, section["event"]["en"], phone="0912000002")

    response = register(client, section["event"]["en"], phone="0912000003")

    assert statuses(section["event"]["vi"]) == ["confirmed", "confirmed", "waiting"]
    assert "waiting list" in response.content.decode()


def test_a_phone_registers_once_however_it_is_written(client, section):
    event = section["event"]["vi"]
    register(client, event, phone="0912 345 678")

    response = client.post(
        action_url("class_registration", event), {**VALID, "phone": "+84 912.345.678"}
    )

    assert response.status_code == 409
    assert ClassRegistration.objects.count() == 1
    errors = soup(response).select(".field__error")
    assert errors and "0912" not in errors[0].get_text()


MALFORMED = [
    ({"phone": "12345"}, "phone"),
    ({"phone": "0112345678"}, "phone"),
    ({"phone": "09123456789012"}, "phone"),
    ({"phone": "abc"}, "phone"),
    ({"phone": "+84 91234567"}, "phone"),
    ({"phone": "0912 345 67x"}, "phone"),
    ({"phone": "<b>0912345678</b>"}, "phone"),
    ({"phone": "0912\x0b345678"}, "phone"),
    ({"phone": "0" * 500}, "phone"),
    ({"age": "-3"}, "age"),
    ({"age": "seven"}, "age"),
    ({"age": "100000000000000000000"}, "age"),
    ({"name": ""}, "name"),
    ({"name": " x "}, "name"),
    ({"name": "n" * 500}, "name"),
    ({"name": "Y Hiền https://qua.example"}, "name"),
    ({"village": ""}, "village"),
    ({"village": "<a href=x>Kon Klor</a>"}, "village"),
    ({"consent": ""}, "consent"),
]


def test_malformed_input_gets_a_clear_error_and_stores_nothing(client, section):
    event = section["event"]["vi"]

    for changes, field in MALFORMED:
        cache.clear()  # each attempt counts towards the rate limit
        response = client.post(action_url("class_registration", event), {**VALID, **changes})

        assert response.status_code == 400, changes
        assert field in response.context["form"].errors, changes
        assert soup(response).select_one(f"#id_{field}_error"), changes
    assert not ClassRegistration.objects.exists()


def test_the_error_message_for_a_bad_phone_is_in_the_visitors_language(client, section):
    vietnamese = client.post(
        action_url("class_registration", section["event"]["vi"]), {**VALID, "phone": "1"}
    )
    english = client.post(
        action_url("class_registration", section["event"]["en"]), {**VALID, "phone": "1"}
    )

    vietnamese_error = soup(vietnamese).select_one("#id_phone_error").get_text()
    english_error = soup(english).select_one("#id_phone_error").get_text()
    assert "Nhập số điện thoại, ví dụ 0912 345 678" in vietnamese_error
    assert "+44 7700 900123" in vietnamese_error
    assert "Enter a phone number, for example 0912 345 678" in english_error
    assert "+44 7700 900123" in english_error


def test_a_filled_honeypot_stores_nothing(client, section):
    response = client.post(
        action_url("class_registration", section["event"]["vi"]),
        {**VALID, "website": "http://spam.example"},
    )

    assert response.status_code == 400
    assert not ClassRegistration.objects.exists()


def test_too_many_registrations_from_one_client_are_refused(client, section):
    event = section["event"]["vi"]
    for n in range(10):
        register(client, event, phone=f"09120000{n:02d}")

    response = client.post(
        action_url("class_registration", event), {**VALID, "phone": "0912000099"}
    )

    assert response.status_code == 429
    assert ClassRegistration.objects.count() == 10


def test_registration_closes_when_the_class_has_started(client, section):
    event = section["event"]["vi"]
    event.starts_at = timezone.now() - timedelta(hours=1)
    event.save_revision().publish()

    response = register(client, event)

    assert not ClassRegistration.objects.exists()
    assert "form" not in response.context or response.context["form"] is None


def test_get_on_the_register_url_goes_back_to_the_class(client, section):
    response = client.get(action_url("class_registration", section["event"]["vi"]))

    assert response.status_code == 302
    assert response["Location"] == section["event"]["vi"].url


def test_festivals_take_no_registrations(client, section):
    event = section["event"]["vi"]
    event.kind = event.Kind.FESTIVAL
    event.save_revision().publish()

    client.post(action_url("class_registration", event), VALID)

    assert not ClassRegistration.objects.exists()


def test_a_past_class_shows_how_many_learners_completed_it(client, section):
    event = section["event"]["en"]
    for n, completed in enumerate([True, True, False]):
        ClassRegistration.objects.create(
            event=event,
            name=f"Learner {n}",
            phone=f"091200000{n}",
            age=14,
            village="Le",
            status="confirmed",
            completed=completed,
        )
    event.starts_at = timezone.now() - timedelta(days=3)
    event.ends_at = timezone.now() - timedelta(days=2)
    event.save_revision().publish()

    facts = {
        dt.get_text(strip=True): dt.find_next_sibling("dd").get_text(strip=True)
        for dt in soup(client.get(event.url)).select(".facts dt")
    }

    assert facts["Learners who completed"] == "2"
    assert "Seats" not in facts


def test_a_registration_from_any_language_belongs_to_the_class_in_the_main_language(
    client, section
):
    register(client, section["event"]["en"], phone="0912000001")

    registration = ClassRegistration.objects.get()
    assert registration.event_id == section["event"]["vi"].pk
    section["event"]["vi"].delete()
    assert not ClassRegistration.objects.exists()


def test_a_registration_address_that_names_no_live_public_class_is_not_found(client, section):
    event = section["event"]["vi"]
    PageViewRestriction.objects.create(page=section["event"]["en"], restriction_type="login")
    not_events = [section["village"]["vi"].pk, section["event"]["en"].pk, 987_654]

    for page_id in [*not_events, "abc", "0", "9" * 30]:
        response = client.post(f"/vi/classes/{page_id}/register/", VALID)
        assert response.status_code == 404, page_id
    event.unpublish()
    assert client.post(f"/vi/classes/{event.pk}/register/", VALID).status_code == 404
    assert not ClassRegistration.objects.exists()


def test_the_registrations_csv_writes_formulas_as_text_and_phones_as_people_write_them(
    client, section
):
    # Wagtail's XLSX export writes them as text; its CSV export wrote them as they came.
    client.force_login(get_user_model().objects.create_superuser("root", "r@example.test", "x"))
    starts = {
        "=": "=HYPERLINK(",
        "+": "+SUM(",
        "-": "-2+3",
        "@": "@SUM(",
        "\t": "\t=1",
        "\r": "\r=1",
    }
    for n, value in enumerate(starts.values()):
        ClassRegistration.objects.create(
            event=section["event"]["vi"], name=value, phone=f"+8491200000{n}", age=14, village=""
        )

    response = client.get(reverse("class_registrations:index"), {"export": "csv"})

    _headings, *rows = csv.reader(io.StringIO(b"".join(response.streaming_content).decode()))
    names, phones = [row[0] for row in rows], {row[1] for row in rows}  # list_export's order
    assert sorted(names) == sorted("'" + value for value in starts.values())
    assert phones == {f"0912 000 00{n}" for n in range(len(starts))}


def test_organisers_see_find_and_export_a_learners_number_as_people_write_it(client, section):
    client.force_login(get_user_model().objects.create_superuser("root", "r@example.test", "x"))
    for name, phone in (("Y Nhung", "+84912345678"), ("Emma", "+447700900123")):
        ClassRegistration.objects.create(
            event=section["event"]["vi"], name=name, phone=phone, age=20, village="Kon Tum"
        )
    index = reverse("class_registrations:index")

    listed = soup(client.get(index)).get_text(" ", strip=True)
    found = soup(client.get(index, {"q": "0912 345 678"})).get_text(" ", strip=True)
    exported = b"".join(client.get(index, {"export": "csv"}).streaming_content).decode()
    emma = ClassRegistration.objects.get(name="Emma")
    inspected = client.get(reverse("class_registrations:inspect", args=[emma.pk]))

    assert "0912 345 678" in listed and "+44 7700 900123" in listed
    assert "Y Nhung" in found and "Emma" not in found
    assert "Y Nhung,0912 345 678" in exported and "Emma,+44 7700 900123" in exported
    assert "+44 7700 900123" in soup(inspected).get_text(" ", strip=True)


def test_the_registration_records_the_privacy_notice_agreed_to_when_and_for_what(
    client, section, settings
):
    settings.PRIVACY_NOTICE_VERSION = "2026-12"
    before = timezone.now()

    register(client, section["event"]["vi"])

    registration = ClassRegistration.objects.get()
    assert (registration.consent_notice_version, registration.consent_purpose) == (
        "2026-12",
        "class_registration",
    )
    assert before <= registration.consent_at <= timezone.now()
    assert registration.guardian_name == ""  # sixteen: no guardian asked, none kept


def test_a_learner_under_16_is_refused_without_a_guardian_in_the_visitors_language(client, section):
    event = section["event"]
    vietnamese = client.post(action_url("class_registration", event["vi"]), {**VALID, "age": "15"})
    english = client.post(action_url("class_registration", event["en"]), {**VALID, "age": "12"})

    assert vietnamese.status_code == english.status_code == 400
    page = soup(vietnamese)
    assert "cha mẹ hoặc người giám hộ" in page.select_one("#id_guardian_name_error").get_text()
    assert "cha mẹ hoặc người giám hộ" in page.select_one("#id_guardian_consent_error").get_text()
    page = soup(english)
    assert "parent or guardian" in page.select_one("#id_guardian_name_error").get_text()
    assert "guardian's consent" in page.select_one("#id_guardian_consent_error").get_text()
    assert not ClassRegistration.objects.exists()


def test_a_learner_under_16_needs_both_the_guardians_name_and_consent(client, section):
    event = section["event"]["vi"]
    name_only = {**VALID, "age": "15", "guardian_name": "Y Blăng"}
    consent_only = {**VALID, "age": "15", "guardian_consent": "on"}

    for answers in (name_only, consent_only):
        assert client.post(action_url("class_registration", event), answers).status_code == 400
    register(client, event, **name_only, guardian_consent="on")

    registration = ClassRegistration.objects.get()
    assert (registration.age, registration.guardian_name) == (15, "Y Blăng")
    assert registration.consent_purpose == "class_registration"
