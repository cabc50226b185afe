from wagtail import hooks
from wagtail.permissions import register_permission_policy

from payments.admin_transfers import TransferPermissionPolicy, TransferViewSet
from payments.admin_views import (
    MarkPaidView,
    PayoutAccountViewSet,
    RefundItemsView,
    RefundOrderView,
)
from payments.models import ReceivedTransfer


@hooks.register("register_order_step")
def mark_paid():
    return MarkPaidView


@hooks.register("register_order_step")
def refund():
    return RefundOrderView


@hooks.register("register_order_step")
def refund_items():
    return RefundItemsView


@hooks.register("register_admin_viewset")
def register_payout_accounts():
    return PayoutAccountViewSet("payout_accounts")


@hooks.register("register_admin_viewset")
def register_received_transfers():
    return TransferViewSet("received_transfers")


register_permission_policy(ReceivedTransfer, TransferPermissionPolicy(ReceivedTransfer))
