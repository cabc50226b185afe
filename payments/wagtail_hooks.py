from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy

from catalog.panels import ACTION_HOOK, CooperativeAction
from catalog.permissions import manages_orders
from payments.admin_accounts import (
    ConfirmPayoutView,
    PayoutBatchIndexView,
    PayoutBatchView,
    PayoutStepView,
    StatementIndexView,
    StatementView,
)
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


@hooks.register("register_admin_urls")
def register_account_urls():
    return [
        path("statements/", StatementIndexView.as_view(), name="statements"),
        path(
            "statements/<int:cooperative_id>/<int:year>/<int:month>/",
            StatementView.as_view(),
            name="statement",
        ),
        path(
            "statements/<int:cooperative_id>/<int:year>/<int:month>/print/",
            StatementView.as_view(printable=True),
            name="statement_print",
        ),
        path("payouts/", PayoutBatchIndexView.as_view(), name="payout_batches"),
        path("payouts/<int:pk>/", PayoutBatchView.as_view(), name="payout_batch"),
        path(
            "payouts/payout/<int:pk>/received/", ConfirmPayoutView.as_view(), name="payout_received"
        ),
        path("payouts/payout/<int:pk>/<slug:step>/", PayoutStepView.as_view(), name="payout_step"),
    ]


class FinanceMenuItem(MenuItem):
    def is_shown(self, request):
        return manages_orders(request.user)


@hooks.register("register_shop_menu_item")
def register_statements_menu_item():
    return FinanceMenuItem(_("Statements"), reverse("statements"), icon_name="doc-full", order=70)


@hooks.register("register_shop_menu_item")
def register_payouts_menu_item():
    return FinanceMenuItem(
        _("Payouts"), reverse("payout_batches"), icon_name="doc-full-inverse", order=80
    )


@hooks.register(ACTION_HOOK)
def statement(user):
    return CooperativeAction(
        _("Money and statements"), reverse("statements"), icon="doc-full", position=60
    )
