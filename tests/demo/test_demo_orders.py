"""The demo's year of orders: spread over every month since January of last year, with paid,
cancelled and refunded orders of every payment method, made once."""

import pytest
from django.utils import timezone

from catalog.models import ProductPage
from craftsite import periods
from demo.seed.orders import seed_demo_orders
from monitoring.access import WHOLE_PROGRAMME
from monitoring.report import LABELS, period_report
from orders.models import Order
from payments.models import Refund, RefundLine

pytestmark = pytest.mark.django_db


def refunded(order):
    """What the order's refunds gave back, and what their lines add up to."""
    refunds = order.refunds.filter(status=Refund.Status.SENT)
    lines = RefundLine.objects.filter(refund__in=refunds)
    return sum(r.amount for r in refunds), sum(line.amount for line in lines)


def test_the_demo_orders_fill_last_year_and_are_made_once(programme):
    # Published a moment ago, as the demo seed leaves it.
    ProductPage.objects.filter(pk=programme["skirt"].pk).update(first_published_at=timezone.now())

    made = seed_demo_orders()

    assert made == Order.objects.count() > 100
    assert seed_demo_orders() == 0
    assert Order.objects.count() == made
    outcomes = set(Order.objects.values_list("status", "payment_status"))
    assert {
        (Order.Status.COMPLETED, Order.PaymentStatus.PAID),
        (Order.Status.CANCELLED, Order.PaymentStatus.UNPAID),
        (Order.Status.CANCELLED, Order.PaymentStatus.REFUNDED),
    } <= outcomes
    assert set(Order.objects.values_list("payment_method", flat=True)) == set(Order.Payment)
    # Refunded orders got every payment back, item by item; a few delivered ones one item.
    for order in Order.objects.filter(payment_status=Order.PaymentStatus.REFUNDED):
        assert refunded(order) == (order.total, order.total)
        assert all(line.kept_quantity == 0 for line in order.lines.all())
    partly = Order.objects.filter(refunds__isnull=False, payment_status=Order.PaymentStatus.PAID)
    assert partly.distinct().count() >= 3
    for order in partly:
        [refund] = order.refunds.all()
        assert refunded(order) == (refund.amount, order.lines.first().unit_price)
        assert sum(line.refunded_quantity for line in order.lines.all()) == 1

    last_year = periods.year(periods.this_year() - 1)
    report = period_report(last_year, "cooperative", WHOLE_PROGRAMME)
    tables = {table.key: table for table in report.tables}
    assert [orders > 0 for _month, orders, *_rest in tables["by-month"].rows] == [True] * 12
    # The shop is dated as open since then: all three products were listed last year.
    assert dict(tables["item-3-figures"].rows)[LABELS["products_listed"]] == 3
