"""Logs for production: one JSON object a line, which journald keeps and any log tool reads.

`JSONFormatter` formats Django's log records (production settings' LOGGING), and
`GunicornLogger` writes gunicorn's access and error logs the same way (deploy/gunicorn.conf.py).
`PersonalDataReporterFilter` keeps what buyers typed out of error reports mailed to ADMINS,
and `SecretsRedactingAdminEmailHandler` the secrets in addresses (`redact_secrets`).
"""

import json
import logging
import os
import re
from datetime import UTC, datetime

from django.utils.log import AdminEmailHandler
from django.views.debug import SafeExceptionReporterFilter
from gunicorn.glogging import Logger

# Attributes every LogRecord has; anything else on a record came from `extra=`.
STANDARD_ATTRIBUTES = frozenset(logging.makeLogRecord({}).__dict__) | {"message", "asctime"}
REQUEST_ID_HEADER = "HTTP_X_REQUEST_ID"


# Addresses that carry a secret: an order's page (/vi/orders/<token>/, the buyer's only key to
# it) and a password reset link (/admin/password_reset/confirm/<uid>/<token>/).
SECRET_IN_ADDRESS = re.compile(
    r"(/[a-z]{2}/orders/|/password_reset/confirm/[^/\s\"'<>]+/)[^/?#\s\"'<>]+"
)
REDACTED = "[secret]"


def redact_secrets(text):
    """`text` with the secret part of every address in it replaced: a log line or an error
    report read by staff or kept by a log service must not open a buyer's order."""
    return SECRET_IN_ADDRESS.sub(rf"\1{REDACTED}", text) if isinstance(text, str) else text


def iso_time(timestamp):
    return datetime.fromtimestamp(timestamp, UTC).isoformat(timespec="milliseconds")


def json_line(fields):
    return json.dumps(fields, ensure_ascii=False, default=str, separators=(",", ":"))


class JSONFormatter(logging.Formatter):
    """time, level, logger, message; the request's method, path and id for Django's request
    records; other `extra=` values as they are; the traceback as `exc`."""

    def format(self, record):
        fields = {
            "time": iso_time(record.created),
            "level": record.levelname,
            "logger": record.name,
            "message": redact_secrets(record.getMessage()),
            "pid": record.process,
        }
        for key, value in record.__dict__.items():
            if key not in STANDARD_ATTRIBUTES and key != "request":
                fields[key] = value
        request = getattr(record, "request", None)
        if request is not None and hasattr(request, "META"):
            fields["method"] = request.method
            fields["path"] = redact_secrets(request.path)
            if request_id := request.META.get(REQUEST_ID_HEADER):
                fields["request_id"] = request_id
        if record.exc_info:
            fields["exc"] = self.formatException(record.exc_info)
        if record.stack_info:
            fields["stack"] = self.formatStack(record.stack_info)
        return json_line(fields)


class GunicornLogger(Logger):
    """gunicorn's logger with both logs in JSON lines. An access line has the method, path
    (without the query string, which may carry personal data, and without secrets), status,
    duration in milliseconds, response bytes and the request id the proxy set in X-Request-ID."""

    def setup(self, cfg):
        super().setup(cfg)
        for handler in self.error_log.handlers:
            handler.setFormatter(JSONFormatter())

    def access(self, resp, req, environ, request_time):
        if not self.access_log_enabled:
            return
        status = resp.status
        if isinstance(status, str):
            status = status.split(None, 1)[0]
        fields = {
            "time": iso_time(datetime.now(UTC).timestamp()),
            "level": "INFO",
            "logger": "gunicorn.access",
            "method": environ.get("REQUEST_METHOD"),
            "path": redact_secrets(environ.get("PATH_INFO")),
            "status": int(status) if str(status).isdigit() else status,
            "duration_ms": round(request_time.total_seconds() * 1000, 1),
            "bytes": getattr(resp, "sent", None),
            "pid": os.getpid(),
        }
        if request_id := environ.get(REQUEST_ID_HEADER):
            fields["request_id"] = request_id
        try:
            self.access_log.info(json_line(fields))
        except Exception:  # a log line must never break a response; gunicorn does the same
            self.exception("Could not write the access log line")


class PersonalDataReporterFilter(SafeExceptionReporterFilter):
    """Error reports name the fields a failing request posted but never their values: buyers'
    names, phone numbers and addresses stay out of administrators' mailboxes (Vietnam's
    Personal Data Protection Law). Settings and cookies are cleansed as Django does."""

    def get_post_parameters(self, request):
        if request is None or not self.is_active(request):
            return super().get_post_parameters(request)
        cleansed = request.POST.copy()
        for key in cleansed:
            cleansed[key] = self.cleansed_substitute
        return cleansed


class SecretsRedactingAdminEmailHandler(AdminEmailHandler):
    """Django's error mail with the secrets in addresses redacted everywhere they appear: the
    subject, the request's URL, the Referer and the other request headers of the report."""

    def send_mail(self, subject, message, *args, **kwargs):
        if kwargs.get("html_message"):
            kwargs["html_message"] = redact_secrets(kwargs["html_message"])
        super().send_mail(redact_secrets(subject), redact_secrets(message), *args, **kwargs)
