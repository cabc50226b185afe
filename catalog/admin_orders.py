"""Orders in the admin. Site administrators see every order and take it through payment,
cancellation and refund; each cooperative's staff see their own parts of orders ("Orders to
send"), pack and ship them and print packing slips. Orders are made by checkout only, so
nothing here adds, edits or deletes one. Every step is a call into `catalog.services`, which
checks it against the current state: a stale page or a second click gets a message, never
a second change."""

import django_filters
import stripe
from django import forms
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.db.models import Case, Sum, Value, When
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import (
    Column,
    DateColumn,
    StatusFlagColumn,
    StatusTagColumn,
    TitleColumn,
)
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import BaseObjectMixin, WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import BooleanRadioSelect

from catalog.models import Fulfilment, Order
from catalog.payments import refund_order
from catalog.permissions import (
    CooperativeRecordPermissionPolicy,
    OwnCooperativeRecordMixin,
    manages_orders,
)
from catalog.services import (
    TransitionNotAllowed,
    advance_fulfilment,
    cancel_order,
    confirm_payment,
)
from craftsite.templatetags.craftsite_tags import vnd

# What the event log's action codes mean to a person reading the history.
EVENT_LABELS = {
    "placed": _("Placed"),
    "paid": _("Paid"),
    "flagged": _("Flagged for attention"),
    "cancelled": _("Cancelled"),
    "refunded": _("Refunded"),
    "packed": _("Packed"),
    "shipped": _("Shipped"),
    "delivered": _("Delivered"),
    "completed": _("Completed"),
}


class FulfilmentPermissionPolicy(CooperativeRecordPermissionPolicy):
    """A cooperative's part of an order, for its staff and site administrators. Parts of
    orders never confirmed (awaiting payment, or cancelled unpaid) are hidden from everyone:
    nobody should pack them or read the buyer's address. Checkout makes parts."""

    def records(self):
        return Fulfilment.objects.filter(order__confirmed_at__isnull=False)


def fulfilments_to_pack(user):
    """New parts of confirmed orders that `user` may send: the work waiting for them."""
    policy = FulfilmentPermissionPolicy(Fulfilment)
    return policy.instances_user_has_permission_for(user, "change").filter(
        status=Fulfilment.Status.NEW, order__status=Order.Status.CONFIRMED
    )


# Site administrators: all orders.


def can_mark_paid(order):
    """Staff confirm bank transfers and cash by hand; card payments only Stripe confirms. A
    transfer may arrive after its order was cancelled, and is recorded so that it is
    refunded; cash is never collected for a cancelled order."""
    if order.payment_status != Order.PaymentStatus.UNPAID:
        return False
    if order.payment_method == Order.Payment.BANK_TRANSFER:
        return True
    return order.payment_method == Order.Payment.CASH_ON_DELIVERY and (
        order.status != Order.Status.CANCELLED
    )


class OrderFilterSet(WagtailFilterSet):
    needs_attention = django_filters.BooleanFilter(
        label=_("Needs attention"), method="filter_needs_attention", widget=BooleanRadioSelect
    )

    class Meta:
        model = Order
        fields = ["status", "payment_status", "payment_method"]

    def filter_needs_attention(self, queryset, name, value):
        return queryset.exclude(attention="") if value else queryset.filter(attention="")


class OrderDetailView(generic.InspectView):
    """Everything about one order on one page: buyer, address, each cooperative's part with
    its lines, status and tracking, the totals, the history, and the steps staff may take
    now."""

    page_title = capfirst(Order._meta.verbose_name)
    template_name = "catalog/admin/orders/order_detail.html"
    steps = {}  # step view class → URL name, given by the viewset

    def get_object(self, queryset=None):
        orders = Order.objects.prefetch_related(
            "fulfilments__cooperative", "fulfilments__lines", "events__user"
        )
        return get_object_or_404(orders, pk=self.pk)

    def get_context_data(self, **kwargs):
        order = self.object
        return super().get_context_data(
            order=order,
            parts=order.fulfilments.all(),
            events=[
                (event, EVENT_LABELS.get(event.action, event.action))
                for event in order.events.all()
            ],
            steps=[
                (step, reverse(url_name, args=[order.pk]))
                for step, url_name in self.steps.items()
                if step.allows(order)
            ],
            **kwargs,
        )


