from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BaseConfig(AppConfig):
    name = "base"
    verbose_name = _("Site")

    def ready(self):
        from base import signals  # noqa: PLC0415 (models load once the app registry is ready)

        signals.connect()
