from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from pillow_heif import register_heif_opener


class BaseConfig(AppConfig):
    name = "base"
    verbose_name = _("Site")

    def ready(self):
        from base import signals  # noqa: PLC0415 (models load once the app registry is ready)
        from craftsite.spreadsheets import (  # noqa: PLC0415 (Wagtail's admin views import models)
            protect_wagtail_csv_exports,
        )

        signals.connect()
        protect_wagtail_csv_exports()
        register_heif_opener()  # iPhones' photos (HEIC) open in Pillow wherever it opens one
