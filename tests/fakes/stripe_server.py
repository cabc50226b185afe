"""A fake Stripe for tests: the API calls the shop makes (Checkout Sessions, refunds), Stripe's
hosted payment page, and webhooks signed as Stripe signs them. It runs on 127.0.0.1 in a
thread, and the real stripe library talks to it over HTTP, so requests are encoded, sent and
parsed as they are in production. Use it through the `fake_stripe` fixture."""

import html
import json
import re
import secrets
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qsl

import pytest

from tests.fakes import ServedLocally
from tests.fakes.stripe_events import StripeError, integer, nest, new_event, signed_event

# Stripe keeps a Checkout Session open between 30 minutes and 24 hours after creating it.
SHORTEST_SESSION = 30 * 60
LONGEST_SESSION = 24 * 60 * 60
SESSION_PATH = re.compile(r"/v1/checkout/sessions/(?P<id>[\w]+)")
EXPIRE_PATH = re.compile(r"/v1/checkout/sessions/(?P<id>[\w]+)/expire")
INTENT_PATH = re.compile(r"/v1/payment_intents/(?P<id>[\w]+)")
PAY_PATH = re.compile(r"/pay/(?P<id>[\w]+)")


@dataclass
class Call:
    """One API request the fake received."""

    method: str
    path: str
    params: dict
    idempotency_key: str | None


