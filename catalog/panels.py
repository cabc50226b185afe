"""The first thing cooperative staff see in the admin: what needs doing in their shop."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import Locale

from catalog.models import ProductVariant
from catalog.permissions import editable_products

LOW_STOCK = 2


class CooperativeWorkPanel(Component):
    """Low stock, drafts and products waiting for the province's approval, for the products
    the user may edit. Shown to cooperative staff, not to site administrators, who see
    every product."""

    name = "cooperative_work"
    order = 50
    template_name = "catalog/admin/cooperative_work_panel.html"

    def __init__(self, user):
        self.user = user
        self.shown = not user.is_superuser and editable_products(user).exists()

    def get_context_data(self, parent_context):
        products = editable_products(self.user).filter(locale=Locale.get_default())
        titles = dict(products.values_list("translation_key", "title"))
        low_stock = ProductVariant.objects.filter(
            product_key__in=products.values("translation_key"), active=True, stock__lte=LOW_STOCK
        ).order_by("stock", "sku")
        for variant in low_stock:
            variant.product_title = titles.get(variant.product_key, "")
        return {
            "heading": _("Your shop"),
            "low_stock": low_stock,
            "low_stock_limit": LOW_STOCK,
            "drafts": products.filter(Q(live=False) | Q(has_unpublished_changes=True))
            .exclude(_workflow_states__status="in_progress")
            .order_by("-latest_revision_created_at")[:20],
            "in_review": products.filter(_workflow_states__status="in_progress").order_by(
                "-latest_revision_created_at"
            )[:20],
        }
