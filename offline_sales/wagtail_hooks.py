from wagtail import hooks
from wagtail.permissions import register_permission_policy

from offline_sales.admin_views import OfflineSaleViewSet
from offline_sales.models import OfflineSale
from offline_sales.permissions import OfflineSalePermissionPolicy

register_permission_policy(OfflineSale, OfflineSalePermissionPolicy(OfflineSale))


@hooks.register("register_admin_viewset")
def register_offline_sales():
    return OfflineSaleViewSet("offline_sales")
