from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from catalog.panels import ACTION_HOOK, PART_HOOK, CooperativeAction
from craftsite.periods import start_of_month
from orders.admin_fulfilments import (
    FulfilmentPermissionPolicy,
    FulfilmentViewSet,
    fulfilments_to_pack,
)
from orders.admin_views import OrderViewSet
from orders.models import Fulfilment, Order, ShippingZone
from orders.permissions import OrderPermissionPolicy
from orders.sales import MonthSales, sales_this_month

register_permission_policy(Order, OrderPermissionPolicy(Order))
register_permission_policy(Fulfilment, FulfilmentPermissionPolicy(Fulfilment))


class ShippingZoneViewSet(SnippetViewSet):
    """Delivery zones and weight tiers: site administrators only."""

    model = ShippingZone
    icon = "site"
    menu_hook = "register_shop_menu_item"
    menu_order = 50
    list_display = ["name", "home", "free_above"]


register_snippet(ShippingZoneViewSet)


@hooks.register("register_admin_viewset")
def register_orders():
    return OrderViewSet("orders")


@hooks.register("register_admin_viewset")
def register_orders_to_send():
    return FulfilmentViewSet("fulfilments")


@hooks.register(ACTION_HOOK)
def orders_to_send(user):
    return CooperativeAction(
        _("Orders to send"),
        reverse("fulfilments:index") + "?status=new",
        icon="clipboard-list",
        position=20,
        count=fulfilments_to_pack(user).count(),
    )


class MonthSalesPart(Component):
    """This month's orders, revenue and makers' share of each cooperative the user works
    for, by the programme report's definitions (orders.sales)."""

    template_name = "orders/admin/cooperative_month_sales.html"

    def __init__(self, cooperatives):
        self.cooperatives = cooperatives

    def get_context_data(self, parent_context):
        keys = [cooperative.translation_key for cooperative in self.cooperatives]
        sales = sales_this_month(keys)
        return {
            "cooperatives": [
                {"page": cooperative, "sales": sales.get(cooperative.translation_key, MonthSales())}
                for cooperative in self.cooperatives
            ],
            "month": start_of_month(),
        }


@hooks.register(PART_HOOK)
def month_sales(user, cooperatives):
    return MonthSalesPart(cooperatives)