class OrderStepView(
    PermissionCheckedMixin, BaseObjectMixin, WagtailAdminTemplateMixin, TemplateView
):
    """One step on an order, confirmed first: GET asks, POST acts. The step is checked
    again when it is posted, so a stale page or a second click is refused with a message
    and changes nothing."""

    model = Order
    permission_required = "manage"
    template_name = "catalog/admin/orders/confirm_step.html"
    index_url_name = None
    inspect_url_name = None
    form_class = None
    # Each step says:
    name = ""  # its URL name
    label = ""  # its button
    button_class = "button"
    question = ""  # what the confirmation page asks, with %(code)s
    done = ""  # the message once done, with %(code)s
    refused = ""  # the message when the order is not (or no longer) in a state for it

    @staticmethod
    def allows(order):
        """Whether the order is in a state for this step (the buttons shown follow it)."""
        raise NotImplementedError

    def perform(self, form):
        """Take the step; return whether anything changed."""
        raise NotImplementedError

    def get_page_title(self):
        return self.label

    def get_page_subtitle(self):
        return self.object.code

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse(self.index_url_name),
                "label": capfirst(Order._meta.verbose_name_plural),
            },
            {"url": self.detail_url, "label": self.object.code},
            {"url": "", "label": self.label},
        ]

    @cached_property
    def detail_url(self):
        return reverse(self.inspect_url_name, args=[self.object.pk])

    def get_form(self):
        if self.form_class:
            return self.form_class(self.request.POST if self.request.method == "POST" else None)

    def get_context_data(self, **kwargs):
        kwargs.setdefault("form", self.get_form())
        return super().get_context_data(
            question=self.question % {"code": self.object.code}, **kwargs
        )

    def get(self, request, *args, **kwargs):
        if not self.allows(self.object):
            return self.refuse(self.refused % {"code": self.object.code})
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        if not self.allows(self.object):
            return self.refuse(self.refused % {"code": self.object.code})
        form = self.get_form()
        if form and not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        try:
            changed = self.perform(form)
        except TransitionNotAllowed as refusal:
            return self.refuse(str(refusal))
        if not changed:
            return self.refuse(self.refused % {"code": self.object.code})
        messages.success(request, self.done % {"code": self.object.code})
        return redirect(self.detail_url)

    def refuse(self, message):
        messages.error(self.request, message)
        return redirect(self.detail_url)


class MarkPaidView(OrderStepView):
    name = "mark_paid"
    label = _("Mark paid")
    question = _(
        "Mark order %(code)s as paid? Do this only once the transfer is in the bank account "
        "or the cash is in hand. An order awaiting payment then goes to the cooperatives."
    )
    done = _("Order %(code)s is marked paid.")
    refused = _("Order %(code)s cannot be marked paid: it is paid already, or paid by card.")

    allows = staticmethod(can_mark_paid)

    def perform(self, form):
        return confirm_payment(self.object, via="staff", user=self.request.user)


class CancelForm(forms.Form):
    reason = forms.CharField(label=_("Reason (optional)"), required=False, max_length=200)


class CancelOrderView(OrderStepView):
    name = "cancel"
    label = _("Cancel order")
    button_class = "button serious"
    form_class = CancelForm
    question = _(
        "Cancel order %(code)s? Every part of it is cancelled and its items go back on sale. "
        "A paid order must then be refunded as well."
    )
    done = _("Order %(code)s is cancelled; its items are back on sale.")
    refused = _("Order %(code)s can no longer be cancelled.")

    @staticmethod
    def allows(order):
        return order.can_become(Order.Status.CANCELLED)

    def perform(self, form):
        cancel_order(self.object, user=self.request.user, reason=form.cleaned_data["reason"])
        return True


