"""Orders in the admin, for site administrators: every order, its parts, lines and history,
and the steps staff may take on it. Cancelling is the order's own step; payments adds marking
paid, refunding and refunding items (payments.admin_views), and the refunds the page lists,
through the `register_order_step` hook. Orders are
made by checkout only, so nothing here adds, edits or deletes one. Every step is a call into a
service that checks it against the current state: a stale page or a second click gets a
message, never a second change."""

import django_filters
from django import forms
from django.contrib.auth.models import Permission
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import (
    Column,
    DateColumn,
    StatusFlagColumn,
)
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import BaseObjectMixin, WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import BooleanRadioSelect

from base.templatetags.site_tags import vnd
from craftsite.phones import PhoneSearchMixin
from craftsite.states import TransitionNotAllowed
from orders.models import Order
from orders.services import cancel_order


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
    template_name = "orders/admin/order_detail.html"
    steps = {}  # step view class → URL name, given by the viewset

    def get_object(self, queryset=None):
        orders = Order.objects.prefetch_related(
            "fulfilments__cooperative",
            "fulfilments__lines",
            "events__user",
            "payments",
            "refunds__recorded_by",
            "refunds__lines__order_line",
            "refunds__lines__fulfilment__cooperative",
        )
        return get_object_or_404(orders, pk=self.pk)

    def get_context_data(self, **kwargs):
        order = self.object
        return super().get_context_data(
            order=order,
            parts=order.fulfilments.all(),
            events=order.events.all(),
            steps=[
                (step, reverse(url_name, args=[order.pk]))
                for step, url_name in self.steps.items()
                if step.allows(order)
            ],
            **kwargs,
        )


class StepView(PermissionCheckedMixin, BaseObjectMixin, WagtailAdminTemplateMixin, TemplateView):
    """One step on a record (an order, a received transfer), confirmed first: GET asks,
    POST acts. The step is checked again when it is posted, so a stale page or a second
    click is refused with a message and changes nothing. Messages name the record by its
    `str()` (an order's code) as %(code)s."""

    model = Order
    permission_required = "manage"
    template_name = "orders/admin/confirm_step.html"
    index_url_name = None
    inspect_url_name = None
    form_class = None
    # Each step says:
    name = ""  # its URL name
    position = 0  # where its button stands among the others
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
        return str(self.object)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse(self.index_url_name),
                "label": capfirst(self.model._meta.verbose_name_plural),
            },
            {"url": self.detail_url, "label": str(self.object)},
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
            question=self.question % {"code": str(self.object)}, **kwargs
        )

    def get(self, request, *args, **kwargs):
        if not self.allows(self.object):
            return self.refuse(self.refused % {"code": str(self.object)})
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        if not self.allows(self.object):
            return self.refuse(self.refused % {"code": str(self.object)})
        form = self.get_form()
        if form and not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        try:
            changed = self.perform(form)
        except TransitionNotAllowed as refusal:
            return self.refuse(str(refusal))
        if not changed:
            return self.refuse(self.refused % {"code": str(self.object)})
        messages.success(request, self.done % {"code": str(self.object)})
        return redirect(self.detail_url)

    def refuse(self, message):
        messages.error(self.request, message)
        return redirect(self.detail_url)


class CancelForm(forms.Form):
    reason = forms.CharField(label=_("Reason (optional)"), required=False, max_length=200)


class CancelOrderView(StepView):
    name = "cancel"
    position = 20
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


class OrderIndexView(PhoneSearchMixin, generic.IndexView):
    """Orders, found by the buyer's phone however staff type it."""


class StepsViewSetMixin:
    """A viewset of records with steps (`StepView` subclasses in `steps`): the list, each
    record's page, told its steps' URL names, and a URL for each step. Nothing adds, edits
    or deletes a record here."""

    steps = []

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


class OrderViewSet(StepsViewSetMixin, ModelViewSet):
    """Every order, for site administrators: find it, read it, take a step on it."""

    model = Order
    index_view_class = OrderIndexView
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
    menu_hook = "register_shop_menu_item"
    menu_order = 10

    @cached_property
    def steps(self):
        """Cancelling, and the steps other apps add with the `register_order_step` hook
        (payments: mark paid, refund), in the order of their `position`."""
        added = [register() for register in hooks.get_hooks("register_order_step")]
        return sorted([CancelOrderView, *added], key=lambda step: step.position)

    def get_permissions_to_register(self):
        return Permission.objects.filter(content_type__app_label="orders", codename="manage_order")
