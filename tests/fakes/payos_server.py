"""A fake payOS for tests: the merchant API the shop calls (payment requests, their status,
cancelling them, registering the webhook URL), payOS's payment page in small, and webhook
notices signed as payOS signs them. It runs on 127.0.0.1 in a thread, and the real payOS SDK
talks to it over HTTP, so requests are signed, sent and checked as in production. Use it
through the `fake_payos` fixture.

payOS signs a data object with HMAC-SHA256, keyed with the payment channel's checksum key, over
its fields sorted by name as `key=value` joined by `&`. `signature` below does it on its own, so
that the SDK's signing and checking are tested against an independent copy.

Answers are in payOS's envelope `{"code", "desc", "data", "signature"}`. Its codes: "00"
success, "20" invalid request, "231" request number already used; "101" (no such request) and
the wording of the "20"s are this fake's."""

import hashlib
import hmac
import html
import json
import re
import secrets
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import datetime
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qsl, urlencode
from zoneinfo import ZoneInfo

import pytest

from payments import vietqr
from tests.fakes import ServedLocally

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
# The shop's account that payOS watches, and the buyer's, as a transfer names them.
BANK_BIN = "970418"
BANK = "BIDV"
ACCOUNT_NUMBER = "62110001234567"
ACCOUNT_NAME = "HTX DET THO CAM KON KO TU"
BUYER_BANK_BIN = "970436"
BUYER_BANK = "Vietcombank"
BUYER_ACCOUNT_NUMBER = "1023456789"
BUYER_ACCOUNT_NAME = "NGUYEN VAN AN"
REQUEST_PATH = re.compile(r"/v2/payment-requests/(?P<id>\w+)")
CANCEL_PATH = re.compile(r"/v2/payment-requests/(?P<id>\w+)/cancel")
PAGE_PATH = re.compile(r"/web/(?P<id>\w+)")
# What payOS's signature of a new request covers.
SIGNED_REQUEST_FIELDS = ("amount", "cancelUrl", "description", "orderCode", "returnUrl")


def signature(data, checksum_key):
    """payOS's signature of a data object: null (and "null", "undefined") as nothing, true and
    false in JSON's spelling, lists as compact JSON with each object's keys sorted."""

    def text(value):
        if isinstance(value, list):
            items = [
                dict(sorted(item.items())) if isinstance(item, dict) else item for item in value
            ]
            return json.dumps(items, separators=(",", ":"), ensure_ascii=False)
        if value is None or value in ("null", "undefined"):
            return ""
        if isinstance(value, bool):
            return "true" if value else "false"
        return str(value)

    message = "&".join(f"{key}={text(data[key])}" for key in sorted(data))
    return hmac.new(checksum_key.encode(), message.encode(), hashlib.sha256).hexdigest()


def vietnam_now():
    return datetime.now(VIETNAM).replace(microsecond=0)


def notice(number, amount, **fields):
    """The data of payOS's notice of a transfer of `amount` đồng for request `number`;
    `fields` (payOS's names) replace the made-up ones."""
    return {
        "orderCode": number,
        "amount": amount,
        "description": "LN-2026-000123",
        "accountNumber": ACCOUNT_NUMBER,
        "reference": f"FT{secrets.randbelow(10**12):012d}",
        "transactionDateTime": vietnam_now().strftime("%Y-%m-%d %H:%M:%S"),
        "currency": "VND",
        "paymentLinkId": secrets.token_hex(16),
        "code": "00",
        "desc": "Thành công",
        "counterAccountBankId": BUYER_BANK_BIN,
        "counterAccountBankName": BUYER_BANK,
        "counterAccountName": BUYER_ACCOUNT_NAME,
        "counterAccountNumber": BUYER_ACCOUNT_NUMBER,
        "virtualAccountName": "",
        "virtualAccountNumber": "",
        **fields,
    }


def signed_body(data, checksum_key):
    """A webhook body carrying `data`, signed with `checksum_key`, as payOS posts it."""
    envelope = {
        "code": "00",
        "desc": "success",
        "success": True,
        "data": data,
        "signature": signature(data, checksum_key),
    }
    return json.dumps(envelope, ensure_ascii=False).encode()


def notice_body(number, amount, checksum_key, **fields):
    """The signed webhook body of a transfer for request `number`: see `notice`."""
    return signed_body(notice(number, amount, **fields), checksum_key)


