"""Wholesale enquiries in the admin: an inbox where each cooperative's staff read and answer
the enquiries sent to their cooperative, and site administrators see every cooperative's.
Buyers' names, e-mails and phones are personal data: nobody else sees them. Buyers make
enquiries on the public site, so nothing here adds, edits or deletes one; every change is a
call into `enquiries.services`."""

import django_filters
from django import forms
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.db.models import Case, Count, Value, When
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
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
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import BooleanRadioSelect

from catalog.permissions import (
    CooperativeRecordPermissionPolicy,
    OwnCooperativeRecordMixin,
    manages_orders,
)
from craftsite.overdue import overdue_label
from enquiries.models import ANSWER_WITHIN, Enquiry, unanswered_for_too_long
from enquiries.services import answer_enquiry, change_enquiry_status

OVERDUE_LABEL = overdue_label(ANSWER_WITHIN)
# Columns a phone leaves out (catalog/static/catalog/css/admin.css).
WIDE_SCREEN_ONLY = "wide-screen-only"


def enquiries_to_answer(user):
    """How many new enquiries `user` may answer, and how many of them have waited too long:
    the work waiting for them, counted in one query."""
    enquiries = CooperativeRecordPermissionPolicy(Enquiry).instances_user_has_permission_for(
        user, "change"
    )
    return enquiries.filter(status=Enquiry.Status.NEW).aggregate(
        new=Count("pk"), overdue=Count("pk", filter=unanswered_for_too_long())
    )


class EnquiryFilterSet(WagtailFilterSet):
    overdue = django_filters.BooleanFilter(
        label=OVERDUE_LABEL, field_name="overdue", widget=BooleanRadioSelect
    )

    class Meta:
        model = Enquiry
        fields = ["status"]


class EnquiryIndexView(generic.IndexView):
    """The user's enquiries, new ones first, then the newest: what to answer next is at the
    top, and those waiting too long are flagged."""

    any_permission_required = ["view", "change"]
    page_title = _("Wholesale enquiries")

    def get_base_queryset(self):
        enquiries = self.permission_policy.instances_user_has_any_permission_for(
            self.request.user, self.any_permission_required
        )
        return enquiries.select_related("cooperative").with_overdue_flag()

    def order_queryset(self, queryset):
        new_first = Case(When(status=Enquiry.Status.NEW, then=Value(0)), default=Value(1))
        return queryset.order_by(new_first, "-created_at", "-pk")

    @cached_property
    def columns(self):
        columns = [
            TitleColumn(
                "name",
                label=_("Buyer"),
                accessor=lambda enquiry: ", ".join(
                    filter(None, [enquiry.name, enquiry.organisation])
                ),
                get_url=self.get_edit_url,
            ),
            DateColumn("created_at", label=_("Received")),
            Column("wanted", label=_("What"), classname=WIDE_SCREEN_ONLY),
            Column("quantity", label=_("Quantity"), classname=WIDE_SCREEN_ONLY),
            StatusTagColumn(
                "get_status_display",
                label=_("Status"),
                primary=lambda enquiry: enquiry.status == Enquiry.Status.NEW,
            ),
            StatusFlagColumn("overdue", label=_("Waiting"), true_label=OVERDUE_LABEL),
        ]
        if manages_orders(self.request.user):
            columns.insert(1, Column("cooperative", label=_("Cooperative")))
        return columns

    def get_edit_url(self, instance):
        return reverse(self.edit_url_name, args=[instance.pk])

    def get_list_more_buttons(self, instance):
        return []  # one tap on the buyer opens the enquiry


class ReplyForm(forms.Form):
    body = forms.CharField(
        label=_("Your reply"),
        max_length=5000,
        help_text=_(
            "The buyer receives it by e-mail; their answer goes to your cooperative's address."
        ),
        widget=forms.Textarea(attrs={"rows": 8}),
    )


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"))

    def __init__(self, *args, enquiry, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [
            (status, Enquiry.Status(status).label)
            for status in Enquiry.transitions.targets(enquiry.status)
        ]


class EnquiryView(OwnCooperativeRecordMixin, WagtailAdminTemplateMixin, TemplateView):
    """One enquiry: what the buyer asks and how to reach them, the replies so far, a reply
    form (the buyer receives the reply by e-mail) and the deal's status. The e-mail that
    tells the cooperative of a new enquiry links here."""

    model = Enquiry
    template_name = "enquiries/admin/enquiry.html"
    index_label = _("Wholesale enquiries")

    def get_base_object_queryset(self):
        return Enquiry.objects.select_related("cooperative", "product").with_overdue_flag()

    def get_page_title(self):
        return _("Enquiry no. %(number)s") % {"number": self.object.pk}

    def get_context_data(self, **kwargs):
        kwargs.setdefault("reply_form", ReplyForm())
        kwargs.setdefault(
            "status_form", StatusForm(initial={"status": self.object.status}, enquiry=self.object)
        )
        return super().get_context_data(
            enquiry=self.object,
            replies=self.object.replies.select_related("user"),
            can_change=self.can_change,
            overdue_label=OVERDUE_LABEL,
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        if not self.can_change:
            raise PermissionDenied
        if request.POST.get("action") == "reply":
            return self.reply(ReplyForm(request.POST))
        return self.change_status(StatusForm(request.POST, enquiry=self.object))

    def reply(self, form):
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(reply_form=form), status=400)
        answer_enquiry(self.object, form.cleaned_data["body"], self.request.user)
        messages.success(
            self.request,
            _("Your reply is on its way to %(email)s.") % {"email": self.object.email},
        )
        return redirect(self.request.path)

    def change_status(self, form):
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(status_form=form), status=400)
        enquiry = change_enquiry_status(self.object, form.cleaned_data["status"])
        messages.success(
            self.request,
            _("Enquiry no. %(number)s is marked %(status)s.")
            % {"number": enquiry.pk, "status": enquiry.get_status_display()},
        )
        return redirect(self.request.path)


class EnquiryViewSet(ModelViewSet):
    """The enquiries inbox, in the menu of cooperative staff and site administrators."""

    model = Enquiry
    icon = "mail"
    menu_label = _("Wholesale enquiries")
    menu_order = 245
    add_to_admin_menu = True
    index_view_class = EnquiryIndexView
    filterset_class = EnquiryFilterSet
    search_fields = ["name", "organisation", "email", "wanted"]
    copy_view_enabled = False

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<int:pk>/", self.construct_view(EnquiryView), name="edit"),
        ]

    def get_permissions_to_register(self):
        return Permission.objects.filter(
            content_type__app_label="enquiries", codename__in=["view_enquiry", "change_enquiry"]
        )
