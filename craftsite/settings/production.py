"""Production: every secret comes from the environment, and the site refuses to start without
the ones it cannot run safely without."""

import os
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403


def required_env(name):
    """Read a setting that has no safe default; a missing one stops the process at start-up."""
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"Set the {name} environment variable.")
    return value


# The value deploy/langnghe.env.example ships with: published, so anyone could sign sessions
# and password-reset links with it.
SAMPLE_SECRET_KEY = "change-me"
# Django's own check (security.W009) asks for at least 50 characters, 5 of them different.
SHORTEST_SECRET_KEY = 50


def secret_key():
    """DJANGO_SECRET_KEY, refused when it is a published sample or too short to be secret: a
    copied example file must stop the site at start-up, not run it with a key anyone knows."""
    key = required_env("DJANGO_SECRET_KEY")
    if key == SAMPLE_SECRET_KEY:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is the sample value: set a long random string of your own."
        )
    if len(key) < SHORTEST_SECRET_KEY or len(set(key)) < 5:
        raise ImproperlyConfigured(
            f"DJANGO_SECRET_KEY is too weak: use at least {SHORTEST_SECRET_KEY} random characters."
        )
    return key


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = False
SECRET_KEY = secret_key()
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("Set the DJANGO_ALLOWED_HOSTS environment variable.")
CSRF_TRUSTED_ORIGINS = env_list(
    "DJANGO_CSRF_TRUSTED_ORIGINS", ",".join(f"https://{host}" for host in ALLOWED_HOSTS)
)
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", f"https://{ALLOWED_HOSTS[0]}")

# The proxy in front terminates TLS and says so in X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("DJANGO_SECURE_SSL_REDIRECT", "1") == "1"
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", 60 * 60 * 24 * 365))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
# HSTS preload is a one-way commitment for the whole domain; leave it to the operator.
SILENCED_SYSTEM_CHECKS = ["security.W021"]

STATIC_ROOT = os.environ.get("DJANGO_STATIC_ROOT", STATIC_ROOT)  # noqa: F405
MEDIA_ROOT = os.environ.get("DJANGO_MEDIA_ROOT", MEDIA_ROOT)  # noqa: F405

# Static files are served by the app itself, compressed and with hashed names.
MIDDLEWARE.insert(  # noqa: F405
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,  # noqa: F405
    "whitenoise.middleware.WhiteNoiseMiddleware",
)
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "whitenoise.storage.CompressedManifestStaticFilesStorage"
)

# A PostgreSQL that restarts or fails over must cost a request seconds, not the gunicorn
# timeout: a connection attempt gives up after 3 s (libpq's connect_timeout; a
# ?connect_timeout= in DATABASE_URL wins) and the visitor gets the 503 page (craftsite.errors).
# The health checks of base.py make a worker drop a kept connection the restart broke and open
# a new one, so app servers recover on their own once PostgreSQL is back.
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":  # noqa: F405
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", 3)  # noqa: F405

# Redis is shared by every app server and worker: the page cache and its purges, login
# throttling and rate limits must be one for the whole site, which a per-process cache is not.
# Without Redis the site goes on uncached (craftsite.redis_cache).
CACHES = {
    "default": {
        "BACKEND": "craftsite.redis_cache.ResilientRedisCache",
        "LOCATION": required_env("REDIS_URL"),
        "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "langnghe"),
        # A Redis that hangs costs a visitor at most this, once (craftsite.redis_cache).
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }
}
# Sessions (and the carts in them) are read from Redis and written through to PostgreSQL:
# any app server sees the same cart, and a Redis restart loses none.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Background work is queued in PostgreSQL and done by `manage.py db_worker --queue-name '*'`.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", 587))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "1") == "1"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", DEFAULT_FROM_EMAIL)  # noqa: F405
SERVER_EMAIL = DEFAULT_FROM_EMAIL


