"""SMS through eSMS.vn (developers.esms.vn), a Vietnamese gateway with a documented JSON
API, a sandbox, customer-care ("chăm sóc khách hàng") messages from a registered brand name
to any network, and a delivery callback: POST {ESMS_API_BASE}/MainService.svc/json/
SendMultipleMessage_V4_post_json/ with ApiKey, SecretKey, Brandname, SmsType 2, the text
and a CallbackUrl. CodeResult "100" means eSMS took the message; the callback (an HTTP GET
to CallbackUrl) later says whether the phone got it (SendStatus 5) or not (4).

eSMS signs nothing in its callback, so the address it is given carries a token only the
site can make (an HMAC of the message's id with the site's secret): a callback without it,
or naming another eSMS id than the one the message was sent under, changes nothing.

Texts go without diacritics: an unaccented SMS holds 160 characters where a Vietnamese one
with diacritics (UCS-2) holds 70, and a message with its link fits in one unaccented SMS
only. eSMS checks customer-care texts against templates registered with the brand name,
one per kind of message (see docs/deployment.md)."""

import hashlib
import hmac

import httpx
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from craftsite.emails import COOPERATIVE_LANGUAGE, site_url
from craftsite.text import fold
from notifications import errors
from notifications.errors import PermanentFailure, TransientFailure

TIMEOUT = 10
SEND_PATH = "/MainService.svc/json/SendMultipleMessage_V4_post_json/"
CUSTOMER_CARE = "2"
ACCEPTED = "100"
# eSMS's codes (developers.esms.vn, table of error codes) are all about the request, the
# account or the number (101 wrong keys, 103 no credit, 104 unknown brand name, 108 bad
# number, 146 text not matching a template): none is cured by waiting. Only the unknown
# error a gateway answers when it is itself in trouble is tried again.
RETRY_LATER = {"-1", "99999"}
REASONS = {
    "99": errors.BAD_NUMBER,
    "108": errors.BAD_NUMBER,
    "103": errors.NO_CREDIT,
    "101": errors.SETTINGS_WRONG,
    "104": errors.SETTINGS_WRONG,
    "140": errors.SETTINGS_WRONG,
    "146": errors.TEMPLATE_REFUSED,
}
CODE_TEXT = _("Lang Nghe: the code to confirm your phone is %(code)s")
DELIVERED = "5"
REJECTED = "4"


def is_configured():
    return bool(settings.ESMS_API_KEY and settings.ESMS_SECRET_KEY and settings.ESMS_BRANDNAME)


def sms_text(message):
    """The text and its link, without diacritics (see the module's note)."""
    return fold(f"{message.text}: {message.link}")


def callback_token(message_pk):
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, f"esms-callback:{message_pk}".encode(), hashlib.sha256).hexdigest()


def callback_url(message):
    return site_url(
        reverse("notifications:sms_callback", args=[message.pk, callback_token(message.pk)])
    )


def send(message, phone):
    """Send `message` to `phone` (E.164); eSMS's id of the SMS."""
    return send_text(phone, sms_text(message), f"ln-{message.pk}", callback_url(message))


def send_code(phone, code):
    """Send a confirmation code (eSMS's OTP templates take the code as the text's end)."""
    with translation.override(COOPERATIVE_LANGUAGE):
        text = CODE_TEXT % {"code": code}
    return send_text(phone, fold(text), "", "")


def send_text(phone, text, request_id, callback):
    body = {
        "ApiKey": settings.ESMS_API_KEY,
        "SecretKey": settings.ESMS_SECRET_KEY,
        "Brandname": settings.ESMS_BRANDNAME,
        "SmsType": CUSTOMER_CARE,
        "IsUnicode": "0",
        "Phone": phone.removeprefix("+"),
        "Content": text,
        "RequestId": request_id,
        "CallbackUrl": callback,
        "Sandbox": "1" if settings.ESMS_SANDBOX else "0",
    }
    try:
        response = httpx.post(settings.ESMS_API_BASE + SEND_PATH, json=body, timeout=TIMEOUT)
    except httpx.HTTPError as error:
        raise TransientFailure(errors.UNREACHABLE, f"eSMS: {error.__class__.__name__}") from error
    if response.status_code >= 500 or response.status_code == 429:
        raise TransientFailure(errors.UNREACHABLE, f"eSMS HTTP {response.status_code}")
    try:
        answer = response.json()
        code = str(answer.get("CodeResult", ""))
    except (ValueError, AttributeError) as error:
        raise TransientFailure(errors.UNREACHABLE, f"eSMS HTTP {response.status_code}") from error
    if code == ACCEPTED:
        return str(answer.get("SMSID", ""))
    detail = f"eSMS {code}: {answer.get('ErrorMessage', '')}"[:200]
    if code in RETRY_LATER:
        raise TransientFailure(errors.UNREACHABLE, detail)
    raise PermanentFailure(REASONS.get(code, errors.REFUSED), detail)


def token_matches(message_pk, token):
    return hmac.compare_digest(str(token), callback_token(message_pk))
