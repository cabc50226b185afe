"""The first thing cooperative staff see in the admin, on a phone as much as on a computer:
large buttons for their daily work with what is waiting behind each, and what needs doing in
their shop. Orders and enquiries add their buttons and figures through hooks, so that the
catalog never reads them."""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, F, IntegerField, Q
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page, WorkflowState

from catalog.models import ProductVariant
from catalog.permissions import editable_products

LOW_STOCK = 2
ACTION_HOOK = "register_cooperative_action"
PART_HOOK = "register_cooperative_home_part"


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


@dataclass
class CooperativeAction:
    """A large button on a cooperative's home, with how much work waits behind it. Apps add
    theirs with the `register_cooperative_action` hook: a function of the user that returns
    one, or None when it is not for them."""

    label: str
    url: str
    icon: str
    position: int
    count: int | None = None
    primary: bool = False
    warning: str = ""  # shown under the buttons, as a link to warning_url
    warning_url: str = ""


class CooperativeHomePanel(Component):
    """The cooperative's home: add a product, then the actions other apps register (update
    prices and stock, the orders to send, the enquiries to answer, each with how many are
    waiting), then the parts they register with `register_cooperative_home_part` (this
    month's sales), for each cooperative the user works for, never another's."""

    name = "cooperative_home"
    order = 40
    template_name = "catalog/admin/cooperative_home_panel.html"

    def __init__(self, user, cooperatives):
        self.user = user
        self.cooperatives = cooperatives

    def get_context_data(self, parent_context):
        several = len(self.cooperatives) > 1
        actions = [add_product_action(cooperative, several) for cooperative in self.cooperatives]
        actions += filter(None, (hook(self.user) for hook in hooks.get_hooks(ACTION_HOOK)))
        return {
            "heading": _("Your shop") if several else self.cooperatives[0].title,
            "actions": sorted(actions, key=lambda action: action.position),
            "parts": [hook(self.user, self.cooperatives) for hook in hooks.get_hooks(PART_HOOK)],
        }


def add_product_action(cooperative, several):
    label = (
        _("Add a product to %(name)s") % {"name": cooperative.title}
        if several
        else _("Add a product")
    )
    url = reverse("wagtailadmin_pages:add", args=["catalog", "productpage", cooperative.pk])
    return CooperativeAction(label, url, icon="plus", position=0, primary=True)


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
        low_stock = (
            ProductVariant.objects.filter(product__in=products, active=True, stock__lte=LOW_STOCK)
            .annotate(product_title=F("product__title"))
            .order_by("stock", "sku")
        )
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