MAP_TILE_URL = os.environ.get("MAP_TILE_URL", "")
MAP_TILE_ATTRIBUTION = os.environ.get("MAP_TILE_ATTRIBUTION", MAP_TILE_ATTRIBUTION)  # noqa: F405

# payOS needs all three keys of one payment channel: with only some of them the site would
# show payOS's QR codes but could not check the webhooks that confirm them (or the reverse).
payos_keys = [PAYOS_CLIENT_ID, PAYOS_API_KEY, PAYOS_CHECKSUM_KEY]  # noqa: F405
if any(payos_keys) and not all(payos_keys):
    raise ImproperlyConfigured(
        "Set all three of PAYOS_CLIENT_ID, PAYOS_API_KEY and PAYOS_CHECKSUM_KEY, or none."
    )

# Zalo needs every one of its settings (an OA without the webhook's secret could send but
# never learn of a delivery), eSMS its keys and brand name; half a set is a mistake.
zalo_settings = [
    ZALO_APP_ID,  # noqa: F405
    ZALO_APP_SECRET,  # noqa: F405
    ZALO_OA_SECRET_KEY,  # noqa: F405
    ZALO_TEMPLATE_ID,  # noqa: F405
    ZALO_CODE_TEMPLATE_ID,  # noqa: F405
]
if any(zalo_settings) and not all(zalo_settings):
    raise ImproperlyConfigured(
        "Set all of ZALO_APP_ID, ZALO_APP_SECRET, ZALO_OA_SECRET_KEY, ZALO_TEMPLATE_ID and "
        "ZALO_CODE_TEMPLATE_ID, or none."
    )
esms_settings = [ESMS_API_KEY, ESMS_SECRET_KEY, ESMS_BRANDNAME]  # noqa: F405
if any(esms_settings) and not all(esms_settings):
    raise ImproperlyConfigured(
        "Set all of ESMS_API_KEY, ESMS_SECRET_KEY and ESMS_BRANDNAME, or none."
    )

# === Deployment: object storage, JSON logs, error e-mail (docs/deployment.md) ===============
# One block, kept together; the deployment guide lists every variable read here.

# Uploads and their renditions go to S3-compatible object storage when DJANGO_S3_BUCKET is
# set, and stay in MEDIA_ROOT otherwise. These are AWS_* settings rather than the storage's
# OPTIONS on purpose: Wagtail deletes files in a background task that is given the storage's
# constructor arguments, which must be plain JSON and must not carry the secret key.
if os.environ.get("DJANGO_S3_BUCKET"):
    from botocore.config import Config

    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}  # noqa: F405
    AWS_STORAGE_BUCKET_NAME = os.environ["DJANGO_S3_BUCKET"]
    AWS_S3_ENDPOINT_URL = os.environ.get("DJANGO_S3_ENDPOINT_URL") or None  # None: AWS itself
    AWS_S3_REGION_NAME = os.environ.get("DJANGO_S3_REGION") or None
    # Unset keys: boto3 looks for its own (AWS_ACCESS_KEY_ID, an instance role).
    AWS_S3_ACCESS_KEY_ID = os.environ.get("DJANGO_S3_ACCESS_KEY_ID") or None
    AWS_S3_SECRET_ACCESS_KEY = os.environ.get("DJANGO_S3_SECRET_ACCESS_KEY") or None
    # File URLs: the CDN's host name (media.example.vn) when there is one, else the bucket's
    # own address. MEDIA_URL says the same, so the Content-Security-Policy allows that host.
    AWS_S3_CUSTOM_DOMAIN = os.environ.get("DJANGO_S3_CUSTOM_DOMAIN")
    if AWS_S3_CUSTOM_DOMAIN:
        AWS_S3_URL_PROTOCOL = "https:"
    elif AWS_S3_ENDPOINT_URL:
        AWS_S3_URL_PROTOCOL = f"{urlsplit(AWS_S3_ENDPOINT_URL).scheme}:"
        AWS_S3_CUSTOM_DOMAIN = f"{urlsplit(AWS_S3_ENDPOINT_URL).netloc}/{AWS_STORAGE_BUCKET_NAME}"
    else:
        AWS_S3_URL_PROTOCOL = "https:"
        AWS_S3_CUSTOM_DOMAIN = (
            f"{AWS_STORAGE_BUCKET_NAME}.s3.{AWS_S3_REGION_NAME or 'us-east-1'}.amazonaws.com"
        )
    MEDIA_URL = f"{AWS_S3_URL_PROTOCOL}//{AWS_S3_CUSTOM_DOMAIN}/"
    AWS_DEFAULT_ACL = os.environ.get("DJANGO_S3_DEFAULT_ACL") or None  # e.g. public-read
    # Plain URLs: cached pages must not hold signed links that expire. The bucket (or the CDN
    # in front of it) lets anyone read; see the guide for a policy.
    AWS_QUERYSTRING_AUTH = False
    # Two uploads both called photo.jpg must not overwrite each other (django-storages would).
    AWS_S3_FILE_OVERWRITE = False
    AWS_S3_OBJECT_PARAMETERS = {"CacheControl": "public, max-age=2592000"}
    AWS_S3_CLIENT_CONFIG = Config(
        # A storage that cannot be reached fails the upload within seconds, with its error.
        connect_timeout=5,
        read_timeout=30,
        retries={"mode": "standard", "max_attempts": 3},
        # "path" for MinIO and most self-hosted servers; "auto" lets boto3 choose.
        s3={"addressing_style": os.environ.get("DJANGO_S3_ADDRESSING_STYLE") or "auto"},
        # Checksums only where S3 requires them: many S3-compatible servers reject the rest.
        request_checksum_calculation="when_required",
        response_checksum_validation="when_required",
    )
    # Documents through Wagtail's view, which applies collection privacy, not the bucket's URL.
    WAGTAILDOCS_SERVE_METHOD = "serve_view"