class FakeStripe(ServedLocally):
    """Stripe's state, kept in plain dicts a test can read or change:

    - `sessions`: Checkout Session objects by id, as the API returns them;
    - `session_params`: the parameters each session was created with (its line items);
    - `refunds`: refund objects by id;
    - `requests`: every API call, in order, as `Call`s;
    - `deliveries`: every webhook sent, as {"event", "status"} (status None: unreachable).

    Webhooks go to `webhook_url`, signed with `webhook_secret`; with no URL none are sent.
    Paying on the hosted page sends `checkout.session.completed` itself; send other events
    (expired, refunded …) with `send_event`, as Stripe would later."""

    def __init__(self):
        self.sessions = {}
        self.session_params = {}
        self.refunds = {}
        self.fee_percent, self.fee_fixed, self.balance_currency = 3.4, 2_000, "vnd"
        self.requests = []
        self.deliveries = []
        self.webhook_url = None
        self.webhook_secret = None
        self._replies = {}
        self._lock = threading.RLock()
        self.serve(Handler)

    def call(self, method, path, params, idempotency_key):
        """Answer one API request. Like Stripe, a repeated idempotency key gets the first
        answer again, and is refused when the parameters differ."""
        with self._lock:
            self.requests.append(Call(method, path, params, idempotency_key))
            if idempotency_key in self._replies:
                first_params, reply = self._replies[idempotency_key]
                if first_params != params:
                    raise StripeError(
                        400,
                        "Keys for idempotent requests can only be used with the same "
                        "parameters they were first used with.",
                        type="idempotency_error",
                    )
                return reply
            reply = self.route(method, path, params)
            if method == "POST" and idempotency_key:
                self._replies[idempotency_key] = (params, reply)
            return reply

    def route(self, method, path, params):
        if method == "POST" and path == "/v1/checkout/sessions":
            return self.create_session(params)
        if method == "POST" and (match := EXPIRE_PATH.fullmatch(path)):
            return self.expire(match["id"])
        if method == "GET" and (match := SESSION_PATH.fullmatch(path)):
            return self.session(match["id"])
        if method == "POST" and path == "/v1/refunds":
            return self.refund(params)
        if method == "GET" and (match := INTENT_PATH.fullmatch(path)):
            return self.payment_intent(match["id"])
        raise StripeError(404, f"Unrecognized request URL ({method}: {path}).")

    def create_session(self, params):
        items = params.get("line_items", [])
        if not items:
            raise StripeError(400, "line_items is required in payment mode.", param="line_items")
        currencies = {item["price_data"]["currency"] for item in items}
        if len(currencies) != 1:
            raise StripeError(400, "All line items must share one currency.", param="line_items")
        total = sum(
            integer(item["price_data"]["unit_amount"], "unit_amount")
            * integer(item.get("quantity", 1), "quantity")
            for item in items
        )
        now = int(time.time())
        expires_at = integer(params.get("expires_at", now + LONGEST_SESSION), "expires_at")
        if not now + SHORTEST_SESSION <= expires_at <= now + LONGEST_SESSION:
            raise StripeError(
                400,
                "The `expires_at` timestamp must be between 30 minutes and 24 hours from "
                "Checkout Session creation.",
                param="expires_at",
            )
        sid = f"cs_test_{secrets.token_hex(12)}"
        self.session_params[sid] = params
        self.sessions[sid] = {
            "id": sid,
            "object": "checkout.session",
            "livemode": False,
            "mode": params.get("mode"),
            "status": "open",
            "payment_status": "unpaid",
            "amount_subtotal": total,
            "amount_total": total,
            "currency": currencies.pop(),
            "client_reference_id": params.get("client_reference_id"),
            "customer_email": params.get("customer_email"),
            "locale": params.get("locale"),
            "metadata": params.get("metadata", {}),
            "payment_intent": None,
            "success_url": params.get("success_url"),
            "cancel_url": params.get("cancel_url"),
            "url": f"{self.url}/pay/{sid}",
            "created": now,
            "expires_at": expires_at,
        }
        return self.sessions[sid]

    def session(self, sid):
        if sid not in self.sessions:
            raise StripeError(404, f"No such checkout.session: '{sid}'", code="resource_missing")
        return self.sessions[sid]

    def expire(self, sid):
        """End an open session unpaid, as Stripe does at `expires_at` or when asked."""
        with self._lock:
            session = self.session(sid)
            if session["status"] != "open":
                raise StripeError(
                    400, "Only Checkout Sessions with a status of `open` can be expired."
                )
            session["status"] = "expired"
            return session

    def pay(self, sid):
        """The buyer paid on the hosted page: the session completes, and Stripe says so."""
        with self._lock:
            session = self.session(sid)
            if session["status"] != "open":
                raise StripeError(409, "This Checkout Session is no longer open.")
            session.update(
                status="complete",
                payment_status="paid",
                payment_intent=f"pi_{secrets.token_hex(12)}",
            )
        self.send_event("checkout.session.completed", session)
        return session

    def charge(self, sid):
        """The charge of a paid session, as a `charge.*` event carries it, with the refunds
        made so far. It has the metadata given to the payment intent, as Stripe copies it."""
        session = self.session(sid)
        intent = session["payment_intent"]
        refunded = sum(r["amount"] for r in self.refunds.values() if r["payment_intent"] == intent)
        return {
            "id": f"ch_{intent.removeprefix('pi_')}",
            "object": "charge",
            "amount": session["amount_total"],
            "amount_refunded": refunded,
            "currency": session["currency"],
            "payment_intent": intent,
            "paid": True,
            "refunded": refunded >= session["amount_total"],
            "metadata": self.session_params[sid].get("payment_intent_data", {}).get("metadata", {}),
        }

    def payment_intent(self, intent):
        """A paid session's payment, with its charge and the balance transaction that says
        Stripe's fee, as `expand[]=latest_charge.balance_transaction` returns them. The fee
        is `fee_percent` of the amount plus `fee_fixed` (illustrative, not Stripe's price
        list), in `balance_currency`: an account abroad is paid out in its own currency."""
        paid = [sid for sid, s in self.sessions.items() if s["payment_intent"] == intent]
        if not paid:
            raise StripeError(404, f"No such payment_intent: '{intent}'", code="resource_missing")
        charge = self.charge(paid[0])
        amount = charge["amount"]
        if self.balance_currency != "vnd":  # in cents of a currency worth 25.000 ₫
            amount = round(amount * 100 / 25_000)
        fee = round(amount * self.fee_percent / 100) + self.fee_fixed
        charge["balance_transaction"] = {
            "id": f"txn_{intent.removeprefix('pi_')}",
            "object": "balance_transaction",
            "amount": amount,
            "currency": self.balance_currency,
            "fee": fee,
            "net": amount - fee,
        }
        return {
            "id": intent,
            "object": "payment_intent",
            "amount": charge["amount"],
            "currency": charge["currency"],
            "status": "succeeded",
            "latest_charge": charge,
        }

    def refund(self, params):
        intent = params.get("payment_intent")
        paid = [sid for sid, s in self.sessions.items() if intent and s["payment_intent"] == intent]
        if not paid:
            raise StripeError(
                400, f"No such payment_intent: '{intent}'", code="resource_missing", param="id"
            )
        charge = self.charge(paid[0])
        left = charge["amount"] - charge["amount_refunded"]
        if not left:
            raise StripeError(
                400,
                f"Charge {charge['id']} has already been refunded.",
                code="charge_already_refunded",
            )
        amount = integer(params.get("amount", left), "amount")
        if amount > left:
            raise StripeError(
                400,
                f"Refund amount ({amount}) is greater than unrefunded amount ({left}).",
                code="amount_too_large",
            )
        rid = f"re_{secrets.token_hex(12)}"
        self.refunds[rid] = {
            "id": rid,
            "object": "refund",
            "amount": amount,
            "currency": charge["currency"],
            "charge": charge["id"],
            "payment_intent": intent,
            "status": "succeeded",
            "metadata": params.get("metadata", {}),
        }
        return self.refunds[rid]

    def send_event(self, type, obj):
        """Deliver a signed event to `webhook_url` now, and return it."""
        event = new_event(type, obj)
        if self.webhook_url:
            body, header = signed_event(event, self.webhook_secret)
            request = urllib.request.Request(
                self.webhook_url,
                data=body,
                headers={"Content-Type": "application/json", "Stripe-Signature": header},
            )
            try:
                with urllib.request.urlopen(request, timeout=30) as response:
                    status = response.status
            except urllib.error.HTTPError as error:
                status = error.code
            except urllib.error.URLError:
                status = None
            self.deliveries.append({"event": event, "status": status})
        return event

    def payment_page(self, sid):
        """Stripe's hosted page, in small: what is bought, a Pay button and a way back."""
        session = self.sessions.get(sid)
        if session is None or session["status"] != "open":
            return 410, page(session, "This payment page is no longer open.", "")
        items = "".join(
            f"<li>{html.escape(item['price_data']['product_data']['name'])} × "
            f"{item.get('quantity', 1)}</li>"
            for item in self.session_params[sid]["line_items"]
        )
        amount = f"{session['amount_total']:,}".replace(",", ".")
        body = (
            f"<p>Total: {amount} {session['currency'].upper()}</p><ul>{items}</ul>"
            f'<form method="post" action="/pay/{sid}"><button type="submit">Pay</button></form>'
            f'<p><a href="{html.escape(session["cancel_url"])}">Cancel</a></p>'
        )
        return 200, page(session, "Test payment", body)


