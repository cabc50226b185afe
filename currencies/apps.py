from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CurrenciesConfig(AppConfig):
    name = "currencies"
    verbose_name = _("Currencies")

    def ready(self):
        from currencies import purges  # noqa: PLC0415 (models load once the app registry is ready)

        purges.register()
