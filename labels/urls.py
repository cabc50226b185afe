from django.urls import path

from labels import views

# Under the language prefix: /vi/l/ (type a code) and /vi/l/<code> (who made this). The QR
# holds the shorter /l/<code>, which LocaleMiddleware sends to the scanner's language as it
# does "/" (i18n_patterns with prefix_default_language).
urlpatterns = [
    path("l/", views.label_check, name="label_check"),
    path("l/<str:code>", views.label_page, name="label_page"),
]
