from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrdersConfig(AppConfig):
    name = "orders"
    verbose_name = _("Orders")

    def ready(self):
        # Models, and the abstract one of personal data, load once the app registry is ready.
        from craftsite.personal_data import keep_personal_data  # noqa: PLC0415
        from notifications.overdue import check_daily  # noqa: PLC0415
        from orders.emails import notify_overdue_parts  # noqa: PLC0415
        from orders.privacy import ORDERS  # noqa: PLC0415

        keep_personal_data(ORDERS)
        check_daily(notify_overdue_parts)