def page(session, heading, body):
    lang = (session or {}).get("locale") or "en"
    return (
        f'<!doctype html><html lang="{html.escape(lang)}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<link rel="icon" href="data:,">'
        f"<title>{heading} – fake Stripe</title></head>"
        f"<body><main><h1>{heading}</h1>{body}</main></body></html>"
    )


class Handler(BaseHTTPRequestHandler):
    """Stripe's API paths and the hosted payment page, answered by the server's fake."""

    def do_GET(self):
        path = self.path.split("?")[0]
        if match := PAY_PATH.fullmatch(path):
            return self.send_page(*self.server.fake.payment_page(match["id"]))
        self.api("GET", path, {})

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        params = nest(parse_qsl(self.rfile.read(length).decode(), keep_blank_values=True))
        if match := PAY_PATH.fullmatch(self.path):
            return self.pay(match["id"])
        self.api("POST", self.path, params)

    def api(self, method, path, params):
        try:
            if not self.headers.get("Authorization", "").startswith("Bearer sk_"):
                raise StripeError(401, "You did not provide an API key.")
            key = self.headers.get("Idempotency-Key")
            self.send_json(200, self.server.fake.call(method, path, params, key))
        except StripeError as error:
            self.send_json(error.status, error.body)

    def pay(self, sid):
        try:
            session = self.server.fake.pay(sid)
        except StripeError as error:
            return self.send_page(error.status, page(None, str(error), ""))
        self.send_response(303)
        self.send_header("Location", session["success_url"].replace("{CHECKOUT_SESSION_ID}", sid))
        self.send_header("Content-Length", "0")
        self.end_headers()

    def send_json(self, status, obj):
        self.send_body(status, "application/json", json.dumps(obj).encode())

    def send_page(self, status, text):
        self.send_body(status, "text/html; charset=utf-8", text.encode())

    def send_body(self, status, content_type, body):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        """Quiet: failures show in the tests' assertions instead."""


@pytest.fixture
def fake_stripe(settings):
    """A running fake Stripe that the shop's settings point at. It sends no webhooks until a
    test sets `webhook_url` (a live server's address + reverse("stripe_webhook"))."""
    fake = FakeStripe()
    settings.STRIPE_SECRET_KEY = "sk_test_fake"
    settings.STRIPE_WEBHOOK_SECRET = fake.webhook_secret = "whsec_test_fake"
    settings.STRIPE_API_BASE = fake.url
    fake.start()
    yield fake
    fake.stop()
