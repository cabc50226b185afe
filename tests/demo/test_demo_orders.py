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

pytestmark = pytest.mark.django_db


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

    last_year = periods.year(periods.this_year() - 1)
    report = period_report(last_year, "cooperative", WHOLE_PROGRAMME)
    tables = {table.key: table for table in report.tables}
    assert [orders > 0 for _month, orders, *_rest in tables["by-month"].rows] == [True] * 12
    # The shop is dated as open since then: all three products were listed last year.
    assert dict(tables["summary"].rows)[LABELS["products_listed"]] == 3
