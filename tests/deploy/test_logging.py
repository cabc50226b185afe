"""Production logs: JSON lines from Django and gunicorn, and server errors mailed to the
addresses in DJANGO_ADMINS without what the visitor typed."""

import json
import subprocess
import sys
from datetime import timedelta
from types import SimpleNamespace

from gunicorn.config import Config

from craftsite.logs import GunicornLogger
from tests.deploy.production import PROJECT, production_env, production_settings

# Run under production settings: a checkout fails with a server error, as a view would, and a
# background task fails, as the worker reports it.
SERVER_ERROR = """
import json, logging, django
django.setup()
from django.conf import settings
from django.core import mail
from django.test import RequestFactory

settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
mail.outbox = []
request = RequestFactory().post(
    "/vi/cart/checkout/",
    {"name": "Nguyễn Thị Lan", "phone": "0912345678"},
    HTTP_HOST="langnghe.example",
    HTTP_X_REQUEST_ID="req-42",
)
try:
    raise RuntimeError("the payment provider did not answer")
except RuntimeError:
    logging.getLogger("django.request").error(
        "Internal Server Error: %s", request.path, exc_info=True,
        extra={"status_code": 500, "request": request},
    )
try:
    raise ConnectionRefusedError("SMTP server refused")
except ConnectionRefusedError:
    logging.getLogger("django_tasks").exception("Task id=7 path=orders.emails.send state=FAILED")
print(json.dumps([{"to": m.to, "subject": m.subject, "body": m.body} for m in mail.outbox]))
"""

# A server error on a buyer's order page, reached from the page itself: the order's token is
# in the address and in the Referer.
ORDER_PAGE_ERROR = SERVER_ERROR.replace(
    '"/vi/cart/checkout/",', '"/vi/orders/Zk3-secret_T0ken/pay/",'
).replace(
    'HTTP_HOST="langnghe.example",',
    'HTTP_HOST="langnghe.example", HTTP_REFERER="https://langnghe.example/vi/orders/Zk3-secret_T0ken/",',
)


def run_production(code, **env):
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=PROJECT,
        env=production_env(**env),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_errors_are_json_lines_and_mails_to_admins_without_personal_data():
    result = run_production(
        SERVER_ERROR, DJANGO_ADMINS="Quản trị <it@langnghe.example>, ops@langnghe.example"
    )

    assert result.returncode == 0, result.stderr
    [line, task_line] = [line for line in result.stderr.splitlines() if line.startswith("{")]
    logged = json.loads(line)
    assert logged["level"] == "ERROR"
    assert logged["logger"] == "django.request"
    assert logged["message"] == "Internal Server Error: /vi/cart/checkout/"
    assert (logged["method"], logged["path"], logged["request_id"]) == (
        "POST",
        "/vi/cart/checkout/",
        "req-42",
    )
    assert logged["status_code"] == 500
    assert "RuntimeError: the payment provider did not answer" in logged["exc"]
    assert json.loads(task_line)["logger"] == "django_tasks"
    [mail, task_mail] = json.loads(result.stdout)
    assert (
        task_mail["subject"] == "[Làng Nghề] ERROR: Task id=7 path=orders.emails.send state=FAILED"
    )
    assert "ConnectionRefusedError\nSMTP server refused" in task_mail["body"]
    assert mail["to"] == ["it@langnghe.example", "ops@langnghe.example"]
    assert mail["subject"].startswith("[Làng Nghề] ERROR")
    assert "RuntimeError at /vi/cart/checkout/\nthe payment provider did not answer" in mail["body"]
    assert "phone" in mail["body"]
    assert "0912345678" not in mail["body"]
    assert "Nguyễn Thị Lan" not in mail["body"]
    assert "0912345678" not in line


def test_an_orders_token_reaches_neither_the_log_nor_the_mail():
    result = run_production(ORDER_PAGE_ERROR, DJANGO_ADMINS="it@langnghe.example")

    assert result.returncode == 0, result.stderr
    [mail, _task_mail] = json.loads(result.stdout)
    logged = json.loads(result.stderr.splitlines()[0])
    assert logged["message"] == "Internal Server Error: /vi/orders/[secret]/pay/"
    assert logged["path"] == "/vi/orders/[secret]/pay/"
    assert "/vi/orders/[secret]/" in mail["body"]
    assert "Zk3-secret_T0ken" not in result.stderr + mail["subject"] + mail["body"]


def test_admins_come_from_the_environment_and_default_to_nobody():
    assert production_settings("ADMINS") == {"ADMINS": []}
    assert production_settings("ADMINS", DJANGO_ADMINS="it@langnghe.example") == {
        "ADMINS": [("it@langnghe.example", "it@langnghe.example")]
    }


def test_gunicorn_writes_one_json_line_per_request(tmp_path):
    config = Config()
    config.set("accesslog", str(tmp_path / "access.log"))
    config.set("errorlog", str(tmp_path / "error.log"))
    logger = GunicornLogger(config)
    response = SimpleNamespace(status="404 Not Found", sent=1234, headers=[])
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": "/vi/cua-hang/",
        "QUERY_STRING": "phone=0912345678",
        "RAW_URI": "/vi/cua-hang/?phone=0912345678",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_X_REQUEST_ID": "req-7",
    }

    logger.access(response, SimpleNamespace(headers=[]), environ, timedelta(milliseconds=12.5))
    logger.error("worker %s timed out", 42)

    access = json.loads((tmp_path / "access.log").read_text())
    assert {key: access[key] for key in ("method", "path", "status", "bytes", "request_id")} == {
        "method": "GET",
        "path": "/vi/cua-hang/",
        "status": 404,
        "bytes": 1234,
        "request_id": "req-7",
    }
    assert access["duration_ms"] == 12.5
    assert "0912345678" not in (tmp_path / "access.log").read_text()
    logger.access(
        response,
        SimpleNamespace(headers=[]),
        {**environ, "PATH_INFO": "/en/orders/Zk3-secret_T0ken/"},
        timedelta(milliseconds=3),
    )
    order_line = (tmp_path / "access.log").read_text().splitlines()[-1]
    assert json.loads(order_line)["path"] == "/en/orders/[secret]/"
    error = json.loads((tmp_path / "error.log").read_text())
    assert (error["level"], error["message"]) == ("ERROR", "worker 42 timed out")
