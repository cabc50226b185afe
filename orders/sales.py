"""What the cooperatives sold, defined once: the cooperative's dashboard counts it here, and
the programme report (monitoring) builds its figures on the same definitions.

- A sale is a line of an order that is paid and not cancelled, for the items the buyer kept:
  its quantity less those refunded (`refunded_quantity`, kept by payments.refunds). Cash-on-
  delivery orders are marked paid when the cash is in; refunded and cancelled orders, and
  lines refunded whole, are not sales.
- Its revenue is unit price × kept quantity as the order line recorded it, in whole đồng.
  Delivery fees, refunded or not, are not revenue of the crafts.
- Its makers' share is that revenue × the makers' share (%) the cooperative declared on the
  product when it was sold, as the order line recorded it, rounded down to the đồng, so that
  no figure claims more than was declared and a past figure does not move when the
  declaration changes or the product is deleted. A line that recorded no share (sold before
  shares were recorded, its product gone by then) counts 0."""

from dataclasses import dataclass

from django.db.models import F

from craftsite.money import makers_share_of
from craftsite.periods import start_of_month
from orders.models import Order, OrderLine


def sold_lines():
    """Every order line that is a sale, with `sold`: how many of it the buyer kept."""
    return (
        OrderLine.objects.filter(order__payment_status=Order.PaymentStatus.PAID)
        .exclude(order__status=Order.Status.CANCELLED)
        .annotate(sold=F("quantity") - F("refunded_quantity"))
        .filter(sold__gt=0)
    )


@dataclass(frozen=True)
class MonthSales:
    orders: int = 0
    revenue: int = 0
    makers_share: int = 0


def sales_this_month(cooperative_keys, now=None):
    """{cooperative translation key: MonthSales} of the orders placed this month, for the
    cooperatives with these keys (none sold: no entry). One query, however many orders."""
    lines = (
        sold_lines()
        .filter(
            order__created_at__gte=start_of_month(now),
            fulfilment__cooperative__translation_key__in=cooperative_keys,
        )
        .values_list(
            "fulfilment__cooperative__translation_key",
            "order_id",
            "unit_price",
            "sold",
            "makers_share_percent",
        )
    )
    orders, revenue, shares = {}, {}, {}
    for key, order_id, unit_price, quantity, percent in lines:
        line_revenue = unit_price * quantity
        orders.setdefault(key, set()).add(order_id)
        revenue[key] = revenue.get(key, 0) + line_revenue
        shares[key] = shares.get(key, 0) + makers_share_of(line_revenue, percent or 0)
    return {key: MonthSales(len(orders[key]), revenue[key], shares[key]) for key in orders}
