"""A staff member's phone is used only once the code sent to it is typed back: wrong,
expired and too many codes are refused, codes are rate-limited, hostile numbers never reach
a provider, and a code confirms once."""

import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from notifications.confirmation import (
    MAX_CODES,
    MAX_WRONG_CODES,
    ConfirmationRefused,
    confirm_code,
    send_code,
)
from notifications.models import Channel, MessagingContact

pytestmark = pytest.mark.django_db

PHONE_URL = "/admin/messages/phone/"
NEW_PHONE = "+84912000111"


@pytest.fixture
def staff(cooperatives, client):
    user = cooperatives["weaver"]
    client.force_login(user)
    return user


def ask_code(client, phone="0912 000 111", channel="zalo"):
    return client.post(PHONE_URL, {"action": "send", "phone": phone, "channel": channel})


def type_code(client, code):
    return client.post(PHONE_URL, {"action": "confirm", "code": code})


def contact_of(user):
    return MessagingContact.objects.get(user=user)


def test_the_code_from_zalo_confirms_the_new_phone(client, staff, fake_zalo):
    assert ask_code(client).status_code == 302
    code = fake_zalo.code_for(NEW_PHONE)
    contact = contact_of(staff)
    assert code and code not in contact.code_hash  # only a digest is kept
    assert contact.phone == "+84905111222"  # the old phone keeps working meanwhile

    response = type_code(client, code)

    assert response.status_code == 302 and response["Location"] == reverse("notifications_messages")
    contact.refresh_from_db()
    assert (contact.phone, contact.channel, contact.code_hash) == (NEW_PHONE, Channel.ZALO, "")
    assert contact.consent_purpose == "staff_messaging"


def test_the_code_by_sms_has_no_diacritics(client, staff, fake_sms):
    ask_code(client, channel="sms")
    [call] = [c for c in fake_sms.calls if c.body.get("Phone") == "84912000111"]
    assert call.body["Content"].isascii()
    assert type_code(client, fake_sms.code_for(NEW_PHONE)).status_code == 302
    assert contact_of(staff).channel == Channel.SMS


def test_a_wrong_code_is_refused_and_five_lock_the_code(client, staff, fake_zalo):
    ask_code(client)
    code = fake_zalo.code_for(NEW_PHONE)
    wrong = f"{(int(code) + 1) % 1_000_000:06d}"

    response = type_code(client, wrong)
    assert response.status_code == 400
    assert "Mã này không đúng" in response.content.decode()
    for _try in range(MAX_WRONG_CODES - 2):
        type_code(client, wrong)
    response = type_code(client, wrong)
    assert "Nhập sai mã quá nhiều lần" in response.content.decode()

    assert type_code(client, code).status_code == 400  # the right one, too late
    assert contact_of(staff).phone == "+84905111222"


def test_an_expired_code_is_refused(client, staff, fake_zalo):
    ask_code(client)
    MessagingContact.objects.filter(user=staff).update(
        code_expires_at=timezone.now() - timedelta(seconds=1)
    )
    response = type_code(client, fake_zalo.code_for(NEW_PHONE))
    assert response.status_code == 400
    assert "Mã này đã hết hạn" in response.content.decode()
    assert contact_of(staff).phone == "+84905111222"


@pytest.mark.parametrize(
    "code", ["", "12345", "1234567", "abcdef", "١٢٣٤٥٦", "123 456", "' OR 1=1", "0" * 5000]
)
def test_a_malformed_code_is_refused_without_counting(client, staff, fake_zalo, code):
    ask_code(client)
    assert type_code(client, code).status_code == 400
    assert contact_of(staff).wrong_codes == 0


@pytest.mark.parametrize(
    "phone",
    [
        "",
        "12",
        "0912 345 67",  # a digit short
        "+84 912 345 678 999 999",
        "1-800-FLOWERS",
        "<script>alert(1)</script>",
        "0912\x00345678",
        "٠٩١٢٣٤٥٦٧٨",
        "+" + "9" * 200,
        "0912345678; DROP TABLE",
    ],
)
def test_a_hostile_phone_number_never_reaches_a_provider(client, staff, fake_zalo, phone):
    response = ask_code(client, phone=phone)

    assert response.status_code == 400
    assert fake_zalo.calls == []
    assert not MessagingContact.objects.filter(user=staff, code_hash__gt="").exists()


@pytest.mark.parametrize("channel", ["email", "telegram", "", "zalo' --"])
def test_an_unknown_channel_is_refused(client, staff, fake_zalo, channel):
    assert ask_code(client, channel=channel).status_code == 400
    assert fake_zalo.calls == []


def test_codes_are_rate_limited_per_person_and_per_number(
    client, staff, fake_zalo, django_user_model
):
    for _try in range(MAX_CODES):
        assert ask_code(client).status_code == 302
    response = ask_code(client)
    assert response.status_code == 400
    assert "Đã gửi quá nhiều mã" in response.content.decode()

    other = django_user_model.objects.create_user("khach")
    with pytest.raises(ConfirmationRefused):  # the same number from another account
        send_code(other, NEW_PHONE, Channel.ZALO)
    assert len(fake_zalo.codes) == 1


def test_a_rejected_number_is_said_plainly(client, staff, fake_zalo):
    fake_zalo.fail_next(-118)  # no Zalo account at this number
    response = ask_code(client)
    assert response.status_code == 400
    assert "Không gửi được mã đến số này" in response.content.decode()
    assert contact_of(staff).code_hash == ""


def test_a_code_confirms_once(staff, fake_zalo):
    send_code(staff, NEW_PHONE, Channel.ZALO)
    code = fake_zalo.code_for(NEW_PHONE)
    confirm_code(staff, code)
    with pytest.raises(ConfirmationRefused, match="Hãy bấm gửi mã trước"):
        confirm_code(staff, code)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_confirmations_at_once_confirm_once(cooperatives, fake_zalo):
    """Two taps at once: the contact's row lock makes them one after the other (on SQLite
    the database's write lock does)."""
    staff = cooperatives["weaver"]
    send_code(staff, NEW_PHONE, Channel.ZALO)
    code = fake_zalo.code_for(NEW_PHONE)
    outcomes = []

    def tap():
        try:
            confirm_code(staff, code)
            outcomes.append("confirmed")
        except ConfirmationRefused:
            outcomes.append("refused")
        except Exception as error:  # SQLite's "database is locked" for the slower tap
            outcomes.append(type(error).__name__)
        finally:
            connection.close()

    taps = [threading.Thread(target=tap) for _tap in range(2)]
    for thread in taps:
        thread.start()
    for thread in taps:
        thread.join()

    assert outcomes.count("confirmed") == 1
    assert contact_of(staff).phone == NEW_PHONE


def test_without_credentials_the_screen_says_email_only(client, staff):
    response = client.get(PHONE_URL)
    page = response.content.decode()
    assert "Trang web chưa cài đặt Zalo và SMS" in page
    assert 'name="phone"' not in page
    assert ask_code(client).status_code == 400


def test_choosing_email_forgets_the_phone(client, staff):
    client.post(PHONE_URL, {"action": "email"})
    contact = contact_of(staff)
    assert (contact.channel, contact.phone, contact.confirmed_at) == ("email", "", None)


def test_the_screen_needs_a_signed_in_user(client, cooperatives):
    response = client.get(PHONE_URL)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
