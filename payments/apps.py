from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PaymentsConfig(AppConfig):
    name = "payments"
    verbose_name = _("Payments")

    def ready(self):
        # Models, and what uses them, load once the app registry is ready.
        from orders.signals import fulfilment_delivered, order_completed  # noqa: PLC0415
        from payments.cash import collect_cash_on_delivery, settle_completed_order  # noqa: PLC0415

        fulfilment_delivered.connect(collect_cash_on_delivery, dispatch_uid="payments-cash")
        order_completed.connect(settle_completed_order, dispatch_uid="payments-cash-settle")
