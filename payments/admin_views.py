"""Payments in the admin: marking a transfer or cash paid, refunding the whole order and
refunding some items are steps on an order (added to the order admin through the
`register_order_step` hook), and the cooperatives' payout accounts are for site
administrators only."""

import secrets

import stripe
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Locale

from base.templatetags.site_tags import vnd
from catalog.models import CooperativePage
from orders.admin_views import StepView
from payments.methods import mark_paid_by_hand, method_of, refund_order
from payments.models import Payment, PayoutAccount
from payments.refunds import delivery_refunded, refund_items


def can_mark_paid(order):
    """Staff record by hand what the order's payment method lets them (see
    `PaymentMethod.can_be_marked_paid`)."""
    return method_of(order).can_be_marked_paid(order)


class MarkPaidView(StepView):
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


class RefundOrderView(StepView):
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
            return self.refuse(message % {"code": self.object, "error": error})


class RefundItemsForm(forms.Form):
    """How many of each line to refund (up to what is left), how much of each parcel's
    delivery fee, whether the items came back, why, and, when the money goes back by a
    transfer staff make, the bank's reference of that transfer. A hidden key makes the
    same form posted twice one refund."""

    returned = forms.BooleanField(
        label=_("The items came back: put them back on sale"), required=False
    )
    reason = forms.CharField(label=_("Reason"), max_length=200)
    bank_reference = forms.CharField(
        label=_("Bank's reference of the transfer you made to the buyer"),
        max_length=80,
        required=False,
    )
    form_key = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, order, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.order = order
        self.fields["form_key"].initial = secrets.token_urlsafe(16)
        self.by_card = not order.payments.filter(status=Payment.Status.PAID).exclude(
            provider=Payment.Provider.STRIPE
        )
        if not self.by_card:
            self.fields["bank_reference"].required = True
        else:
            del self.fields["bank_reference"]
        self.lines = {}
        for line in order.lines.select_related("fulfilment__cooperative").order_by(
            "fulfilment_id", "pk"
        ):
            name = f"line_{line.pk}"
            self.fields[name] = forms.IntegerField(
                label=_("%(item)s (%(variant)s), %(price)s each: how many to refund")
                % {
                    "item": line.product_title,
                    "variant": line.variant_label,
                    "price": vnd(line.unit_price),
                },
                help_text=_("Up to %(left)s.") % {"left": line.kept_quantity},
                min_value=0,
                max_value=line.kept_quantity,
                initial=0,
            )
            self.lines[name] = line
        self.parts = {}
        for part in order.fulfilments.select_related("cooperative"):
            left = part.delivery_fee - delivery_refunded(part)
            if not left:
                continue
            name = f"delivery_{part.pk}"
            self.fields[name] = forms.IntegerField(
                label=_("Delivery fee of %(cooperative)s to refund (đồng)")
                % {"cooperative": part.cooperative.title},
                help_text=_("Up to %(left)s.") % {"left": vnd(left)},
                min_value=0,
                max_value=left,
                initial=0,
            )
            self.parts[name] = part
        self.order_fields(
            [*self.lines, *self.parts, "returned", "reason", "bank_reference", "form_key"]
        )

    def clean(self):
        data = super().clean()
        if not any(data.get(name) for name in [*self.lines, *self.parts]):
            raise forms.ValidationError(_("Choose at least one item or delivery fee to refund."))
        return data

    def asked(self):
        """What to refund, as `refund_items` takes it."""
        data = self.cleaned_data
        return {
            "lines": {line: data[name] for name, line in self.lines.items() if data[name]},
            "delivery": {part: data[name] for name, part in self.parts.items() if data[name]},
            "returned": data["returned"],
            "reason": data["reason"],
            "bank_reference": data.get("bank_reference", ""),
            "form_key": data["form_key"],
        }


class RefundItemsView(StepView):
    name = "refund_items"
    position = 25
    label = _("Refund items")
    button_class = "button button-secondary"
    question = _(
        "Refund some items or delivery fees of order %(code)s. A card payment is refunded "
        "through Stripe now. For a transfer or cash, transfer the money to the buyer "
        "yourself first, then record it here with the bank's reference."
    )
    done = _("The refund of order %(code)s is recorded; the buyer is told by e-mail.")
    refused = _(
        "Nothing more of order %(code)s was refunded: this form was sent already, or the "
        "order is no longer paid."
    )
    form_class = RefundItemsForm

    @staticmethod
    def allows(order):
        return order.is_paid or order.refunds.filter(items_unknown=True).exists()

    def get_form(self):
        data = self.request.POST if self.request.method == "POST" else None
        return self.form_class(self.object, data)

    def perform(self, form):
        return bool(refund_items(self.object, user=self.request.user, **form.asked()))

    def post(self, request, *args, **kwargs):
        """Stripe may refuse a card refund: then it is recorded as failed, nothing else
        changes, and staff see why."""
        try:
            return super().post(request, *args, **kwargs)
        except stripe.StripeError as error:
            message = _("Stripe did not refund order %(code)s: %(error)s")
            return self.refuse(message % {"code": self.object, "error": error})


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
