"""What Stripe sends and how it encodes it: signed webhook events and form-encoded request
bodies, for the fake Stripe server and for tests that post webhooks themselves."""

import hashlib
import hmac
import json
import re
import secrets
import time


def signed_event(payload, secret, timestamp=None):
    """The body and Stripe-Signature header of a webhook carrying `payload`."""
    body = json.dumps(payload).encode()
    return body, signature(body, secret, timestamp)


def signature(body, secret, timestamp=None):
    """A Stripe-Signature header for `body`, signed the way Stripe signs: HMAC-SHA256, keyed
    with the endpoint's secret, of "<timestamp>.<body>"."""
    timestamp = int(time.time()) if timestamp is None else timestamp
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={digest.hexdigest()}"


def new_event(type, obj):
    """A Stripe event as its webhook delivers it."""
    return {
        "id": f"evt_{secrets.token_hex(12)}",
        "object": "event",
        "type": type,
        "created": int(time.time()),
        "livemode": False,
        "data": {"object": obj},
    }


def nest(pairs):
    """Stripe's form encoding back into objects: line_items[0][price_data][currency]=vnd."""
    root = {}
    for key, value in pairs:
        *parents, last = re.findall(r"[^\[\]]+", key)
        node = root
        for parent in parents:
            node = node.setdefault(parent, {})
        node[last] = value
    return listify(root)


def listify(node):
    if not isinstance(node, dict):
        return node
    if node and all(key.isdigit() for key in node):
        return [listify(node[key]) for key in sorted(node, key=int)]
    return {key: listify(value) for key, value in node.items()}


def integer(value, name):
    try:
        return int(value)
    except (TypeError, ValueError):
        raise StripeError(400, f"Invalid integer: {value}", param=name) from None


class StripeError(Exception):
    """An error answered as Stripe answers it, which the stripe library raises again."""

    def __init__(self, status, message, type="invalid_request_error", code=None, param=None):
        super().__init__(message)
        self.status = status
        self.body = {"error": {"type": type, "message": message, "code": code, "param": param}}
