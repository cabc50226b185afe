"""Received transfers in the admin, for those who manage orders: every transfer the
transfer service announced, the ones to review first, and the two decisions on one: record
it as an order's payment, or note that it was sent back. Nothing here adds, edits or deletes
a transfer: only the service's signed notices make them."""

import django_filters
from django import forms
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, StatusFlagColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import BooleanRadioSelect

from base.templatetags.site_tags import vnd
from orders.admin_views import StepsViewSetMixin, StepView
from orders.models import Order
from orders.permissions import OrderPermissionPolicy
from payments.models import ReceivedTransfer
from payments.transfers import REVIEW_HELP, mark_returned, record_as_payment


class TransferPermissionPolicy(OrderPermissionPolicy):
    """Transfers are reviewed by those who confirm orders' payments: `orders.manage_order`."""


class TransferFilterSet(WagtailFilterSet):
    to_review = django_filters.BooleanFilter(
        label=_("To review"), method="filter_to_review", widget=BooleanRadioSelect
    )

    class Meta:
        model = ReceivedTransfer
        fields = ["outcome", "resolution"]

    def filter_to_review(self, queryset, name, value):
        open_ones = queryset.exclude(outcome=ReceivedTransfer.Outcome.APPLIED).filter(
            resolution=ReceivedTransfer.Resolution.OPEN
        )
        return open_ones if value else queryset.exclude(pk__in=open_ones)


class TransferDetailView(generic.InspectView):
    """One transfer: what the bank said, what it turned out to be, what to do with it."""

    template_name = "payments/admin/transfer_detail.html"
    steps = {}

    def get_context_data(self, **kwargs):
        transfer = self.object
        return super().get_context_data(
            transfer=transfer,
            advice=REVIEW_HELP.get(transfer.outcome, ""),
            steps=[
                (step, reverse(url_name, args=[transfer.pk]))
                for step, url_name in self.steps.items()
                if step.allows(transfer)
            ],
            **kwargs,
        )


class RecordForm(forms.Form):
    order_code = forms.CharField(
        label=_("Order number"),
        max_length=20,
        help_text=_("The order this money pays, e.g. LN-261206-7KQ4."),
    )
    note = forms.CharField(label=_("Note (optional)"), max_length=200, required=False)

    def clean_order_code(self):
        code = self.cleaned_data["order_code"].strip().upper()
        order = Order.objects.filter(code=code).first()
        if order is None:
            raise forms.ValidationError(_("No order has the number %(code)s.") % {"code": code})
        self.order = order
        return code


class ReturnForm(forms.Form):
    note = forms.CharField(
        label=_("Bank reference of the money sent back"),
        max_length=200,
        help_text=_("So that the sender and the accounts can find it."),
    )


class TransferStepView(StepView):
    model = ReceivedTransfer

    @staticmethod
    def allows(transfer):
        return transfer.to_review

    def get_form(self):
        data = self.request.POST if self.request.method == "POST" else None
        return self.form_class(data, initial=self.initial())

    def initial(self):
        return {}


class RecordTransferView(TransferStepView):
    name = "record"
    position = 10
    label = _("Record as the order's payment")
    form_class = RecordForm
    question = _(
        "Record transfer %(code)s as the payment of an order? The order is paid by it if it "
        "brings what is due; more than is due is flagged for a refund of the difference."
    )
    done = _("Transfer %(code)s is recorded as the order's payment.")
    refused = _("Transfer %(code)s was decided on already.")

    def initial(self):
        payment = self.object.payment
        return {"order_code": payment.order.code} if payment else {}

    def perform(self, form):
        return record_as_payment(
            self.object, form.order, self.request.user, form.cleaned_data["note"]
        )


class ReturnTransferView(TransferStepView):
    name = "returned"
    position = 20
    label = _("Sent back to the sender")
    button_class = "button button-secondary"
    form_class = ReturnForm
    question = _(
        "Note that transfer %(code)s was sent back to its sender? Send it from the bank "
        "first, then record its reference here."
    )
    done = _("Transfer %(code)s is noted as sent back.")
    refused = _("Transfer %(code)s was decided on already.")

    def perform(self, form):
        return mark_returned(self.object, self.request.user, form.cleaned_data["note"])


class TransferViewSet(StepsViewSetMixin, ModelViewSet):
    """Transfers the bank-transfer service announced, those to review first."""

    model = ReceivedTransfer
    permission_policy = TransferPermissionPolicy(ReceivedTransfer)
    icon = "doc-full-inverse"
    menu_label = _("Received transfers")
    menu_hook = "register_shop_menu_item"
    menu_order = 15
    inspect_view_enabled = True
    inspect_view_class = TransferDetailView
    copy_view_enabled = False
    filterset_class = TransferFilterSet
    search_fields = ["reference", "description", "sender_name"]
    list_display = [
        DateColumn("paid_at", label=_("Transferred at"), sort_key="paid_at"),
        Column("amount", label=_("Amount"), accessor=lambda transfer: vnd(transfer.amount)),
        "description",
        "sender_name",
        "outcome",
        StatusFlagColumn("to_review", label=_("To review"), true_label=_("To review")),
    ]
    steps = [RecordTransferView, ReturnTransferView]
