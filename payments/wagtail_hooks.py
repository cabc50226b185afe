from wagtail import hooks

from payments.admin_views import MarkPaidView, PayoutAccountViewSet, RefundOrderView


@hooks.register("register_order_step")
def mark_paid():
    return MarkPaidView


@hooks.register("register_order_step")
def refund():
    return RefundOrderView


@hooks.register("register_admin_viewset")
def register_payout_accounts():
    return PayoutAccountViewSet("payout_accounts")
