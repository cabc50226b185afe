from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CraftsiteConfig(AppConfig):
    name = "craftsite"
    verbose_name = _("Site")

    def ready(self):
        from craftsite import signals

        signals.connect()
