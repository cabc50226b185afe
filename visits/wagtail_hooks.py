from wagtail import hooks
from wagtail.permissions import register_permission_policy

from visits.admin_views import VisitHostViewSet, VisitRequestViewSet
from visits.models import VisitRequest
from visits.permissions import VillageRecordPermissionPolicy

register_permission_policy(VisitRequest, VillageRecordPermissionPolicy(VisitRequest))


@hooks.register("register_admin_viewset")
def register_visit_requests():
    return VisitRequestViewSet("visit_requests")


@hooks.register("register_admin_viewset")
def register_visit_hosts():
    return VisitHostViewSet("visit_hosts")
