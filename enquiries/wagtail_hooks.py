from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.permissions import register_permission_policy

from catalog.panels import ACTION_HOOK, CooperativeAction
from catalog.permissions import CooperativeRecordPermissionPolicy, manages_orders
from enquiries.admin_views import OVERDUE_LABEL, EnquiryViewSet, enquiries_to_answer
from enquiries.models import Enquiry

OVERDUE_SHOWN = 10

register_permission_policy(Enquiry, CooperativeRecordPermissionPolicy(Enquiry))


@hooks.register("register_admin_viewset")
def register_enquiries():
    return EnquiryViewSet("enquiries")


@hooks.register(ACTION_HOOK)
def quote_requests_to_answer(user):
    """The new enquiries waiting for the cooperative, with a warning when some have waited
    too long."""
    waiting = enquiries_to_answer(user)
    index = reverse("enquiries:index")
    overdue = waiting["overdue"]
    warning = ngettext(
        "%(count)s of them is waiting too long: the buyer may go elsewhere.",
        "%(count)s of them are waiting too long: the buyers may go elsewhere.",
        overdue,
    ) % {"count": overdue}
    return CooperativeAction(
        _("Quote requests to answer"),
        index + "?status=new",
        icon="mail",
        position=30,
        count=waiting["new"],
        warning=warning if overdue else "",
        warning_url=index + "?overdue=true",
    )


class OverdueEnquiriesPanel(Component):
    """For site administrators: the enquiries of every cooperative still unanswered after
    the time allowed, oldest first, so that someone can call the cooperative. Shown only
    when there are some."""

    name = "overdue_enquiries"
    order = 60
    template_name = "enquiries/admin/overdue_enquiries_panel.html"

    def __init__(self, user):
        self.enquiries = []
        if manages_orders(user):
            overdue = Enquiry.objects.unanswered_for_too_long().select_related("cooperative")
            self.enquiries = list(overdue.order_by("created_at", "pk")[: OVERDUE_SHOWN + 1])
        self.shown = bool(self.enquiries)

    def get_context_data(self, parent_context):
        return {
            "heading": OVERDUE_LABEL,
            "enquiries": self.enquiries[:OVERDUE_SHOWN],
            "more": len(self.enquiries) > OVERDUE_SHOWN,
        }


@hooks.register("construct_homepage_panels")
def add_overdue_enquiries(request, panels):
    """Site administrators see the enquiries cooperatives have left waiting."""
    overdue = OverdueEnquiriesPanel(request.user)
    if overdue.shown:
        panels.append(overdue)
