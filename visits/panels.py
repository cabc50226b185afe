"""The first thing a village's host sees in the admin, on a phone: one large button to the
visit requests waiting for an answer, with how many wait and a warning when some have waited
too long, drawn as a cooperative's home is (catalog.panels)."""

from django.db.models import Count
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.ui.components import Component

from catalog.panels import CooperativeAction
from visits.models import VisitHost, VisitRequest
from visits.permissions import VillageRecordPermissionPolicy


def requests_to_answer(user):
    """How many new requests `user` may answer, and how many of them have waited too long,
    in one query."""
    requests = VillageRecordPermissionPolicy(VisitRequest).instances_user_has_permission_for(
        user, "change"
    )
    return requests.filter(status=VisitRequest.Status.NEW).aggregate(
        new=Count("pk"), overdue=Count("pk", filter=VisitRequest.objects.waiting_too_long())
    )


class VillageHostPanel(Component):
    """The host's home: the button to the new requests of the villages they host, never
    another village's."""

    name = "village_host_home"
    order = 40
    template_name = "catalog/admin/cooperative_home_panel.html"

    def __init__(self, user, villages):
        self.user = user
        self.villages = villages

    def get_context_data(self, parent_context):
        waiting = requests_to_answer(self.user)
        index = reverse("visit_requests:index")
        overdue = waiting["overdue"]
        warning = ngettext(
            "%(count)s of them is waiting too long: the visitor may go elsewhere.",
            "%(count)s of them are waiting too long: the visitors may go elsewhere.",
            overdue,
        ) % {"count": overdue}
        action = CooperativeAction(
            _("Visit requests to answer"),
            index + "?status=new",
            icon="mail",
            position=0,
            count=waiting["new"],
            primary=True,
            warning=warning if overdue else "",
            warning_url=index + "?overdue=true",
        )
        return {
            "panel_id": "village-host-home",
            "heading": ", ".join(self.villages),
            "actions": [action],
            "parts": [],
        }


def hosted_villages(user):
    """The titles of the villages `user` answers visit requests for."""
    return list(
        VisitHost.objects.filter(user=user)
        .order_by("village__title")
        .values_list("village__title", flat=True)
    )
