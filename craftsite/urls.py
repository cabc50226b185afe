from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, register_converter
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from base import views
from base.sitemaps import MultilingualSitemap
from craftsite.admin_login import ThrottledLoginView
from craftsite.converters import PageIdConverter
from currencies.views import exchange_rates
from payments.views import payos_webhook, stripe_webhook

# The apps' URLs name pages by id with <page_id:…>.
register_converter(PageIdConverter, "page_id")

# A database out of reach answers 503, anything else that fails 500 (craftsite.errors).
handler500 = "craftsite.errors.server_error"

urlpatterns = [
    path("admin/login/", ThrottledLoginView.as_view(), name="wagtailadmin_login"),
    path("admin/", include(wagtailadmin_urls)),
    path("htx/labels/", include("labels.staff_urls")),
    path("htx/", include("backoffice.urls")),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}),
    path("robots.txt", views.robots_txt),
    path("health/", views.health, name="health"),
    path("payments/stripe/webhook/", stripe_webhook, name="stripe_webhook"),
    path("payments/payos/webhook/", payos_webhook, name="payos_webhook"),
    path("exchange-rates.json", exchange_rates, name="exchange_rates"),
    path("notifications/", include("notifications.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page lives under its language: /vi/… and /en/…; "/" redirects by Accept-Language.
urlpatterns += i18n_patterns(
    path("search/", views.search, name="search"),
    path("", include("checkout.urls")),
    path("", include("enquiries.urls")),
    path("", include("visits.urls")),
    path("", include("reviews.urls")),
    path("", include("stories.urls")),
    path("", include("labels.urls")),
    path("", include("currencies.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
