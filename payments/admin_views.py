"""Payments in the admin: marking a transfer or cash paid and refunding are steps on an order
(added to the order admin through the `register_order_step` hook), and the cooperatives'
payout accounts are for site administrators only."""

import stripe
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Locale

from catalog.models import CooperativePage
from orders.admin_views import OrderStepView
from payments.methods import mark_paid_by_hand, method_of, refund_order
from payments.models import PayoutAccount


def can_mark_paid(order):
    """Staff record by hand what the order's payment method lets them (see
    `PaymentMethod.can_be_marked_paid`)."""
    return method_of(order).can_be_marked_paid(order)


class MarkPaidView(OrderStepView):
    name = "mark_paid"
    position = 10
    label = _("Mark paid")
    question = _(
        "Mark order %(code)s as paid? Do this only once the transfer is in the bank account "
        "or the cash is in hand. An order awaiting payment then goes to the cooperatives."
    )
    done = _("Order %(code)s is marked paid.")
    refused = _("Order %(code)s cannot be marked paid: it is paid already, or paid by card.")

    allows = staticmethod(can_mark_paid)

    def perform(self, form):
        return mark_paid_by_hand(self.object, self.request.user)


class RefundOrderView(OrderStepView):
    name = "refund"
    position = 30
    label = _("Refund")
    button_class = "button button-secondary"
    question = _(
        "Refund order %(code)s? A card payment is refunded through Stripe now. For a transfer "
        "or cash, give the money back yourself first, then record it here."
    )
    done = _("Order %(code)s is refunded.")
    refused = _("Order %(code)s cannot be refunded: it is not paid, or refunded already.")

    @staticmethod
    def allows(order):
        return order.is_paid

    def perform(self, form):
        refund_order(self.object, user=self.request.user)
        return True

    def post(self, request, *args, **kwargs):
        """Stripe may refuse a card refund: then nothing is recorded and staff see why."""
        try:
            return super().post(request, *args, **kwargs)
        except stripe.StripeError as error:
            message = _("Stripe did not refund order %(code)s: %(error)s")
            return self.refuse(message % {"code": self.object.code, "error": error})


class PayoutAccountForm(WagtailAdminModelForm):
    class Meta:
        model = PayoutAccount
        fields = ["cooperative", "bank", "account_number", "account_holder"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["cooperative"].queryset = CooperativePage.objects.filter(
            locale=Locale.get_default()
        ).order_by("title")


class PayoutAccountViewSet(ModelViewSet):
    """Bank details for paying cooperatives: site administrators only."""

    model = PayoutAccount
    icon = "doc-full"
    menu_label = _("Payout accounts")
    menu_hook = "register_shop_menu_item"
    menu_order = 60
    list_display = ["cooperative", "bank", "account_holder"]
    copy_view_enabled = False

    def get_form_class(self, for_update=False):
        return PayoutAccountForm
