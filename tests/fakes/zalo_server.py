"""A fake Zalo for tests: the ZNS template message API (POST /message/template, with the
access token in the `access_token` header), the OA token service (POST
/v4/oa/access_token with a refresh token, which it spends), and delivery events
("user_received_message") signed as Zalo signs them: X-ZEvent-Signature is "mac=" and the
SHA-256 of the app id, the body, the event's timestamp and the OA secret key, computed here
on its own so that the site's check is tested against an independent copy. Use it through
the `fake_zalo` fixture.

Answers are Zalo's `{"error", "message", "data"}`; error codes as Zalo's documentation
lists them (-108 phone number invalid, -118 no Zalo account, -124 access token invalid,
-100 unknown error)."""

import hashlib
import json
import secrets
import time
import urllib.error
import urllib.request

import pytest

from tests.fakes.messaging_server import FakeProvider

APP_ID = "4318803960351380000"
APP_SECRET = "fake-zalo-app-secret"
OA_SECRET_KEY = "fake-zalo-oa-secret"
TEMPLATE_ID = "356789"
CODE_TEMPLATE_ID = "356790"
MESSAGES = {
    -100: "Unknown error",
    -108: "Phone number invalid",
    -118: "Zalo account not existed",
    -124: "Access token invalid",
}


class FakeZalo(FakeProvider):
    """`sent`: each message Zalo accepted, as {"phone", "template_id", "template_data",
    "tracking_id", "msg_id"}; `codes`: the last OTP sent to each phone (84xxxxxxxxx)."""

    failing_paths = ("/message/template",)

    def __init__(self):
        super().__init__()
        self.refresh_token = "first-refresh-token"
        self.access_token = None
        self.sent = []
        self.codes = {}

    def route(self, call, error_code):
        if call.path == "/v4/oa/access_token":
            return self.renew(call)
        if call.path == "/message/template":
            return self.send(call, error_code)
        return 404, {"error": -106, "message": "Method unsupported"}

    def renew(self, call):
        if call.headers.get("secret_key") != APP_SECRET or call.body.get("app_id") != APP_ID:
            return 200, {"error": -14002, "error_description": "invalid app"}
        if call.body.get("refresh_token") != self.refresh_token:
            return 200, {"error": -14014, "error_description": "Invalid refresh token"}
        self.access_token = secrets.token_urlsafe(24)
        self.refresh_token = secrets.token_urlsafe(24)
        return 200, {
            "access_token": self.access_token,
            "refresh_token": self.refresh_token,
            "expires_in": "90000",
        }

    def send(self, call, error_code):
        if not self.access_token or call.headers.get("access_token") != self.access_token:
            return 200, {"error": -124, "message": MESSAGES[-124]}
        if error_code is not None:
            return 200, {"error": int(error_code), "message": MESSAGES.get(int(error_code), "")}
        body = call.body
        phone = str(body.get("phone", ""))
        if not phone.startswith("84") or not phone.isdigit():
            return 200, {"error": -108, "message": MESSAGES[-108]}
        msg_id = secrets.token_hex(16)
        if body.get("template_id") == CODE_TEMPLATE_ID:
            self.codes[phone] = body["template_data"]["otp"]
        else:
            self.sent.append({**body, "msg_id": msg_id})
        return 200, {
            "error": 0,
            "message": "Success",
            "data": {"msg_id": msg_id, "sent_time": str(int(time.time() * 1000))},
        }

    def code_for(self, e164):
        return self.codes.get(e164.removeprefix("+"))


def event_body(msg_id, event_name="user_received_message", app_id=APP_ID):
    """A delivery event as Zalo posts it to the OA's webhook."""
    event = {
        "event_name": event_name,
        "app_id": app_id,
        "sender": {"id": "579745863508352884"},
        "recipient": {"id": "8439003342"},
        "message": {"msg_id": msg_id, "delivery_time": str(int(time.time() * 1000))},
        "timestamp": str(int(time.time() * 1000)),
    }
    return json.dumps(event).encode()


def signature(body, secret=OA_SECRET_KEY):
    timestamp = json.loads(body)["timestamp"]
    text = f"{APP_ID}{body.decode()}{timestamp}{secret}"
    return "mac=" + hashlib.sha256(text.encode()).hexdigest()


def post_event(url, body, signed=True):
    """POST an event to the webhook at `url` as Zalo does; the answer's HTTP status."""
    headers = {"Content-Type": "application/json"}
    if signed:
        headers["X-ZEvent-Signature"] = signature(body)
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@pytest.fixture
def fake_zalo(settings):
    """A running fake Zalo that the site's settings point at, with an OA's keys and a
    refresh token (the site gets its first access token from it)."""
    fake = FakeZalo()
    settings.ZALO_APP_ID = APP_ID
    settings.ZALO_APP_SECRET = APP_SECRET
    settings.ZALO_OA_SECRET_KEY = OA_SECRET_KEY
    settings.ZALO_TEMPLATE_ID = TEMPLATE_ID
    settings.ZALO_CODE_TEMPLATE_ID = CODE_TEMPLATE_ID
    settings.ZALO_REFRESH_TOKEN = fake.refresh_token
    settings.ZALO_API_BASE = fake.url
    settings.ZALO_OAUTH_BASE = fake.url
    fake.start()
    yield fake
    fake.stop()
