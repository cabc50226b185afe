"""Each cooperative's own parts of orders ("Orders to send"): its staff pack and ship them and
print packing slips; site administrators see them all."""

from django import forms
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.db.models import Case, Sum, Value, When
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.ui.tables import (
    Column,
    DateColumn,
    StatusTagColumn,
    TitleColumn,
)
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet

from catalog.permissions import (
    CooperativeRecordPermissionPolicy,
    OwnCooperativeRecordMixin,
    manages_orders,
)
from craftsite.states import TransitionNotAllowed
from orders.models import Fulfilment, Order
from orders.services import advance_fulfilment, next_step


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


# The steps staff take, in order: (button, message once done). Cancelling a part is for
# site administrators, who cancel and refund the order. The light back office offers the
# same steps.
STEPS = {
    Fulfilment.Status.PACKED: (_("Mark packed"), _("Order %(code)s: marked packed.")),
    Fulfilment.Status.READY: (
        _("Mark ready to collect"),
        _("Order %(code)s: ready to collect; the buyer is told."),
    ),
    Fulfilment.Status.SHIPPED: (
        _("Mark shipped"),
        _("Order %(code)s: marked shipped; the buyer is told."),
    ),
    Fulfilment.Status.DELIVERED: (_("Mark delivered"), _("Order %(code)s: marked delivered.")),
}


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

    template_name = "orders/admin/fulfilment.html"
    index_label = _("Orders to send")
    packing_slip_url_name = None
    steps = STEPS

    def get_page_title(self):
        return _("Order %(code)s") % {"code": self.object.order.code}

    def next_step(self):
        """The first step the part may take now, if the user may take it: one button at a
        time on a small screen."""
        if self.can_change:
            return next_step(self.object, self.steps)

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

    template_name = "orders/admin/packing_slip.html"


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
            content_type__app_label="orders",
            codename__in=["view_fulfilment", "change_fulfilment"],
        )
