"""A fake exchange-rate feed for tests: an HTTP server on 127.0.0.1, in a thread, answering
every request with the document a test gives it, as Vietcombank's feed would. The site's real
code fetches from it over HTTP. Use it through the `rate_feed` fixture."""

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

SOURCE = "Joint Stock Commercial Bank for Foreign Trade of Vietnam - Vietcombank"
TODAY_RATES = {
    "AUD": ("16,750.00", "16,920.20", "17,460.90"),
    "CNY": ("3,620.10", "3,656.67", "3,773.30"),
    "EUR": ("29,950.00", "30,252.53", "31,540.00"),
    "GBP": ("34,200.00", "34,545.45", "35,650.00"),
    "JPY": ("166.00", "167.68", "176.40"),
    "KRW": ("-", "17.88", "19.40"),
    "USD": ("25,950.00", "25,980.00", "26,340.00"),
}


def feed_document(rates=TODAY_RATES, when="12/6/2026 8:00:00 AM", source=SOURCE):
    """A feed as Vietcombank writes it; `rates` maps a code to (Buy, Transfer, Sell)."""
    entries = "".join(
        f'<Exrate CurrencyCode="{code}" CurrencyName="{code} NAME" Buy="{buy}" '
        f'Transfer="{transfer}" Sell="{sell}" />\r\n'
        for code, (buy, transfer, sell) in rates.items()
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\r\n<ExrateList>\r\n'
        f"<DateTime>{when}</DateTime>\r\n{entries}<Source>{source}</Source>\r\n</ExrateList>"
    ).encode()


class FakeRateFeed:
    """Answers with `status` and `document` (bytes); with `hang` set, keeps the request
    waiting, unanswered, until the test ends, as a feed that never replies does."""

    def __init__(self):
        self.status = 200
        self.document = feed_document()
        self.requests = 0
        self.released = threading.Event()
        self.hang = False
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._server.fake = self

    @property
    def url(self):
        return f"http://127.0.0.1:{self._server.server_port}/Usercontrols/TVPortal.TyGia/pXML.aspx"

    def start(self):
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def stop(self):
        self.released.set()
        self._server.shutdown()
        self._server.server_close()


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        fake = self.server.fake
        fake.requests += 1
        if fake.hang:
            fake.released.wait()
            return
        self.send_response(fake.status)
        self.send_header("Content-Type", "text/xml; charset=utf-8")
        self.send_header("Content-Length", str(len(fake.document)))
        self.end_headers()
        self.wfile.write(fake.document)

    def log_message(self, format, *args):
        pass


def unreachable_url():
    """An address where nothing listens: a port the system gave out and took back."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/pXML.aspx"


@pytest.fixture
def rate_feed(settings):
    """A running fake feed that EXCHANGE_RATES_URL points at, answering today's rates."""
    fake = FakeRateFeed()
    settings.EXCHANGE_RATES_URL = fake.url
    settings.EXCHANGE_RATES_TIMEOUT = 1
    fake.start()
    yield fake
    fake.stop()
