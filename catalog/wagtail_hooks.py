from django.core.exceptions import PermissionDenied
from django.db.models import OuterRef, Subquery
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Locale
from wagtail.permissions import register_permission_policy
from wagtail.snippets.views.snippets import SnippetViewSet

from catalog.admin_enquiries import EnquiryViewSet
from catalog.admin_forms import PayoutAccountForm, VariantForm
from catalog.admin_orders import FulfilmentPermissionPolicy, FulfilmentViewSet, OrderViewSet
from catalog.models import (
    Enquiry,
    Fulfilment,
    Material,
    Motif,
    Order,
    PayoutAccount,
    ProductPage,
    ProductVariant,
    ShippingZone,
)
from catalog.panels import CooperativeWorkPanel, OverdueEnquiriesPanel
from catalog.permissions import (
    CooperativeRecordPermissionPolicy,
    OrderPermissionPolicy,
    VariantPermissionPolicy,
)

register_permission_policy(ProductVariant, VariantPermissionPolicy(ProductVariant))
register_permission_policy(Order, OrderPermissionPolicy(Order))
register_permission_policy(Fulfilment, FulfilmentPermissionPolicy(Fulfilment))
register_permission_policy(Enquiry, CooperativeRecordPermissionPolicy(Enquiry))


class OwnVariantMixin:
    """Refuse a variant of a product the user may not edit, whatever URL they type."""

    def get_object(self, *args, **kwargs):
        variant = super().get_object(*args, **kwargs)
        if not self.permission_policy.user_has_any_permission_for_instance(
            self.request.user, ["change", "view"], variant
        ):
            raise PermissionDenied
        return variant


class VariantIndexView(generic.IndexView):
    def get_base_queryset(self):
        titles = ProductPage.objects.filter(
            translation_key=OuterRef("product_key"), locale=Locale.get_default()
        ).values("title")[:1]
        return self.permission_policy.instances_user_has_any_permission_for(
            self.request.user, ["change", "view"]
        ).annotate(product_title=Subquery(titles))


class VariantEditView(OwnVariantMixin, generic.EditView):
    pass


class VariantDeleteView(OwnVariantMixin, generic.DeleteView):
    pass


class VariantHistoryView(OwnVariantMixin, history.HistoryView):
    pass


class VariantUsageView(OwnVariantMixin, usage.UsageView):
    pass


class VariantViewSet(ModelViewSet):
    """Price and stock of each variant: what cooperative staff change most, on a phone."""

    model = ProductVariant
    icon = "tag"
    menu_label = _("Price and stock")
    index_view_class = VariantIndexView
    edit_view_class = VariantEditView
    delete_view_class = VariantDeleteView
    history_view_class = VariantHistoryView
    usage_view_class = VariantUsageView
    list_display = [
        "sku",
        Column("product_title", label=_("Product")),
        "label",
        "price",
        "stock",
        "active",
    ]
    list_filter = ["active"]
    search_fields = ["sku", "label", "label_en"]
    ordering = ["sku"]
    copy_view_enabled = False

    def get_form_class(self, for_update=False):
        return VariantForm


class PayoutAccountViewSet(ModelViewSet):
    """Bank details for paying cooperatives: site administrators only."""

    model = PayoutAccount
    icon = "doc-full"
    menu_label = _("Payout accounts")
    list_display = ["cooperative", "bank", "account_holder"]
    copy_view_enabled = False

    def get_form_class(self, for_update=False):
        return PayoutAccountForm


class MaterialViewSet(SnippetViewSet):
    model = Material
    icon = "list-ul"
    list_display = ["name", "locale"]
    search_fields = ["name"]


class MotifViewSet(SnippetViewSet):
    model = Motif
    icon = "pick"
    list_display = ["name", "locale"]
    search_fields = ["name", "meaning"]


class ShippingZoneViewSet(SnippetViewSet):
    """Delivery zones and weight tiers: site administrators only."""

    model = ShippingZone
    icon = "site"
    list_display = ["name", "home", "free_above"]


class ShopViewSetGroup(ViewSetGroup):
    menu_label = _("Shop")
    menu_icon = "tag"
    menu_order = 250
    items = (
        OrderViewSet("orders"),
        VariantViewSet("variants"),
        MaterialViewSet(),
        MotifViewSet(),
        ShippingZoneViewSet(),
        PayoutAccountViewSet("payout_accounts"),
    )


@hooks.register("register_admin_viewset")
def register_shop_admin():
    return ShopViewSetGroup()


@hooks.register("register_admin_viewset")
def register_orders_to_send():
    return FulfilmentViewSet("fulfilments")


@hooks.register("register_admin_viewset")
def register_enquiries():
    return EnquiryViewSet("enquiries")


@hooks.register("construct_homepage_panels")
def add_work_panels(request, panels):
    for panel in (OverdueEnquiriesPanel(request.user), CooperativeWorkPanel(request.user)):
        if panel.shown:
            panels.insert(0, panel)
