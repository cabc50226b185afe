"""What waits for a cooperative's staff member, read for the back office's screens: each a
fixed number of queries however many orders or variants there are."""

from dataclasses import dataclass
from datetime import datetime

from django.core.paginator import Paginator
from django.db.models import Count, Min

from catalog.admin_stock import PER_PAGE, with_product_titles
from catalog.models import ProductVariant
from catalog.panels import LOW_STOCK
from catalog.permissions import VariantPermissionPolicy
from enquiries.admin_views import enquiries_to_answer
from orders.admin_fulfilments import STEPS, FulfilmentPermissionPolicy
from orders.models import Fulfilment, Order
from orders.services import next_step

# Parts of orders on the "Orders to send" screen: those still to pack, to ship or to hand
# over; shipped ones are the carrier's business now.
STILL_HERE = (Fulfilment.Status.NEW, Fulfilment.Status.PACKED, Fulfilment.Status.READY)


@dataclass
class Waiting:
    """The dashboard's figures."""

    to_send: int
    overdue: int
    oldest: datetime | None
    enquiries: int
    enquiries_overdue: int
    low_stock: int


def waiting_for(user):
    """What waits for `user` today: parts of orders to pack, ship or hand over (how many,
    how many of them late, since when the oldest waits), quote requests to answer, variants
    running out."""
    parts = parts_still_here(user).aggregate(
        count=Count("pk"),
        overdue=Count("pk", filter=Fulfilment.objects.waiting_too_long()),
        oldest=Min("order__confirmed_at"),
    )
    enquiries = enquiries_to_answer(user)
    return Waiting(
        to_send=parts["count"],
        overdue=parts["overdue"],
        oldest=parts["oldest"],
        enquiries=enquiries["new"],
        enquiries_overdue=enquiries["overdue"],
        low_stock=editable_variants(user).filter(active=True, stock__lte=LOW_STOCK).count(),
    )


def parts_still_here(user):
    """The parts of confirmed orders `user` may send that are still at the cooperative."""
    return (
        FulfilmentPermissionPolicy(Fulfilment)
        .instances_user_has_permission_for(user, "change")
        .filter(status__in=STILL_HERE, order__status=Order.Status.CONFIRMED)
    )


def parts_to_send(user):
    """The parts still at the cooperative, oldest first (the buyer who has waited longest),
    each with its order, its lines, whether it is late, and the next step to take."""
    parts = (
        parts_still_here(user)
        .select_related("order")
        .prefetch_related("lines")
        .with_overdue_flag()
        .order_by("order__confirmed_at", "pk")
    )
    parts = list(parts)
    for part in parts:
        part.next_step = next_step(part, STEPS)
        part.next_step_label = part.next_step and STEPS[part.next_step][0]
    return parts


def editable_variants(user):
    return VariantPermissionPolicy(ProductVariant).instances_user_has_permission_for(user, "change")


def variants_page(user, number):
    """One page of the variants `user` may change, by product, as the admin's price and
    stock screen lists them."""
    variants = with_product_titles(editable_variants(user)).order_by(
        "product_title", "sort_order", "pk"
    )
    return Paginator(variants, PER_PAGE).get_page(number)
