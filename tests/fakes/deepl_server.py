"""A fake DeepL for tests: `POST /v2/translate` as DeepL's API answers it, each text
"translated" by putting `[EN-GB] ` in front of it, or an error status a test chooses. It is a
small Flask app on 127.0.0.1 in a thread; the real `deepl` library talks to it over HTTP. Use
it through the `fake_deepl` fixture, which points the site's DeepL settings at it."""

import threading

import pytest
from flask import Flask, jsonify, request
from werkzeug.serving import make_server

KEY = "test-deepl-key"


class FakeDeepL:
    """`requests` holds each translate request's JSON body; set `failure` to an HTTP status
    (403 key refused, 456 quota used up) to have every request refused with it."""

    def __init__(self):
        self.requests = []
        self.failure = None
        self.app = Flask(__name__)
        self.app.add_url_rule("/v2/translate", view_func=self.translate, methods=["POST"])
        self._server = make_server("127.0.0.1", 0, self.app, threaded=True)

    @property
    def url(self):
        return f"http://127.0.0.1:{self._server.server_port}"

    def translate(self):
        if request.headers.get("Authorization") != f"DeepL-Auth-Key {KEY}":
            return jsonify(message="Wrong key"), 403
        if self.failure:
            return jsonify(message="Refused by the test"), self.failure
        body = request.get_json()
        self.requests.append(body)
        prefix = f"[{body['target_lang']}] "
        return jsonify(
            translations=[
                {
                    "detected_source_language": body.get("source_lang", "VI"),
                    "text": prefix + text,
                    "billed_characters": len(text),
                }
                for text in body["text"]
            ]
        )

    def start(self):
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def stop(self):
        self._server.shutdown()


@pytest.fixture
def fake_deepl(settings):
    fake = FakeDeepL()
    fake.start()
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "base.machine_translation.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": KEY, "SERVER_URL": fake.url},
    }
    yield fake
    fake.stop()
