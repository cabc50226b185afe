from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OfflineSalesConfig(AppConfig):
    name = "offline_sales"
    verbose_name = _("Sales outside the site")
