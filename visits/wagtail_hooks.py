from wagtail import hooks
from wagtail.permissions import register_permission_policy

from visits.admin_views import VisitHostViewSet, VisitRequestViewSet
from visits.models import VisitRequest
from visits.panels import VillageHostPanel, hosted_villages
from visits.permissions import VillageRecordPermissionPolicy

register_permission_policy(VisitRequest, VillageRecordPermissionPolicy(VisitRequest))


@hooks.register("register_admin_viewset")
def register_visit_requests():
    return VisitRequestViewSet("visit_requests")


@hooks.register("register_admin_viewset")
def register_visit_hosts():
    return VisitHostViewSet("visit_hosts")


@hooks.register("construct_homepage_panels")
def add_village_host_panel(request, panels):
    """A village's host finds the requests waiting for them first on the admin's home."""
    if villages := hosted_villages(request.user):
        panels.insert(0, VillageHostPanel(request.user, villages))
