"""Settings shared by every environment. Environment-specific modules import * from here."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

INSTALLED_APPS = [
    "base",
    "currencies",
    "catalog",
    "stories",
    "orders",
    "enquiries",
    "visits",
    "documents",
    "offline_sales",
    "programme",
    "reviews",
    "payments",
    "notifications",
    "checkout",
    "labels",
    "backoffice",
    "monitoring",
    "django_countries",
    "django_tasks",
    "django_tasks_db",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "craftsite.frontend_cache.FrontendCacheConfig",  # Wagtail's, without its publish handlers
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "craftsite.page_cache.PageCacheMiddleware",
    "csp.middleware.CSPMiddleware",
    "craftsite.headers.PermissionsPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "checkout.middleware.CartCountCookieMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "backoffice.signout.ForgetOnSignOut",
    "django.contrib.messages.middleware.MessageMiddleware",
    "base.machine_translation.ExplainMachineTranslationErrors",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "craftsite.urls"
WSGI_APPLICATION = "craftsite.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite file by default; DATABASE_URL (postgres://…) switches to PostgreSQL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=60,
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    INSTALLED_APPS.append("django.contrib.postgres")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "base.User"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Vietnamese is the default and lives at /vi/, English at /en/.
LANGUAGE_CODE = "vi"
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    ("vi", _("Vietnamese")),
    ("en", _("English")),
]
WAGTAIL_I18N_ENABLED = True
# The admin's language, chosen by each user in their account (Vietnamese unless they choose).
WAGTAILADMIN_PERMITTED_LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
# The project's own messages, then its Vietnamese for the admin's apps (base.admin_catalogue);
# both take precedence over the apps' own catalogues.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "admin"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

STATIC_ROOT = BASE_DIR / "static"
STATIC_URL = "/static/"
MEDIA_ROOT = BASE_DIR / "media"
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Whole public pages are stored for anonymous visitors (craftsite.page_cache) in this cache
# alias, for at most this many seconds; purges on publishing and on price or stock changes
# keep them fresh, the timeout is a safety net. 0 turns the page cache off.
PAGE_CACHE_ALIAS = "default"
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", 600))

# Proxies whose X-Real-IP header names the visitor (craftsite.ratelimit): the shipped nginx,
# and a proxy on this host. A request through gunicorn's UNIX socket is trusted as well.
TRUSTED_PROXIES = os.environ.get("DJANGO_TRUSTED_PROXIES", "127.0.0.1,::1").split(",")

# Background work (e-mails, Wagtail's reference index): run at once in development and tests;
# production queues it in the database for `manage.py db_worker` (django-tasks-db).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Content Security Policy for the public site: everything from the site itself, no inline
# script or style, video embeds from the usual hosts. The admin (Wagtail's own inline
# scripts and styles) is left out. Production adds the media and map tile hosts.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": [
            "https://www.youtube-nocookie.com",
            "https://www.youtube.com",
            "https://player.vimeo.com",
        ],
        "frame-ancestors": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}
# Features the site never uses are switched off for it and anything it embeds.
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"

# Wagtail's page editor can post many fields for long StreamFields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Làng Nghề"
WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
# Wagtail's database backend; on PostgreSQL it also keeps the folded words of live pages that
# the site search reads through a GIN index (base.search).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "base.search"}}

# Images: our own model (alt text and credit), and limits that stop oversized uploads and
# decompression bombs before Pillow decodes them. A 48-megapixel phone photo still fits.
# An iPhone's HEIC photos are taken too (pillow-heif, registered in base.apps) and stored as
# JPEG (base.models.images.fit_for_web): no browser but Safari shows HEIC.
WAGTAILIMAGES_IMAGE_MODEL = "base.SiteImage"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 50_000_000
WAGTAILIMAGES_EXTENSIONS = ["avif", "heic", "jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "odt", "ods", "txt", "csv"]

WAGTAILEMBEDS_RESPONSIVE_HTML = True

DEFAULT_FROM_EMAIL = "Làng Nghề <no-reply@langnghe.example>"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

# Map tiles for the interactive village maps. Empty: pages show the map drawn on the server
# only (no request leaves the site). Production can point this at a tile server it may use.
MAP_TILE_URL = ""
MAP_TILE_ATTRIBUTION = "© OpenStreetMap contributors"

# Card payments through Stripe Checkout, offered only when both keys are set.
# STRIPE_API_BASE points the stripe library at another API address (a local fake in tests).
STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "")
STRIPE_WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET", "")
STRIPE_API_BASE = os.environ.get("STRIPE_API_BASE", "")
# Bank transfers confirmed automatically by payOS (payments/transfer_service.py), in use only
# when its three keys (from the payment channel at my.payos.vn) are set. PAYOS_BASE_URL points
# the payOS SDK at another API address (a local fake in tests); empty means payOS's own.
PAYOS_CLIENT_ID = os.environ.get("PAYOS_CLIENT_ID", "")
PAYOS_API_KEY = os.environ.get("PAYOS_API_KEY", "")
PAYOS_CHECKSUM_KEY = os.environ.get("PAYOS_CHECKSUM_KEY", "")
PAYOS_BASE_URL = os.environ.get("PAYOS_BASE_URL", "")
# Messages to cooperative staff (notifications/): by Zalo Notification Service when the
# Official Account's app id, app secret, OA secret key (for the webhook's signature), the
# two approved template ids and a first refresh token (from the OA's API explorer; the site
# stores the next ones itself) are set; by SMS through eSMS.vn when its keys and registered
# brand name are set. Without them, staff get e-mail only, and the admin says so. The base
# URLs point the clients at other addresses (local fakes in tests).
ZALO_APP_ID = os.environ.get("ZALO_APP_ID", "")
ZALO_APP_SECRET = os.environ.get("ZALO_APP_SECRET", "")
ZALO_OA_SECRET_KEY = os.environ.get("ZALO_OA_SECRET_KEY", "")
ZALO_TEMPLATE_ID = os.environ.get("ZALO_TEMPLATE_ID", "")
ZALO_CODE_TEMPLATE_ID = os.environ.get("ZALO_CODE_TEMPLATE_ID", "")
ZALO_REFRESH_TOKEN = os.environ.get("ZALO_REFRESH_TOKEN", "")
ZALO_API_BASE = os.environ.get("ZALO_API_BASE", "https://business.openapi.zalo.me")
ZALO_OAUTH_BASE = os.environ.get("ZALO_OAUTH_BASE", "https://oauth.zaloapp.com")
ESMS_API_KEY = os.environ.get("ESMS_API_KEY", "")
ESMS_SECRET_KEY = os.environ.get("ESMS_SECRET_KEY", "")
ESMS_BRANDNAME = os.environ.get("ESMS_BRANDNAME", "")
ESMS_SANDBOX = os.environ.get("ESMS_SANDBOX", "") == "1"
ESMS_API_BASE = os.environ.get("ESMS_API_BASE", "https://rest.esms.vn")
# What payOS charges the shop for each transfer it confirms, in đồng, as the channel's plan
# says; posted to the cooperatives' ledgers as a payment fee.
PAYOS_FEE_PER_TRANSFER = int(os.environ.get("PAYOS_FEE_PER_TRANSFER", "0"))
# Machine-translated drafts for editors (base/machine_translation.py), offered only with a
# DeepL key. DEEPL_SERVER_URL points the deepl library at another API address (a local fake in
# tests); a free key ("…:fx") finds the free API by itself.
DEEPL_AUTH_KEY = os.environ.get("DEEPL_AUTH_KEY", "")
DEEPL_SERVER_URL = os.environ.get("DEEPL_SERVER_URL", "")
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = (
    {
        "CLASS": "base.machine_translation.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": DEEPL_AUTH_KEY, "SERVER_URL": DEEPL_SERVER_URL},
    }
    if DEEPL_AUTH_KEY
    else None
)
# How long after a card order's deadline `manage.py process_orders` still leaves it alone.
# Stripe closes the payment page exactly at the deadline, so the webhook of a payment made in
# its last moments may still be on its way; an order whose page closed unpaid is cancelled
# sooner by Stripe's own checkout.session.expired event.
CARD_PAYMENT_GRACE = timedelta(minutes=30)
# Paying again gives a card order a fresh payment page, but never past CARD_ORDER_HOLD after
# it was placed and never more than CARD_PAYMENT_ATTEMPTS times: an unpaid order holds its
# stock, and must not hold it for ever.
CARD_ORDER_HOLD = timedelta(hours=6)
CARD_PAYMENT_ATTEMPTS = 5
# Unpaid orders hold stock (a transfer for days, cash on delivery until it arrives): how many
# one buyer may have open at once, counted by phone, by e-mail and by delivery address each.
UNPAID_ORDERS_PER_BUYER = 3

# === A caching proxy in front of the site (docs/deployment.md, section 6) ===================
# Purges also go to the proxy at FRONTEND_CACHE_PURGE_URL (e.g. http://127.0.0.1:6083, the
# purge listener of deploy/varnish/default.vcl), sent by craftsite.purges through Wagtail's
# frontend cache; unset, there is none and nothing is sent. Wagtail's app is installed (in
# INSTALLED_APPS) without its own publish handlers (craftsite.frontend_cache). The purged
# addresses already name each translation's own page, so Wagtail must not copy each one into
# every language prefix.
FRONTEND_CACHE_PURGE_URL = os.environ.get("FRONTEND_CACHE_PURGE_URL", "").strip()
WAGTAILFRONTENDCACHE = (
    {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_PURGE_URL,
        }
    }
    if FRONTEND_CACHE_PURGE_URL
    else {}
)
WAGTAILFRONTENDCACHE_LANGUAGES = []

# === Indicative prices in other currencies (currencies/, docs/features.md) ==================
# Beside every VND price, visitors may see an indicative amount in one of these currencies,
# listed in this order in the footer's chooser; the charge is always in VND. A language's
# default is shown until the visitor chooses (none on /vi/). Rates are fetched daily by
# `manage.py fetch_exchange_rates` from EXCHANGE_RATES_URL, a document in Vietcombank's XML
# format; the public rates document may be kept by browsers and shared caches this long.
INDICATIVE_CURRENCIES = [
    ("USD", _("US dollar")),
    ("EUR", _("euro")),
    ("GBP", _("pound sterling")),
    ("AUD", _("Australian dollar")),
    ("JPY", _("Japanese yen")),
    ("KRW", _("South Korean won")),
    ("CNY", _("Chinese yuan")),
]
DEFAULT_INDICATIVE_CURRENCY = {"en": "USD"}
EXCHANGE_RATES_URL = os.environ.get(
    "EXCHANGE_RATES_URL",
    "https://portal.vietcombank.com.vn/Usercontrols/TVPortal.TyGia/pXML.aspx",
)
EXCHANGE_RATES_TIMEOUT = 15
EXCHANGE_RATES_MAX_AGE = 60 * 60

# === Personal data (craftsite/personal_data.py, docs/features.md) ===========================
# The version of the privacy notice in force: each order, enquiry and class registration
# records the one its person agreed to. Change it whenever the notice changes.
PRIVACY_NOTICE_VERSION = "2026-12"
# How long, in days, the personal details of each purpose are kept before
# `manage.py anonymise_personal_data` blanks them: from the order's date (finished orders
# only; the amounts stay for the accounts), the enquiry's date, the end of the class, the
# review's date (and no later than its order's details go), the visit request's date, and
# the last time the Department reviewed a person's entry in the programme's registry
# (programme/), and a staff member's phone for Zalo or SMS from their last sign-in
# (notifications/).
PERSONAL_DATA_RETENTION_DAYS = {
    "order": 730,
    "enquiry": 365,
    "class_registration": 365,
    "review": 730,
    "programme_registry": 1825,
    "visit_request": 365,
    "staff_messaging": 365,
}
