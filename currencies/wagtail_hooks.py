"""The administrator's screen of exchange rates, under Settings: the fetched rate of each
currency with its date and source, and an override that wins while it is set."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from currencies.models import ExchangeRate


class ExchangeRateViewSet(ModelViewSet):
    model = ExchangeRate
    icon = "cogs"
    menu_label = _("Exchange rates")
    add_to_settings_menu = True
    form_fields = ["currency", "override"]
    list_display = ["currency", "fetched_rate", "rate_date", "override", "source"]
    inspect_view_enabled = False


@hooks.register("register_admin_viewset")
def register_exchange_rates():
    return ExchangeRateViewSet("exchange_rates")
