"""A fake eSMS.vn for tests: its JSON send API (POST /MainService.svc/json/
SendMultipleMessage_V4_post_json/) and its delivery callbacks, an HTTP GET to the
CallbackUrl each message was sent with, carrying SMSID and SendStatus (5 delivered, 4
rejected). Use it through the `fake_sms` fixture. Answers carry eSMS's CodeResult: "100"
accepted; "101" wrong keys, "103" no credit, "108" bad number."""

import secrets
import urllib.error
import urllib.request
from urllib.parse import urlencode, urlsplit

import pytest

from tests.fakes.messaging_server import FakeProvider

API_KEY = "FAKEESMSAPIKEY"
SECRET_KEY = "FAKEESMSSECRET"
BRANDNAME = "LANGNGHE"
SEND_PATH = "/MainService.svc/json/SendMultipleMessage_V4_post_json/"


class FakeSMS(FakeProvider):
    """`sent`: each SMS accepted, as eSMS received it, with its "SMSID"; `codes`: the last
    code sent to each phone (84xxxxxxxxx)."""

    failing_paths = (SEND_PATH,)

    def __init__(self):
        super().__init__()
        self.sent = []
        self.codes = {}

    def route(self, call, error_code):
        if call.path != SEND_PATH:
            return 404, {}
        body = call.body
        if (body.get("ApiKey"), body.get("SecretKey")) != (API_KEY, SECRET_KEY):
            return 200, {"CodeResult": "101", "ErrorMessage": "Sai ApiKey hoac SecretKey"}
        if error_code is not None:
            return 200, {"CodeResult": str(error_code), "ErrorMessage": "fake error"}
        phone = str(body.get("Phone", ""))
        if not phone.startswith("84") or not phone.isdigit() or len(phone) != 11:
            return 200, {"CodeResult": "108", "ErrorMessage": "Phone not valid"}
        sms_id = secrets.token_hex(16)
        if not body.get("CallbackUrl"):
            self.codes[phone] = body["Content"].rsplit(" ", 1)[-1]
        else:
            self.sent.append({**body, "SMSID": sms_id})
        return 200, {"CodeResult": "100", "CountRegenerate": 0, "SMSID": sms_id}

    def code_for(self, e164):
        return self.codes.get(e164.removeprefix("+"))

    def callback_path(self, sent, status="5"):
        """The path and query eSMS calls back for the SMS `sent` (one of `self.sent`)."""
        url = urlsplit(sent["CallbackUrl"])
        query = urlencode(
            {"SMSID": sent["SMSID"], "SendStatus": status, "RequestId": sent["RequestId"]}
        )
        return f"{url.path}?{query}"

    def call_back(self, base_url, sent, status="5"):
        """Call back the site at `base_url` as eSMS does; the answer's HTTP status."""
        try:
            with urllib.request.urlopen(base_url + self.callback_path(sent, status), timeout=10):
                return 200
        except urllib.error.HTTPError as error:
            return error.code


@pytest.fixture
def fake_sms(settings):
    """A running fake eSMS that the site's settings point at, with an account's keys."""
    fake = FakeSMS()
    settings.ESMS_API_KEY = API_KEY
    settings.ESMS_SECRET_KEY = SECRET_KEY
    settings.ESMS_BRANDNAME = BRANDNAME
    settings.ESMS_API_BASE = fake.url
    fake.start()
    yield fake
    fake.stop()