# Logs: one JSON object a line on stderr, where systemd's journal keeps them
# (`journalctl -u langnghe-web -o cat | jq`). Errors Django reports (a 500, a failing task)
# are also mailed to DJANGO_ADMINS, e.g. "Quản trị <it@example.gov.vn>, ops@example.vn";
# unset, nobody is mailed. The mails never include the values a request posted.
from email.utils import getaddresses  # noqa: E402

LOG_LEVEL = os.environ.get("DJANGO_LOG_LEVEL", "INFO")
ADMINS = [
    (name or address, address)
    for name, address in getaddresses([os.environ.get("DJANGO_ADMINS", "")])
    if address
]
EMAIL_SUBJECT_PREFIX = "[Làng Nghề] "
DEFAULT_EXCEPTION_REPORTER_FILTER = "craftsite.logs.PersonalDataReporterFilter"
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "craftsite.logs.JSONFormatter"}},
    "filters": {"require_debug_false": {"()": "django.utils.log.RequireDebugFalse"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "json"},
        "mail_admins": {
            "class": "craftsite.logs.SecretsRedactingAdminEmailHandler",
            "level": "ERROR",
            "filters": ["require_debug_false"],
        },
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        "django": {"handlers": ["mail_admins"], "level": LOG_LEVEL, "propagate": True},
        # Background tasks that fail (an order e-mail that could not be sent).
        "django_tasks": {"handlers": ["mail_admins"], "propagate": True},
        "django_tasks_db": {"handlers": ["mail_admins"], "propagate": True},
        # Requests for host names not in ALLOWED_HOSTS are scanners' noise: logged, not mailed.
        "django.security.DisallowedHost": {"handlers": ["console"], "propagate": False},
    },
}
# === End of the deployment block =============================================================

# === Content Security Policy: hosts that serve the site's images ============================
# (after the storage block, which may move media to a CDN host).
CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"] += [  # noqa: F405
    f"https://{urlsplit(url).netloc}"
    for url in (MEDIA_URL, MAP_TILE_URL)  # noqa: F405
    if url.startswith("https://")
]
