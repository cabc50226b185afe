"""The first thing cooperative staff see in the admin, on a phone as much as on a computer:
large buttons for their daily work with what is waiting behind each, this month's sales, and
what needs doing in their shop. For site administrators, the enquiries cooperatives have
left waiting."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, IntegerField, Q
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page, WorkflowState

from catalog.admin_enquiries import OVERDUE_LABEL, enquiries_to_answer
from catalog.admin_orders import fulfilments_to_pack
from catalog.models import Enquiry, ProductVariant
from catalog.permissions import editable_products, manages_orders
from catalog.sales import MonthSales, sales_this_month, start_of_month

LOW_STOCK = 2
OVERDUE_SHOWN = 10


def pages_in_review(pages):
    """Ids of `pages` with a workflow in progress (a workflow state names its page by a text
    id, hence the cast)."""
    ids = pages.annotate(text_id=Cast("pk", CharField())).values("text_id")
    return (
        WorkflowState.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            status=WorkflowState.STATUS_IN_PROGRESS,
            object_id__in=ids,
        )
        .annotate(page_id=Cast("object_id", IntegerField()))
        .values("page_id")
    )


class CooperativeHomePanel(Component):
    """The cooperative's home: add a product, update prices and stock, the orders to send
    and the enquiries to answer (each with how many are waiting), and this month's orders,
    revenue and makers' share of each cooperative the user works for, never another's."""

    name = "cooperative_home"
    order = 40
    template_name = "catalog/admin/cooperative_home_panel.html"

    def __init__(self, user, cooperatives):
        self.user = user
        self.cooperatives = cooperatives

    def get_context_data(self, parent_context):
        sales = sales_this_month([cooperative.translation_key for cooperative in self.cooperatives])
        return {
            "heading": self.cooperatives[0].title
            if len(self.cooperatives) == 1
            else _("Your shop"),
            "cooperatives": [
                {
                    "page": cooperative,
                    "add_product_url": reverse(
                        "wagtailadmin_pages:add", args=["catalog", "productpage", cooperative.pk]
                    ),
                    "sales": sales.get(cooperative.translation_key, MonthSales()),
                }
                for cooperative in self.cooperatives
            ],
            "to_pack": fulfilments_to_pack(self.user).count(),
            "enquiries": enquiries_to_answer(self.user),
            "month": start_of_month(),
        }


class CooperativeWorkPanel(Component):
    """Low stock, drafts and products waiting for the province's approval, for the products
    the user may edit. Shown to cooperative staff under their home panel."""

    name = "cooperative_work"
    order = 50
    template_name = "catalog/admin/cooperative_work_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        products = editable_products(self.user).filter(locale=Locale.get_default())
        titles = dict(products.values_list("translation_key", "title"))
        low_stock = ProductVariant.objects.filter(
            product_key__in=products.values("translation_key"), active=True, stock__lte=LOW_STOCK
        ).order_by("stock", "sku")
        for variant in low_stock:
            variant.product_title = titles.get(variant.product_key, "")
        in_review = products.filter(pk__in=pages_in_review(products))
        return {
            "heading": _("Your products"),
            "low_stock": low_stock,
            "low_stock_limit": LOW_STOCK,
            "drafts": products.filter(Q(live=False) | Q(has_unpublished_changes=True))
            .exclude(pk__in=in_review)
            .order_by("-latest_revision_created_at")[:20],
            "in_review": in_review.order_by("-latest_revision_created_at")[:20],
        }


class OverdueEnquiriesPanel(Component):
    """For site administrators: the enquiries of every cooperative still unanswered after
    the time allowed, oldest first, so that someone can call the cooperative. Shown only
    when there are some."""

    name = "overdue_enquiries"
    order = 60
    template_name = "catalog/admin/overdue_enquiries_panel.html"

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
