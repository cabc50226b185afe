"""Delivery receipts: a genuine one marks its message delivered; a forged, tampered,
malformed or misdirected one changes nothing."""

import json

import pytest
from django.urls import reverse

from notifications.models import Message, Status
from notifications.sending import notify_cooperative
from tests.fakes.zalo_server import event_body, signature

pytestmark = pytest.mark.django_db

ZALO_EVENTS = "/notifications/zalo/events/"


@pytest.fixture
def sent(cooperatives, fake_zalo, fake_sms, django_capture_on_commit_callbacks):
    """One message sent to each cooperative's staff member."""
    with django_capture_on_commit_callbacks(execute=True):
        for name in ("weavers", "baskets"):
            notify_cooperative(
                cooperatives[name], "new_enquiry", "enquiry:7", "7", "Yêu cầu báo giá", "http://x/"
            )
    return {m.channel: m for m in Message.objects.all()}


def statuses():
    return dict(Message.objects.values_list("channel", "status"))


def post_zalo(client, body, sign=True, **headers):
    if sign:
        headers["HTTP_X_ZEVENT_SIGNATURE"] = signature(body)
    return client.post(ZALO_EVENTS, body, content_type="application/json", **headers)


def test_a_signed_zalo_receipt_marks_the_message_delivered(client, sent):
    response = post_zalo(client, event_body(sent["zalo"].provider_message_id))

    assert response.status_code == 200
    assert statuses() == {"zalo": Status.DELIVERED, "sms": Status.SENT}
    assert Message.objects.get(channel="zalo").delivered_at is not None


@pytest.mark.parametrize(
    "forge",
    [
        pytest.param(lambda body: (body, None), id="unsigned"),
        pytest.param(lambda body: (body, "mac=" + "0" * 64), id="wrong signature"),
        pytest.param(
            lambda body: (body.replace(b"user_received", b"user_received"), "sha256=x"),
            id="signature in another form",
        ),
        pytest.param(lambda body: (body + b" ", signature(body)), id="body changed after signing"),
        pytest.param(
            lambda body: (body, signature(body, secret="another-oa")), id="another OA's key"
        ),
    ],
)
def test_a_forged_zalo_receipt_changes_nothing(client, sent, forge):
    body, header = forge(event_body(sent["zalo"].provider_message_id))
    headers = {"HTTP_X_ZEVENT_SIGNATURE": header} if header else {}

    response = post_zalo(client, body, sign=False, **headers)

    assert response.status_code == 400
    assert statuses() == {"zalo": Status.SENT, "sms": Status.SENT}


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"not json",
        b"[1, 2]",
        b'{"timestamp": {"a": 1}}',
        b"\xff\xfe" * 10,
        json.dumps({"event_name": "user_received_message", "timestamp": "1"}).encode(),
        b'{"timestamp": "1", "x": "' + b"a" * 20_000 + b'"}',
    ],
)
def test_a_malformed_zalo_receipt_changes_nothing(client, sent, body):
    try:
        header = signature(body)
    except (ValueError, UnicodeDecodeError, KeyError, TypeError):
        header = "mac=x"
    response = post_zalo(client, body, sign=False, HTTP_X_ZEVENT_SIGNATURE=header)

    assert response.status_code == 400
    assert statuses() == {"zalo": Status.SENT, "sms": Status.SENT}


def test_a_signed_receipt_for_another_app_or_an_unknown_message_changes_nothing(client, sent):
    other_app = event_body(sent["zalo"].provider_message_id, app_id="999")
    assert post_zalo(client, other_app).status_code == 400
    assert post_zalo(client, event_body("no-such-message")).status_code == 200
    other_event = event_body(sent["zalo"].provider_message_id, event_name="user_send_text")
    assert post_zalo(client, other_event).status_code == 200
    assert statuses() == {"zalo": Status.SENT, "sms": Status.SENT}


def test_a_get_to_the_zalo_webhook_is_refused(client, sent):
    assert client.get(ZALO_EVENTS).status_code == 405


def test_the_sms_callback_marks_delivered_only_with_its_token_and_id(client, sent, fake_sms):
    [sms] = fake_sms.sent
    message = sent["sms"]
    path = fake_sms.callback_path(sms)
    forged = reverse("notifications:sms_callback", args=[message.pk, "0" * 64])

    assert client.get(forged + "?SMSID=" + sms["SMSID"] + "&SendStatus=5").status_code == 400
    assert client.get(path.replace(sms["SMSID"], "another-id")).status_code == 200
    assert client.get(path.replace("SendStatus=5", "SendStatus=%00")).status_code == 200
    assert client.post(path).status_code == 405
    assert statuses() == {"zalo": Status.SENT, "sms": Status.SENT}

    assert client.get(path).status_code == 200
    assert statuses() == {"zalo": Status.SENT, "sms": Status.DELIVERED}


def test_a_token_made_for_one_message_does_not_open_another(client, sent, fake_sms):
    [sms] = fake_sms.sent
    other = sent["zalo"].pk
    path = fake_sms.callback_path(sms).replace(f"/sms/{sent['sms'].pk}/", f"/sms/{other}/")
    assert client.get(path).status_code == 400


def test_an_sms_the_gateway_gave_up_on_goes_by_email(client, sent, fake_sms, mailoutbox):
    [sms] = fake_sms.sent

    assert client.get(fake_sms.callback_path(sms, status="4")).status_code == 200

    assert statuses()["sms"] == Status.EMAILED
    assert [m.to for m in mailoutbox] == [["alang@htx.example"]]
