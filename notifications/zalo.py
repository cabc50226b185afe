"""Zalo Notification Service (ZNS): template messages sent by phone number through Zalo's
HTTP API (POST {ZALO_API_BASE}/message/template with the Official Account's `access_token`
header), and the delivery events Zalo posts to the OA's webhook.

The template is approved by Zalo beforehand, once (ZALO_TEMPLATE_ID), with three
parameters: `kind` (what the message is about, "Đơn hàng mới"), `reference` (the order's or
the enquiry's number) and `link` (the path of its button's URL with its `#` part; the
button's URL must start with the site's address). The access token lasts about 25 hours;
it is renewed through {ZALO_OAUTH_BASE}/v4/oa/access_token with the refresh token, and
Zalo answers with a new refresh token as well, the old one being spent, so both are
stored (ZaloToken)."""

import hashlib
import hmac
import json
from datetime import timedelta
from urllib.parse import urlsplit

import httpx
from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation

from craftsite.emails import COOPERATIVE_LANGUAGE
from notifications import errors
from notifications.errors import PermanentFailure, TransientFailure
from notifications.models import ZaloToken

TIMEOUT = 10
# Renew a little before Zalo's expiry, so that a token never dies in the middle of a send.
EXPIRY_MARGIN = timedelta(minutes=5)
# Zalo's error codes (zalo.cloud/zns/guidelines/handle-error-code): -100 is its unknown
# error, "try again later"; -124 an expired or wrong access token, renewed once then tried
# again. Every other code names a problem a retry cannot fix (-108 phone number invalid,
# -118 no Zalo account, -109/-112/-131 template refused, -124 after renewal, -115 no quota).
UNKNOWN_ERROR = -100
TOKEN_INVALID = -124
RETRY_LATER = {UNKNOWN_ERROR, -1}
REASONS = {
    -108: errors.BAD_NUMBER,
    -118: errors.NO_ACCOUNT,
    -119: errors.NO_ACCOUNT,
    -109: errors.TEMPLATE_REFUSED,
    -112: errors.TEMPLATE_REFUSED,
    -131: errors.TEMPLATE_REFUSED,
    -115: errors.NO_CREDIT,
    -101: errors.SETTINGS_WRONG,
    -104: errors.SETTINGS_WRONG,
    TOKEN_INVALID: errors.SETTINGS_WRONG,
}
RECEIVED_EVENT = "user_received_message"


def is_configured():
    return bool(
        settings.ZALO_APP_ID
        and settings.ZALO_APP_SECRET
        and settings.ZALO_TEMPLATE_ID
        and settings.ZALO_CODE_TEMPLATE_ID
        and (settings.ZALO_REFRESH_TOKEN or ZaloToken.objects.exists())
    )


def zalo_phone(e164):
    """Zalo's way of writing a Vietnamese number: 84912345678, no plus."""
    return e164.removeprefix("+")


def template_data(message):
    """The template's parameters; the kind in the cooperatives' language."""
    with translation.override(COOPERATIVE_LANGUAGE):
        kind = str(message.get_kind_display())
    return {
        "kind": kind,
        "reference": message.reference,
        "link": urlsplit(message.link)._replace(scheme="", netloc="").geturl(),
    }


def send(message, phone):
    """Send `message` to `phone` (E.164) with the notification template; its Zalo message
    id. The tracking id is the message's own id, which Zalo repeats in its events."""
    return send_template(
        phone, settings.ZALO_TEMPLATE_ID, template_data(message), tracking_id=str(message.pk)
    )


def send_code(phone, code):
    """Send a confirmation code with Zalo's OTP template (its one parameter `otp`)."""
    return send_template(phone, settings.ZALO_CODE_TEMPLATE_ID, {"otp": code}, tracking_id="")


def send_template(phone, template_id, data, tracking_id):
    body = {
        "phone": zalo_phone(phone),
        "template_id": template_id,
        "template_data": data,
        "tracking_id": tracking_id,
    }
    answer = post_template(body, current_token())
    if answer.get("error") == TOKEN_INVALID:
        answer = post_template(body, current_token(renew=True))
    code = answer.get("error")
    if code == 0:
        return str((answer.get("data") or {}).get("msg_id", ""))
    detail = f"Zalo {code}: {answer.get('message', '')}"[:200]
    if code in RETRY_LATER:
        raise TransientFailure(errors.UNREACHABLE, detail)
    raise PermanentFailure(REASONS.get(code, errors.REFUSED), detail)


