"""Visit requests in the admin: an inbox where each village's hosts read and answer their
villages' requests on a phone, and site administrators see every village's; and the list of
hosts, where administrators name who answers for each village. Visitors make requests on
the public site, so nothing here adds, edits or deletes one; every change is a call into
`visits.services`."""

import django_filters
from django import forms
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Case, Value, When
from django.http import Http404
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import (
    Column,
    DateColumn,
    StatusFlagColumn,
    StatusTagColumn,
    TitleColumn,
)
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import BooleanRadioSelect
from wagtail.models import Locale

from catalog.permissions import OwnCooperativeRecordMixin, manages_orders
from craftsite.overdue import overdue_label
from craftsite.states import TransitionNotAllowed
from stories.models import VillagePage
from visits.forms import AnswerForm
from visits.hosts import give_host_rights
from visits.models import ANSWER_WITHIN, VisitHost, VisitRequest
from visits.services import answer_visit_request

OVERDUE_LABEL = overdue_label(ANSWER_WITHIN)
# Columns a phone leaves out (catalog/static/catalog/css/admin.css).
WIDE_SCREEN_ONLY = "wide-screen-only"


class VisitRequestFilterSet(WagtailFilterSet):
    overdue = django_filters.BooleanFilter(
        label=OVERDUE_LABEL, field_name="overdue", widget=BooleanRadioSelect
    )

    class Meta:
        model = VisitRequest
        fields = ["status"]


class VisitRequestIndexView(generic.IndexView):
    """The user's requests, new ones first, then the soonest visits: what to answer next is
    at the top, and those waiting too long are flagged."""

    any_permission_required = ["view", "change"]
    page_title = _("Visit requests")

    def get_base_queryset(self):
        requests = self.permission_policy.instances_user_has_any_permission_for(
            self.request.user, self.any_permission_required
        )
        return requests.select_related("village").with_overdue_flag()

    def order_queryset(self, queryset):
        new_first = Case(When(status=VisitRequest.Status.NEW, then=Value(0)), default=Value(1))
        return queryset.order_by(new_first, "arrival", "-pk")

    @cached_property
    def columns(self):
        columns = [
            TitleColumn("name", label=_("Visitor"), get_url=self.get_edit_url),
            DateColumn("arrival", label=_("Arrival")),
            Column("group_size", label=_("Group size"), classname=WIDE_SCREEN_ONLY),
            Column("get_kind_display", label=_("What"), classname=WIDE_SCREEN_ONLY),
            StatusTagColumn(
                "get_status_display",
                label=_("Status"),
                primary=lambda visit: visit.status == VisitRequest.Status.NEW,
            ),
            StatusFlagColumn("overdue", label=_("Waiting"), true_label=OVERDUE_LABEL),
        ]
        if manages_orders(self.request.user):
            columns.insert(1, Column("village", label=_("Village")))
        return columns

    def get_edit_url(self, instance):
        return reverse(self.edit_url_name, args=[instance.pk])

    def get_list_more_buttons(self, instance):
        return []  # one tap on the visitor opens the request


class VisitRequestView(OwnCooperativeRecordMixin, WagtailAdminTemplateMixin, TemplateView):
    """One request: what the visitor asks, how to reach them, the answers so far and the
    answer form. The e-mail that tells the hosts of a new request links here. Another
    village's request is not found, as if it did not exist."""

    model = VisitRequest
    template_name = "visits/admin/visit_request.html"
    index_url_name = "visit_requests:index"
    index_label = _("Visit requests")

    def get_base_object_queryset(self):
        return VisitRequest.objects.select_related("village").with_overdue_flag()

    def get_object(self):
        try:
            return super().get_object()
        except PermissionDenied as refused:
            raise Http404 from refused

    def get_page_title(self):
        return _("Visit request no. %(number)s") % {"number": self.object.pk}

    def get_context_data(self, **kwargs):
        if self.can_change and self.object.transitions.targets(self.object.status):
            kwargs.setdefault("answer_form", AnswerForm(visit_request=self.object))
        return super().get_context_data(
            visit_request=self.object,
            answers=self.object.answers.select_related("user"),
            overdue_label=OVERDUE_LABEL,
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        if not self.can_change:
            raise PermissionDenied
        form = AnswerForm(request.POST, visit_request=self.object)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(answer_form=form), status=400)
        try:
            answer_visit_request(
                self.object,
                outcome=form.cleaned_data["outcome"],
                note=form.cleaned_data["note"],
                arrival=form.cleaned_data["proposed_arrival"],
                departure=form.cleaned_data["proposed_departure"],
                user=request.user,
            )
        except TransitionNotAllowed as refusal:
            messages.error(request, str(refusal))
            return redirect(request.path)
        if self.object.email:
            messages.success(
                request,
                _("Your answer is on its way to %(email)s.") % {"email": self.object.email},
            )
        else:
            messages.success(
                request,
                _("Answer saved. Please call the visitor to tell them: they gave no e-mail."),
            )
        return redirect(request.path)


class VisitRequestViewSet(ModelViewSet):
    """The visit requests inbox, in the menu of hosts and site administrators."""

    model = VisitRequest
    icon = "calendar"
    menu_label = _("Visit requests")
    menu_order = 246
    add_to_admin_menu = True
    index_view_class = VisitRequestIndexView
    filterset_class = VisitRequestFilterSet
    search_fields = ["name", "email", "phone", "message"]
    copy_view_enabled = False

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<int:pk>/", self.construct_view(VisitRequestView), name="edit"),
        ]

    def get_permissions_to_register(self):
        return Permission.objects.filter(
            content_type__app_label="visits",
            codename__in=["view_visitrequest", "change_visitrequest"],
        )


class VisitHostForm(WagtailAdminModelForm):
    """Naming a host: the village (its Vietnamese page) and the person, who then can log in
    and answer that village's requests."""

    class Meta:
        model = VisitHost
        fields = ["village", "user"]
        help_texts = {
            "village": _("The village whose visit requests this person answers."),
            "user": _(
                "The person who answers: they get an e-mail for each request and see only "
                "their villages' requests. Make them a user first (Settings → Users)."
            ),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["village"].queryset = VillagePage.objects.filter(
            locale=Locale.get_default()
        ).order_by("title")
        self.fields["village"].widget = forms.Select(choices=self.fields["village"].choices)

    @transaction.atomic
    def save(self, commit=True):
        host = super().save(commit=commit)
        give_host_rights(host.user)
        return host


class VisitHostViewSet(ModelViewSet):
    """Who answers each village's visit requests, kept by site administrators."""

    model = VisitHost
    icon = "group"
    menu_label = _("Village hosts")
    menu_order = 247
    add_to_settings_menu = True
    list_display = ["village", "user"]
    list_filter = ["village"]
    copy_view_enabled = False
    inspect_view_enabled = False

    def get_form_class(self, for_update=False):
        return VisitHostForm
