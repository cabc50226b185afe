"""What the fake Zalo and the fake eSMS share: a JSON-over-HTTP server on 127.0.0.1 in a
thread, which records every request and can be told to fail the next ones, as a provider
in trouble does: with an HTTP status (503), by answering too late (a timeout), or with one
of the provider's own error codes (see each fake)."""

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qsl, urlsplit

from tests.fakes import ServedLocally


@dataclass
class Call:
    """One request the fake received."""

    method: str
    path: str
    headers: dict
    body: dict = field(default_factory=dict)


class FakeProvider(ServedLocally):
    """Subclasses answer in `route(call)` with (status, JSON answer); the failures asked
    for meet the requests to `failing_paths` (sending, not getting a token)."""

    failing_paths = ()

    def __init__(self):
        self.calls = []
        self.failures = []  # what the next requests meet, first first
        self.hang_seconds = 0
        self._lock = threading.Lock()
        self.serve(Handler)

    def fail_next(self, *failures):
        """The next requests to send fail, one failure each: an HTTP status (503), "timeout" (the
        answer comes after the client gave up), or a provider's error code (a str or an
        int, as the provider writes them)."""
        self.failures.extend(failures)

    def answer(self, call):
        with self._lock:
            self.calls.append(call)
            failing = self.failures and call.path in self.failing_paths
            failure = self.failures.pop(0) if failing else None
        if failure == "timeout":
            time.sleep(self.hang_seconds or 11)
            return 504, {}
        if isinstance(failure, int) and failure >= 400:
            return failure, {"error": "fake outage"}
        return self.route(call, failure)

    def route(self, call, error_code):
        raise NotImplementedError


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        self.handle_call("GET")

    def do_POST(self):
        self.handle_call("POST")

    def handle_call(self, method):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length).decode() if length else ""
        if "json" in (self.headers.get("Content-Type") or ""):
            body = json.loads(raw or "{}")
        else:
            body = dict(parse_qsl(raw or urlsplit(self.path).query))
        call = Call(method, urlsplit(self.path).path, dict(self.headers.items()), body)
        status, answer = self.server.fake.answer(call)
        payload = json.dumps(answer, ensure_ascii=False).encode()
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (a timeout)
            pass