class RefundOrderView(OrderStepView):
    name = "refund"
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


class OrderViewSet(ModelViewSet):
    """Every order, for site administrators: find it, read it, take a step on it."""

    model = Order
    icon = "list-ul"
    menu_label = _("Orders")
    inspect_view_enabled = True
    inspect_view_class = OrderDetailView
    copy_view_enabled = False
    filterset_class = OrderFilterSet
    search_fields = ["code", "name", "phone", "email"]
    list_display = [
        "code",
        DateColumn("created_at", label=_("Placed at"), sort_key="created_at"),
        "name",
        Column("total", label=_("Total"), accessor=lambda order: vnd(order.total)),
        "payment_method",
        "status",
        "payment_status",
        StatusFlagColumn("attention", label=_("Attention"), true_label=_("Needs attention")),
    ]
    steps = (MarkPaidView, CancelOrderView, RefundOrderView)

    def get_inspect_view_kwargs(self, **kwargs):
        url_names = {step: self.get_url_name(step.name) for step in self.steps}
        return super().get_inspect_view_kwargs(steps=url_names, **kwargs)

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<int:pk>/", self.inspect_view, name="inspect"),
            *(
                path(
                    f"<int:pk>/{step.name.replace('_', '-')}/",
                    self.construct_view(step),
                    name=step.name,
                )
                for step in self.steps
            ),
        ]

    def get_permissions_to_register(self):
        return Permission.objects.filter(content_type__app_label="catalog", codename="manage_order")


# Cooperative staff: their own parts of orders.


class ShipForm(forms.Form):
    carrier = forms.CharField(label=_("Carrier"), max_length=80)
    tracking_number = forms.CharField(label=_("Tracking number"), max_length=80)


class FulfilmentIndexView(generic.IndexView):
    """The parts the user may send, new ones first, then the newest orders: on a phone, the
    next parcel to pack is at the top."""

    any_permission_required = ["view", "change"]
    page_title = _("Orders to send")

    def get_base_queryset(self):
        parts = self.permission_policy.instances_user_has_any_permission_for(
            self.request.user, self.any_permission_required
        )
        return parts.select_related("order", "cooperative").annotate(items=Sum("lines__quantity"))

    def order_queryset(self, queryset):
        new_first = Case(When(status=Fulfilment.Status.NEW, then=Value(0)), default=Value(1))
        return queryset.order_by(new_first, "-order__created_at", "-pk")

    @cached_property
    def columns(self):
        columns = [
            TitleColumn(
                "order",
                label=capfirst(Order._meta.verbose_name),
                accessor="order.code",
                get_url=self.get_edit_url,
            ),
            DateColumn("placed", label=_("Placed at"), accessor="order.created_at"),
            StatusTagColumn(
                "get_status_display",
                label=_("Status"),
                primary=lambda part: part.status == Fulfilment.Status.NEW,
            ),
            Column("items", label=_("Items")),
        ]
        if manages_orders(self.request.user):
            columns.insert(1, Column("cooperative", label=_("Cooperative")))
        return columns

    def get_edit_url(self, instance):
        return reverse(self.edit_url_name, args=[instance.pk])

    def get_list_more_buttons(self, instance):
        return []  # one tap on the order opens it; no menu to aim at on a small screen


class OwnFulfilmentMixin(OwnCooperativeRecordMixin):
    """A part the user may see, with its order and lines."""

    model = Fulfilment

    def get_base_object_queryset(self):
        return Fulfilment.objects.select_related("order", "cooperative").prefetch_related("lines")

    def get_context_data(self, **kwargs):
        return super().get_context_data(part=self.object, order=self.object.order, **kwargs)