def post_template(body, token):
    try:
        response = httpx.post(
            f"{settings.ZALO_API_BASE}/message/template",
            json=body,
            headers={"access_token": token},
            timeout=TIMEOUT,
        )
    except httpx.HTTPError as error:
        raise TransientFailure(errors.UNREACHABLE, f"Zalo: {error.__class__.__name__}") from error
    return read_answer(response)


def read_answer(response):
    """Zalo's JSON answer; a server error, a rate limit or an answer that is not JSON is
    worth another try."""
    if response.status_code >= 500 or response.status_code == 429:
        raise TransientFailure(errors.UNREACHABLE, f"Zalo HTTP {response.status_code}")
    try:
        answer = response.json()
    except ValueError as error:
        raise TransientFailure(errors.UNREACHABLE, f"Zalo HTTP {response.status_code}") from error
    if not isinstance(answer, dict):
        raise TransientFailure(errors.UNREACHABLE, "Zalo: not a JSON object")
    return answer


def current_token(renew=False):
    """The access token, renewed with the refresh token when it is about to expire or when
    Zalo refused it. The row is locked while renewing: the refresh token is spent by its
    first use, and two workers renewing at once would leave one of them with a dead one."""
    with transaction.atomic():
        token = ZaloToken.objects.select_for_update().first() or first_token()
        if renew or token.expires_at <= timezone.now() + EXPIRY_MARGIN:
            renew_token(token)
        return token.access_token


def first_token():
    """The row made from ZALO_REFRESH_TOKEN the first time: its access token is renewed at
    once. Later refresh tokens are the stored ones, the setting's being spent by then."""
    if not settings.ZALO_REFRESH_TOKEN:
        raise PermanentFailure(errors.SETTINGS_WRONG, "Zalo: no refresh token")
    return ZaloToken.objects.create(
        access_token="", refresh_token=settings.ZALO_REFRESH_TOKEN, expires_at=timezone.now()
    )


def renew_token(token):
    try:
        response = httpx.post(
            f"{settings.ZALO_OAUTH_BASE}/v4/oa/access_token",
            data={
                "refresh_token": token.refresh_token,
                "app_id": settings.ZALO_APP_ID,
                "grant_type": "refresh_token",
            },
            headers={"secret_key": settings.ZALO_APP_SECRET},
            timeout=TIMEOUT,
        )
    except httpx.HTTPError as error:
        raise TransientFailure(errors.UNREACHABLE, "Zalo OAuth unreachable") from error
    answer = read_answer(response)
    if not answer.get("access_token") or not answer.get("refresh_token"):
        detail = f"Zalo OAuth {answer.get('error', '')}"
        raise PermanentFailure(errors.SETTINGS_WRONG, detail)
    token.access_token = answer["access_token"]
    token.refresh_token = answer["refresh_token"]
    token.expires_at = timezone.now() + timedelta(seconds=int(answer.get("expires_in", 3600)))
    token.save()


def event_signature(body, timestamp):
    """Zalo's signature of a webhook event: SHA-256 of the app id, the body as sent, the
    event's timestamp and the OA's secret key, written "mac=<hex>" in X-ZEvent-Signature."""
    text = f"{settings.ZALO_APP_ID}{body.decode()}{timestamp}{settings.ZALO_OA_SECRET_KEY}"
    return "mac=" + hashlib.sha256(text.encode()).hexdigest()


def signed_event(body, signature):
    """The event in a webhook `body` if Zalo signed it for this app; None for a forged or
    tampered body, malformed JSON, or another app's."""
    if not settings.ZALO_OA_SECRET_KEY or not signature:
        return None
    try:
        event = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(event, dict) or not isinstance(event.get("timestamp"), str | int):
        return None
    if not hmac.compare_digest(signature, event_signature(body, event["timestamp"])):
        return None
    if str(event.get("app_id")) != str(settings.ZALO_APP_ID):
        return None
    return event


def read_event(body, signature):
    """The message of a signed delivery event ("user_received_message"), or None."""
    event = signed_event(body, signature)
    if event is None or event.get("event_name") != RECEIVED_EVENT:
        return None
    message = event.get("message")
    if not isinstance(message, dict) or not isinstance(message.get("msg_id"), str):
        return None
    return message


def is_signed_other_event(body, signature):
    """A genuine event this site does not use (a follower's text, say)."""
    event = signed_event(body, signature)
    return event is not None and event.get("event_name") != RECEIVED_EVENT
