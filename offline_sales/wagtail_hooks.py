from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from catalog.panels import ACTION_HOOK, CooperativeAction
from offline_sales.admin_views import OfflineSaleViewSet
from offline_sales.models import OfflineSale
from offline_sales.permissions import OfflineSalePermissionPolicy

policy = OfflineSalePermissionPolicy(OfflineSale)
register_permission_policy(OfflineSale, policy)


@hooks.register("register_admin_viewset")
def register_offline_sales():
    return OfflineSaleViewSet("offline_sales")


@hooks.register(ACTION_HOOK)
def record_a_sale(user):
    """One tap from the cooperative's home to the form of a sale made at a fair, in the
    village or through a shop."""
    if not policy.user_has_permission(user, "add"):
        return None
    return CooperativeAction(
        _("Record a sale outside the site"),
        reverse("offline_sales:add"),
        icon="tag",
        position=50,
    )
