"""The demo's years of orders reconciled to the đồng, per cooperative and in total: the money
the payments brought less the items refunded, the cooperatives' ledgers, their monthly
statements and the programme report tell the same story."""

import datetime
from collections import defaultdict
from decimal import Decimal

import pytest
from django.db.models import Sum

from craftsite import periods
from demo.seed.ledger import seed_demo_ledger
from demo.seed.orders import seed_demo_orders
from monitoring.access import WHOLE_PROGRAMME
from monitoring.report import BREAKDOWN_COLUMNS, period_report
from orders.models import Fulfilment, Order
from payments.ledger import balance
from payments.models import LedgerEntry, Payment, Payout, PayoutAccount, Refund, RefundLine
from payments.statements import next_month, statement

pytestmark = pytest.mark.django_db

Kind = LedgerEntry.Kind


@pytest.fixture
def demo_years(programme):
    """The demo orders since January of last year on the programme's shop, with the
    weavers paying the shop 1,5 % commission, and their ledgers and monthly payouts."""
    for cooperative, percent in ((programme["weavers"], "1.5"), (programme["baskets"], "0")):
        PayoutAccount.objects.create(
            cooperative=cooperative,
            bank="BIDV Kon Tum",
            account_number="6211000123",
            account_holder=cooperative.title,
            commission_percent=Decimal(percent),
        )
    assert seed_demo_orders() > 100
    assert seed_demo_ledger() > 50
    return programme


def kinds(cooperative):
    """{kind: đồng} of the cooperative's ledger."""
    sums = LedgerEntry.objects.filter(cooperative=cooperative).values("kind")
    return {row["kind"]: row["total"] for row in sums.annotate(total=Sum("amount"))}


def paid_parts(cooperative):
    """The parcels of the cooperative's paid orders, as the orders recorded them."""
    return Fulfilment.objects.filter(
        cooperative=cooperative, order__payment_status=Order.PaymentStatus.PAID
    ).exclude(status=Fulfilment.Status.CANCELLED)


def brought(parts):
    """Goods and delivery of `parts`, from their order lines."""
    return sum(
        line.unit_price * line.quantity for part in parts for line in part.lines.all()
    ) + sum(part.delivery_fee for part in parts)


def test_payments_received_are_exactly_what_the_paid_orders_parcels_brought(demo_years):
    paid = Payment.objects.filter(
        status=Payment.Status.PAID, order__payment_status=Order.PaymentStatus.PAID
    )
    parts = Fulfilment.objects.filter(order__payment_status=Order.PaymentStatus.PAID).exclude(
        status=Fulfilment.Status.CANCELLED
    )

    assert paid.aggregate(total=Sum("amount"))["total"] == brought(parts.prefetch_related("lines"))


def refunded_lines(parts):
    """What was given back of `parts`, line by line (the demo refunds items, not fees)."""
    return RefundLine.objects.filter(fulfilment__in=parts, refund__status=Refund.Status.SENT)


@pytest.mark.parametrize("cooperative", ["weavers", "baskets"])
def test_each_ledger_is_the_money_received_less_refunds_commission_fees_and_payouts(
    demo_years, cooperative
):
    cooperative = demo_years[cooperative]
    sums = kinds(cooperative)
    parts = paid_parts(cooperative).prefetch_related("lines")
    goods = brought(parts) - sum(part.delivery_fee for part in parts)
    account = PayoutAccount.objects.get(cooperative=cooperative)

    def commission_on(amount):
        rate = account.commission_percent / 100
        return int((Decimal(amount) * rate).quantize(Decimal(1), rounding="ROUND_HALF_UP"))

    refunds = list(refunded_lines(parts))
    refunded = sum(line.amount for line in refunds)
    assert refunds and all(line.order_line_id for line in refunds)
    commission = sum(
        commission_on(sum(line.subtotal for line in part.lines.all())) for part in parts
    ) - sum(commission_on(line.amount) for line in refunds)
    paid_out = Payout.objects.filter(cooperative=cooperative, status="confirmed").aggregate(
        total=Sum("amount")
    )["total"]

    assert sums[Kind.GOODS] + sums[Kind.DELIVERY] == brought(parts)
    assert sums[Kind.GOODS] == goods
    assert -sums.get(Kind.COMMISSION, 0) == commission
    assert -sums[Kind.PAYOUT] == paid_out
    assert -sums[Kind.REFUND] == refunded
    assert balance(cooperative) == (
        brought(parts) - refunded - commission + sums.get(Kind.FEE, 0) - paid_out
    )
    assert (
        0 <= balance(cooperative) < brought(parts)
    )  # everything owed before this month is paid out


def test_the_card_fees_in_the_ledgers_add_up_to_the_fees_stripe_kept(demo_years):
    fees = Payment.objects.filter(
        provider="stripe", status="paid", order__payment_status=Order.PaymentStatus.PAID
    ).aggregate(total=Sum("fee"))["total"]

    assert fees > 0
    assert (
        -LedgerEntry.objects.filter(kind=Kind.FEE).aggregate(total=Sum("amount"))["total"] == fees
    )


@pytest.mark.parametrize("cooperative", ["weavers", "baskets"])
def test_the_monthly_statements_chain_and_add_up_to_the_ledger(demo_years, cooperative):
    cooperative = demo_years[cooperative]
    month = datetime.date(periods.this_year() - 1, 1, 1)
    this_month = periods.local_day(periods.timezone.now()).replace(day=1)
    totals, closing = defaultdict(int), 0

    while month <= this_month:
        month_statement = statement(cooperative, month)
        assert month_statement.opening == closing
        closing = month_statement.closing
        for kind, amount in month_statement.totals.items():
            totals[kind] += amount
        month = next_month(month)

    assert closing == balance(cooperative)
    assert {kind: amount for kind, amount in totals.items() if amount} == kinds(cooperative)


def test_the_programme_reports_revenue_and_makers_share_are_the_ledgers(demo_years):
    last_year = periods.year(periods.this_year() - 1)
    report = period_report(last_year, "cooperative", WHOLE_PROGRAMME)
    table = next(table for table in report.tables if table.key == "by-cooperative")
    revenue_at = 1 + BREAKDOWN_COLUMNS.index("revenue")
    share_at = 1 + BREAKDOWN_COLUMNS.index("makers_share")
    reported = {row[0]: (int(row[revenue_at]), int(row[share_at])) for row in table.rows}
    # Goods sold less goods refunded: the demo refunds items only, never delivery fees.
    goods = LedgerEntry.objects.filter(
        kind__in=[Kind.GOODS, Kind.REFUND],
        order__created_at__gte=last_year.starts_at,
        order__created_at__lt=last_year.ends_at,
    )

    ledger = {
        row["cooperative__title"]: (row["revenue"], row["share"])
        for row in goods.values("cooperative__title").annotate(
            revenue=Sum("amount"), share=Sum("makers_share")
        )
    }

    assert ledger == {title: figures for title, figures in reported.items() if figures != (0, 0)}
    assert sum(revenue for revenue, _share in ledger.values()) == int(table.total[revenue_at])