def post_notice(url, body):
    """POST a webhook body to `url` as payOS does; the answer's status (None: unreachable)."""
    request = urllib.request.Request(
        url, data=body, headers={"Content-Type": "application/json"}, method="POST"
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except urllib.error.URLError:
        return None


# The notice payOS posts to a webhook URL before registering it.
SAMPLE_NOTICE = notice(
    123,
    3000,
    description="VQRIO123",
    accountNumber="12345678",
    reference="TF230204212323",
    transactionDateTime="2023-02-04 18:25:00",
    paymentLinkId="124c33293c43417ab7879e14c8d9eb18",
    counterAccountBankId="",
    counterAccountBankName="",
    counterAccountName="",
    counterAccountNumber="",
)


class Refusal(Exception):
    """An answer with one of payOS's error codes, which the SDK raises again."""

    def __init__(self, code, desc, status=200):
        super().__init__(desc)
        self.code = code
        self.desc = desc
        self.status = status


@dataclass
class Call:
    """One API request the fake received."""

    method: str
    path: str
    body: dict


class FakePayOS(ServedLocally):
    """payOS's state, in plain dicts a test can read or change:

    - `requests`: each payment request by number, as payOS's status API returns it;
    - `created`: what opening each request answered (its QR code, page, deadline);
    - `request_bodies`: what each request was opened with (its URLs, the buyer);
    - `calls`: every API request, in order, as `Call`s;
    - `deliveries`: every notice sent, as {"url", "body", "status"} (status None: unreachable).

    `webhook_url` is the URL registered through /confirm-webhook, where the payment page's Pay
    button sends its notice. Set `outage` to an HTTP status (503) to make every API call fail
    with it, as an overloaded payOS does."""

    def __init__(self, client_id, api_key, checksum_key):
        self.client_id = client_id
        self.api_key = api_key
        self.checksum_key = checksum_key
        self.requests = {}
        self.created = {}
        self.request_bodies = {}
        self.calls = []
        self.deliveries = []
        self.webhook_url = None
        self.outage = None
        self._lock = threading.RLock()
        self.serve(Handler)

    def call(self, method, path, headers, body):
        """Answer one API request, as payOS's envelope. Its data is signed, but for
        registering a webhook URL, which payOS answers unsigned."""
        self.calls.append(Call(method, path, body))
        if self.outage:
            raise Refusal(str(self.outage), "Service unavailable", status=self.outage)
        if (headers.get("x-client-id"), headers.get("x-api-key")) != (
            self.client_id,
            self.api_key,
        ):
            raise Refusal("401", "Unauthorized", status=401)
        data = self.route(method, path, body)
        if path == "/confirm-webhook":
            return {"code": "00", "desc": "success", "data": data}
        return {
            "code": "00",
            "desc": "success",
            "data": data,
            "signature": signature(data, self.checksum_key),
        }

    def route(self, method, path, body):
        if method == "POST" and path == "/v2/payment-requests":
            return self.create(body)
        if method == "POST" and (match := CANCEL_PATH.fullmatch(path)):
            return self.cancel(self.find(match["id"]), body)
        if method == "GET" and (match := REQUEST_PATH.fullmatch(path)):
            return self.status(self.find(match["id"]))
        if method == "POST" and path == "/confirm-webhook":
            return self.confirm_webhook(body)
        raise Refusal("404", f"Not found: {method} {path}", status=404)

    def create(self, body):
        number, amount, description = (body.get(k) for k in ("orderCode", "amount", "description"))
        if type(number) is not int or number <= 0:
            raise Refusal("20", "orderCode: must be a positive integer")
        if type(amount) is not int or amount <= 0:
            raise Refusal("20", "amount: must be a positive integer")
        if not isinstance(description, str) or not 0 < len(description) <= 25:
            raise Refusal("20", "description: Mô tả tối đa 25 kí tự")
        if not all(body.get(url) for url in ("returnUrl", "cancelUrl")):
            raise Refusal("20", "returnUrl and cancelUrl are required")
        signed = {field: body[field] for field in SIGNED_REQUEST_FIELDS}
        if body.get("signature") != signature(signed, self.checksum_key):
            raise Refusal("20", "signature: Chữ ký không hợp lệ")
        expires = body.get("expiredAt")
        if expires is not None and (type(expires) is not int or expires <= time.time()):
            raise Refusal("20", "expiredAt: expired_at can not before now")
        with self._lock:
            if number in self.requests:
                raise Refusal("231", "Đơn thanh toán đã tồn tại")
            return self.open(number, amount, description, expires, body)

    def open(self, number, amount, description, expires, body):
        link_id = secrets.token_hex(16)
        self.request_bodies[number] = body
        self.requests[number] = {
            "id": link_id,
            "orderCode": number,
            "amount": amount,
            "amountPaid": 0,
            "amountRemaining": amount,
            "status": "PENDING",
            "createdAt": vietnam_now().isoformat(),
            "transactions": [],
            "cancellationReason": None,
            "canceledAt": None,
        }
        self.created[number] = {
            "bin": BANK_BIN,
            "accountNumber": ACCOUNT_NUMBER,
            "accountName": ACCOUNT_NAME,
            "amount": amount,
            "description": description,
            "orderCode": number,
            "currency": "VND",
            "paymentLinkId": link_id,
            "status": "PENDING",
            "expiredAt": expires,
            "checkoutUrl": f"{self.url}/web/{link_id}",
            "qrCode": vietqr.payload(BANK_BIN, ACCOUNT_NUMBER, amount, description),
        }
        return self.created[number]

    def find(self, id):
        """A request by its number or payOS's id for it, as the status API takes either."""
        with self._lock:
            found = [r for r in self.requests.values() if id in (str(r["orderCode"]), r["id"])]
        if not found:
            raise Refusal("101", "Không tìm thấy thông tin đơn thanh toán")
        return found[0]

    def status(self, request):
        """The request now; an unpaid one whose deadline passed has expired."""
        with self._lock:
            expires = self.created[request["orderCode"]]["expiredAt"]
            if request["status"] == "PENDING" and expires and expires <= time.time():
                request["status"] = "EXPIRED"
            return request

    def cancel(self, request, body):
        if body:
            signed = {k: v for k, v in body.items() if k != "signature"}
            if body.get("signature") != signature(signed, self.checksum_key):
                raise Refusal("20", "signature: Chữ ký không hợp lệ")
        with self._lock:
            if self.status(request)["status"] not in ("PENDING", "UNDERPAID"):
                raise Refusal("20", f"A request that is {request['status']} cannot be cancelled")
            request.update(
                status="CANCELLED",
                cancellationReason=body.get("cancellationReason"),
                canceledAt=vietnam_now().isoformat(),
            )
            return request

    def confirm_webhook(self, body):
        """Register a webhook URL, once it has answered payOS's sample notice with 2xx."""
        url = body.get("webhookUrl")
        sample = signed_body(SAMPLE_NOTICE, self.checksum_key)
        status = post_notice(url, sample) if url else None
        self.deliveries.append({"url": url, "body": sample, "status": status})
        if status is None or not 200 <= status < 300:
            raise Refusal("20", f"Webhook URL invalid: it answered {status}", status=400)
        self.webhook_url = url
        return {
            "webhookUrl": url,
            "accountName": ACCOUNT_NAME,
            "accountNumber": ACCOUNT_NUMBER,
            "name": "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam",
            "shortName": BANK,
        }

    def pay(self, webhook_url, number, amount=None, times=1, checksum_key=None):
        """The buyer's bank transfer of `amount` đồng (all of it by default) for request
        `number` arrives: payOS records it, and posts its notice `times` times (as payOS does
        when the site does not answer) to `webhook_url` (None: the notice never comes). An
        unknown `number` needs an `amount`; a `checksum_key` of another channel signs a
        notice the site must refuse. Returns the site's answers' statuses."""
        with self._lock:
            request = self.requests.get(number)
            amount = request["amount"] if amount is None else amount
            fields = {}
            if request:
                fields = {
                    "description": self.created[number]["description"],
                    "paymentLinkId": request["id"],
                }
            data = notice(number, amount, **fields)
            if request:
                self.record(request, data)
        body = signed_body(data, checksum_key or self.checksum_key)
        statuses = []
        for _ in range(times if webhook_url else 0):
            status = post_notice(webhook_url, body)
            self.deliveries.append({"url": webhook_url, "body": body, "status": status})
            statuses.append(status)
        return statuses

    def record(self, request, data):
        """A transfer for the request, in its status; paid in full once the sum is reached."""
        paid_at = datetime.strptime(data["transactionDateTime"], "%Y-%m-%d %H:%M:%S")
        request["transactions"].append(
            {
                "reference": data["reference"],
                "amount": data["amount"],
                "accountNumber": data["accountNumber"],
                "description": data["description"],
                "transactionDateTime": paid_at.replace(tzinfo=VIETNAM).isoformat(),
                "virtualAccountName": None,
                "virtualAccountNumber": None,
                "counterAccountBankId": data["counterAccountBankId"],
                "counterAccountBankName": data["counterAccountBankName"],
                "counterAccountName": data["counterAccountName"],
                "counterAccountNumber": data["counterAccountNumber"],
            }
        )
        paid = request["amountPaid"] + data["amount"]
        request.update(amountPaid=paid, amountRemaining=max(request["amount"] - paid, 0))
        if request["status"] in ("PENDING", "UNDERPAID"):
            request["status"] = "PAID" if paid >= request["amount"] else "UNDERPAID"

    def payment_page(self, link_id):
        """payOS's page, in small: what to pay, the QR code's payload, Pay and Cancel."""
        created = next((c for c in self.created.values() if c["paymentLinkId"] == link_id), None)
        if created is None or self.status(self.find(link_id))["status"] != "PENDING":
            return 410, page("This payment page is no longer open.", "")
        amount = f"{created['amount']:,}".replace(",", ".")
        body = (
            f"<p>{amount} VND → {ACCOUNT_NAME}, {BANK} {ACCOUNT_NUMBER}</p>"
            f"<p>{html.escape(created['description'])}</p>"
            f"<p><code>{html.escape(created['qrCode'])}</code></p>"
            f'<form method="post" action="/web/{link_id}">'
            '<button name="action" value="pay">Pay</button>'
            '<button name="action" value="cancel">Cancel</button></form>'
        )
        return 200, page("Test bank transfer", body)

    def leave_page(self, link_id, action):
        """Pay or give up on the page; payOS then sends the buyer back with its query."""
        request = self.find(link_id)
        number = request["orderCode"]
        if action == "pay":
            self.pay(self.webhook_url, number)
        else:
            self.cancel(request, {})
        opened = self.request_bodies[number]
        query = {
            "code": "00",
            "id": link_id,
            "cancel": "false" if action == "pay" else "true",
            "status": request["status"],
            "orderCode": number,
        }
        back = opened["returnUrl"] if action == "pay" else opened["cancelUrl"]
        return f"{back}?{urlencode(query)}"


def page(heading, body):
    return (
        '<!doctype html><html lang="vi"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<link rel="icon" href="data:,">'
        f"<title>{heading} – fake payOS</title></head>"
        f"<body><main><h1>{heading}</h1>{body}</main></body></html>"
    )


class Handler(BaseHTTPRequestHandler):
    """payOS's API paths and its payment page, answered by the server's fake."""

    def do_GET(self):
        path = self.path.split("?")[0]
        if match := PAGE_PATH.fullmatch(path):
            return self.send_body(*self.server.fake.payment_page(match["id"]), "text/html")
        self.api("GET", path, {})

    def do_POST(self):
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if match := PAGE_PATH.fullmatch(self.path):
            action = dict(parse_qsl(raw.decode())).get("action")
            return self.leave_page(match["id"], action)
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            return self.send_json(400, {"code": "20", "desc": "Invalid JSON", "data": None})
        self.api("POST", self.path, body)

    def api(self, method, path, body):
        try:
            answer = self.server.fake.call(method, path, self.headers, body)
            self.send_json(200, answer)
        except Refusal as refusal:
            self.send_json(
                refusal.status, {"code": refusal.code, "desc": refusal.desc, "data": None}
            )

    def leave_page(self, link_id, action):
        try:
            location = self.server.fake.leave_page(link_id, action)
        except Refusal as refusal:
            return self.send_body(410, page(refusal.desc, ""), "text/html")
        self.send_response(303)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def send_json(self, status, obj):
        self.send_body(status, json.dumps(obj, ensure_ascii=False), "application/json")

    def send_body(self, status, text, content_type):
        body = text.encode()
        self.send_response(status)
        self.send_header("Content-Type", f"{content_type}; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        """Quiet: failures show in the tests' assertions instead."""


@pytest.fixture
def fake_payos(settings):
    """A running fake payOS that the shop's settings point at, with a payment channel's keys."""
    fake = FakePayOS("fake-client-id", "fake-api-key", "fake-checksum-key")
    settings.PAYOS_CLIENT_ID = fake.client_id
    settings.PAYOS_API_KEY = fake.api_key
    settings.PAYOS_CHECKSUM_KEY = fake.checksum_key
    settings.PAYOS_BASE_URL = fake.url
    fake.start()
    yield fake
    fake.stop()
