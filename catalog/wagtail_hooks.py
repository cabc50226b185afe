from django.core.exceptions import PermissionDenied
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy
from wagtail.snippets.views.snippets import SnippetViewSet

from catalog.admin_forms import VariantForm
from catalog.admin_stock import PriceAndStockView, with_product_titles
from catalog.models import Material, Motif, ProductVariant
from catalog.models.product_form import save_variant_changes
from catalog.panels import (
    ACTION_HOOK,
    CooperativeAction,
    CooperativeHomePanel,
    CooperativeWorkPanel,
)
from catalog.permissions import (
    VariantPermissionPolicy,
    is_cooperative_staff,
    staffed_cooperatives,
)

register_permission_policy(ProductVariant, VariantPermissionPolicy(ProductVariant))


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
        return with_product_titles(
            self.permission_policy.instances_user_has_any_permission_for(
                self.request.user, ["change", "view"]
            )
        )


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
    menu_order = 20
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

    @cached_property
    def menu_url(self):
        """The menu leads to the one-screen update, which fits a phone and links to the
        full list."""
        return reverse(self.get_url_name("prices_and_stock"))

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path(
                "prices-and-stock/",
                self.construct_view(PriceAndStockView, permission_policy=self.permission_policy),
                name="prices_and_stock",
            ),
        ]


class MaterialViewSet(SnippetViewSet):
    model = Material
    menu_order = 30
    icon = "list-ul"
    list_display = ["name", "name_en"]
    search_fields = ["name", "name_en"]


class MotifViewSet(SnippetViewSet):
    model = Motif
    menu_order = 40
    icon = "pick"
    list_display = ["name", "name_en"]
    search_fields = ["name", "name_en", "meaning"]


class ShopViewSetGroup(ViewSetGroup):
    menu_label = _("Shop")
    menu_icon = "tag"
    menu_order = 250
    # Orders, delivery zones and payout accounts join from their apps with this hook.
    submenu_hook = "register_shop_menu_item"
    items = (VariantViewSet("variants"), MaterialViewSet(), MotifViewSet())


hooks.register("after_create_page", save_variant_changes)
hooks.register("after_edit_page", save_variant_changes)


@hooks.register("register_admin_viewset")
def register_shop_admin():
    return ShopViewSetGroup()


# What Wagtail offers everyone but a cooperative's staff cannot use: they approve and lock no
# pages (their home lists their drafts and the products waiting for approval instead), and
# the site-wide reports and Wagtail's English help are for the province's editors.
WAGTAIL_PANELS_NOT_FOR_COOPERATIVES = {
    "workflow_objects_to_moderate",
    "user_objects_in_workflow_moderation",
    "recent_edits",
    "locked_pages",
}
MENU_ITEMS_NOT_FOR_COOPERATIVES = {"reports", "help"}


@hooks.register("construct_homepage_panels")
def add_work_panels(request, panels):
    """A cooperative's staff get their home in place of Wagtail's panels."""
    cooperatives = list(staffed_cooperatives(request.user))
    if cooperatives:
        panels[:] = [
            panel
            for panel in panels
            if getattr(panel, "name", "") not in WAGTAIL_PANELS_NOT_FOR_COOPERATIVES
        ]
        panels += [
            CooperativeHomePanel(request.user, cooperatives),
            CooperativeWorkPanel(request.user),
        ]


@hooks.register("construct_main_menu")
def hide_menu_items_cooperatives_cannot_use(request, menu_items):
    if is_cooperative_staff(request.user):
        menu_items[:] = [
            item for item in menu_items if item.name not in MENU_ITEMS_NOT_FOR_COOPERATIVES
        ]


@hooks.register("insert_global_admin_css")
def cooperative_admin_css():
    """Large touch targets and no sideways scrolling on a phone for the screens cooperative
    staff work in."""
    return format_html('<link rel="stylesheet" href="{}">', static("catalog/css/admin.css"))


@hooks.register(ACTION_HOOK)
def update_prices_and_stock(user):
    return CooperativeAction(
        _("Update prices and stock"),
        reverse("variants:prices_and_stock"),
        icon="tag",
        position=10,
    )