class FulfilmentView(OwnFulfilmentMixin, WagtailAdminTemplateMixin, TemplateView):
    """One cooperative's part of an order: its lines only (never another cooperative's, nor
    the buyer's e-mail), where to send it, and one button for the next step. The e-mail
    telling a cooperative of a new order links here."""

    template_name = "catalog/admin/orders/fulfilment.html"
    index_url_name = None
    packing_slip_url_name = None
    # The steps staff take, in order: (button, message once done). Cancelling a part is for
    # site administrators, who cancel and refund the order.
    steps = {
        Fulfilment.Status.PACKED: (_("Mark packed"), _("Order %(code)s: marked packed.")),
        Fulfilment.Status.SHIPPED: (
            _("Mark shipped"),
            _("Order %(code)s: marked shipped; the buyer is told."),
        ),
        Fulfilment.Status.DELIVERED: (_("Mark delivered"), _("Order %(code)s: marked delivered.")),
    }

    def get_page_title(self):
        return _("Order %(code)s") % {"code": self.object.order.code}

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(self.index_url_name), "label": _("Orders to send")},
            {"url": "", "label": self.get_page_title()},
        ]

    @cached_property
    def can_change(self):
        return self.user_has_permission("change")

    def next_step(self):
        """The first step the part may take now, if the user may take it: one button at a
        time on a small screen."""
        if self.can_change:
            return next((step for step in self.steps if self.object.can_become(step)), None)

    def get_context_data(self, **kwargs):
        step = self.next_step()
        kwargs.setdefault("ship_form", ShipForm())
        return super().get_context_data(
            next_step=step,
            next_step_label=step and self.steps[step][0],
            packing_slip_url=reverse(self.packing_slip_url_name, args=[self.object.pk]),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        if not self.can_change:
            raise PermissionDenied
        step = request.POST.get("status")
        ship_form = ShipForm(request.POST) if step == Fulfilment.Status.SHIPPED else None
        if ship_form and not ship_form.is_valid():
            return self.render_to_response(self.get_context_data(ship_form=ship_form))
        try:
            self.advance(step, ship_form)
        except TransitionNotAllowed as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(request, self.steps[step][1] % {"code": self.object.order.code})
        return redirect(request.path)

    def advance(self, step, ship_form):
        """Take one of this page's steps; any other value posted is refused like a step out
        of turn."""
        if step not in self.steps:
            raise TransitionNotAllowed(_("This part of the order cannot be marked that way now."))
        advance_fulfilment(
            self.object,
            Fulfilment.Status(step),
            user=self.request.user,
            **(ship_form.cleaned_data if ship_form else {}),
        )


class PackingSlipView(OwnFulfilmentMixin, TemplateView):
    """A sheet to print and put in the parcel: order number, address, phone, and what goes
    in. A page of its own, without the admin around it."""

    template_name = "catalog/admin/orders/packing_slip.html"


class FulfilmentViewSet(ModelViewSet):
    """Parts of orders for cooperative staff to pack and send, first in their menu."""

    model = Fulfilment
    icon = "clipboard-list"
    menu_label = _("Orders to send")
    menu_order = 240
    add_to_admin_menu = True
    index_view_class = FulfilmentIndexView
    list_filter = ["status"]
    copy_view_enabled = False

    def get_urlpatterns(self):
        slip_url_name = self.get_url_name("packing_slip")
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path(
                "edit/<int:pk>/",
                self.construct_view(FulfilmentView, packing_slip_url_name=slip_url_name),
                name="edit",
            ),
            path(
                "packing-slip/<int:pk>/",
                self.construct_view(PackingSlipView),
                name="packing_slip",
            ),
        ]

    def get_permissions_to_register(self):
        return Permission.objects.filter(
            content_type__app_label="catalog",
            codename__in=["view_fulfilment", "change_fulfilment"],
        )
