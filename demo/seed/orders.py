"""Seed the demo orders (orders app) for the programme report: every month from January of
last year to today, so that "last year" is a whole year, and the demo shop dated as open
since then. Most orders are paid and delivered; some are cancelled before payment, some
refunded (each payment given back whole, with its items); a few delivered ones had one item
refunded (broken on the way, not sent back); the last week's are still on their way
(cash-on-delivery ones not yet paid).
Buyers are fictional. The numbers are seeded, so every run makes the same orders; made in a
few bulk queries, so the demo seed stays quick. Orders a month, payment methods and buyers
come from demo/data/demo_orders.yaml."""

import calendar
import datetime
import random
from collections import defaultdict
from dataclasses import dataclass

from django.db import transaction
from django.db.models import F, Min
from django.utils import timezone
from wagtail.models import Locale, Page

from catalog.models import CooperativePage, ProductPage, ProductVariant
from craftsite.periods import VIETNAM, local_day, start_of
from demo.data import load
from orders.models import Fulfilment, Order, OrderEvent, OrderLine
from payments.models import Payment, PaymentEvent, Refund, RefundLine

CODE_PREFIX = "LN-DEMO-"
DELIVERY_FEE = 30_000
STILL_ON_ITS_WAY = datetime.timedelta(days=7)
DAY = datetime.timedelta(days=1)
# One delivered order in this many had an item refunded.
PARTLY_REFUNDED_EVERY = 15


@dataclass
class Plan:
    order: Order
    placed_at: datetime.datetime
    parts: dict  # {cooperative page: [(product page, variant, quantity), …]}
    outcome: str  # a key of OUTCOMES


def seed_demo_orders():
    """Create the demo orders unless some exist already; returns how many were made."""
    if Order.objects.filter(code__startswith=CODE_PREFIX).exists():
        return 0
    catalogue = catalogue_on_sale()
    if not catalogue:
        return 0
    today = local_day(timezone.now())
    opened_at = start_of(datetime.date(today.year - 1, 1, 1))
    rng = random.Random(8)  # Resolution 08-NQ/TU
    plans = [
        plan_order(rng, catalogue, placed_at, today)
        for placed_at in order_times(rng, today)
        if placed_at <= timezone.now()
    ]
    with transaction.atomic():
        date_the_shop(catalogue, opened_at)
        create(plans)
    return len(plans)


def date_the_shop(catalogue, opened_at):
    """The demo's cooperatives and products were published a moment ago, yet sell from
    January of last year: move the publication of those published since back to then,
    keeping their order, or the report would count them as listed only from today."""
    keys = [cooperative.translation_key for cooperative in catalogue]
    keys += [product.translation_key for items in catalogue.values() for product, _v in items]
    pages = Page.objects.filter(translation_key__in=keys, first_published_at__gt=opened_at)
    first = pages.aggregate(first=Min("first_published_at"))["first"]
    if first:
        pages.update(first_published_at=F("first_published_at") - (first - opened_at))


def catalogue_on_sale():
    """{cooperative page: [(product page, variant), …]} of the products on sale, from the
    pages in the main language."""
    locale = Locale.get_default()
    cooperatives = {page.path: page for page in CooperativePage.objects.filter(locale=locale)}
    catalogue = defaultdict(list)
    variants = ProductVariant.objects.filter(
        product__locale=locale, product__live=True, active=True
    ).select_related("product")
    for variant in variants.order_by("sku"):
        cooperative = cooperatives.get(variant.product.path[: -ProductPage.steplen])
        if cooperative:
            catalogue[cooperative].append((variant.product, variant))
    return dict(catalogue)


def order_times(rng, today):
    """When each order was placed, month after month from January of last year."""
    orders_per_month = load("demo_orders")["orders_per_month"]
    year, month = today.year - 1, 1
    while (year, month) <= (today.year, today.month):
        days = calendar.monthrange(year, month)[1]
        for _ in range(orders_per_month[month]):
            day = datetime.date(year, month, rng.randint(1, days))
            hour, minute = rng.randint(7, 22), rng.randint(0, 59)
            yield datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=VIETNAM)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def plan_order(rng, catalogue, placed_at, today):
    """One order: its fields, its parts, and what happened to it."""
    tables = load("demo_orders")
    method = rng.choices(*zip(*tables["payment_methods"], strict=True))[0]
    name, phone, province, commune, street = rng.choice(tables["buyers"])
    cooperatives = rng.sample(list(catalogue), k=1 if rng.random() < 0.85 else 2)
    parts = {cooperative: plan_part(rng, catalogue[cooperative]) for cooperative in cooperatives}
    recent = today - local_day(placed_at) < STILL_ON_ITS_WAY
    outcome = (
        "on_its_way"
        if recent
        else rng.choices(["delivered", "cancelled", "refunded"], weights=[80, 12, 8])[0]
    )
    order = Order(
        code="",  # numbered when all are planned
        language=rng.choice(["vi", "vi", "vi", "en"]),
        name=name,
        phone=phone,
        email=f"buyer{phone[-4:]}@example.test",
        province=province,
        commune=commune,
        street=street,
        payment_method=method,
        goods_total=sum(
            variant.price * quantity
            for items in parts.values()
            for _product, variant, quantity in items
        ),
        delivery_total=DELIVERY_FEE * len(parts),
        **OUTCOMES[outcome](method, placed_at),
    )
    return Plan(order, placed_at, parts, outcome)


def plan_part(rng, products):
    """One or two of a cooperative's products, mostly one piece of each."""
    chosen = rng.sample(products, k=min(len(products), rng.choice([1, 1, 2])))
    return [(product, variant, rng.choice([1, 1, 1, 2, 2, 3])) for product, variant in chosen]


def delivered(method, placed_at):
    return {
        "status": Order.Status.COMPLETED,
        "payment_status": Order.PaymentStatus.PAID,
        "confirmed_at": placed_at + datetime.timedelta(hours=1),
    }


def cancelled(method, placed_at):
    """Cancelled before payment: a transfer or card payment that never came, or a buyer who
    changed their mind before the parcel left."""
    return {
        "status": Order.Status.CANCELLED,
        "payment_status": Order.PaymentStatus.UNPAID,
        "confirmed_at": placed_at if method == Order.Payment.CASH_ON_DELIVERY else None,
    }


def refunded(method, placed_at):
    return {
        "status": Order.Status.CANCELLED,
        "payment_status": Order.PaymentStatus.REFUNDED,
        "confirmed_at": placed_at + datetime.timedelta(hours=1),
    }


def on_its_way(method, placed_at):
    """Confirmed and not yet delivered: cash on delivery is not paid until it is."""
    cash = method == Order.Payment.CASH_ON_DELIVERY
    return {
        "status": Order.Status.CONFIRMED,
        "payment_status": Order.PaymentStatus.UNPAID if cash else Order.PaymentStatus.PAID,
        "confirmed_at": placed_at + datetime.timedelta(hours=1),
    }


OUTCOMES = {
    "delivered": delivered,
    "cancelled": cancelled,
    "refunded": refunded,
    "on_its_way": on_its_way,
}
PART_STATUS = {
    "delivered": Fulfilment.Status.DELIVERED,
    "cancelled": Fulfilment.Status.CANCELLED,
    "refunded": Fulfilment.Status.CANCELLED,
    "on_its_way": Fulfilment.Status.NEW,
}
# The order's history as the admin shows it: what happened after it was placed.
EVENTS = {
    "delivered": ["paid", "completed"],
    "cancelled": ["cancelled"],
    "refunded": ["paid", "cancelled", "refunded"],
    "on_its_way": [],
}


def create(plans):
    """Orders, parts, lines and history in a few bulk queries. Creating sets `created_at`
    and `at` to now whatever is given, so the real times are written afterwards."""
    plans.sort(key=lambda plan: plan.placed_at)
    for number, plan in enumerate(plans, start=1):
        plan.order.code = f"{CODE_PREFIX}{number:04d}"
    Order.objects.bulk_create([plan.order for plan in plans])
    for plan in plans:
        plan.order.created_at = plan.placed_at
    Order.objects.bulk_update([plan.order for plan in plans], ["created_at"])

    parts, lines, history = [], [], []
    for plan in plans:
        order = plan.order
        for cooperative, items in plan.parts.items():
            part = Fulfilment(
                order=order,
                cooperative=cooperative,
                delivery_fee=DELIVERY_FEE,
                status=PART_STATUS[plan.outcome],
            )
            if plan.outcome == "delivered":
                part.carrier, part.tracking_number = "Viettel Post", f"VTP{order.pk:08d}"
                part.shipped_at = plan.placed_at + datetime.timedelta(days=1)
            parts.append(part)
            lines += [
                OrderLine.snapshot(part, product, variant, quantity)
                for product, variant, quantity in items
            ]
        steps = [(OrderEvent.Action.PLACED, order.payment_method)] + [
            (step, "") for step in EVENTS[plan.outcome]
        ]
        history += [
            (OrderEvent(order=order, action=action, detail=detail), plan.placed_at + day * DAY)
            for day, (action, detail) in enumerate(steps)
        ]
    Fulfilment.objects.bulk_create(parts)
    OrderLine.objects.bulk_create(lines)
    payments = record_payments([plan.order for plan in plans], parts, lines)
    record_refunds(plans, payments, lines)
    events = OrderEvent.objects.bulk_create([event for event, _at in history])
    for event, at in history:
        event.at = at
    OrderEvent.objects.bulk_update(events, ["at"])


PROVIDER = {
    Order.Payment.CASH_ON_DELIVERY: Payment.Provider.CASH,
    Order.Payment.BANK_TRANSFER: Payment.Provider.BANK,
    Order.Payment.CARD: Payment.Provider.STRIPE,
}


def record_payments(orders, parts, lines):
    """The payments of the orders paid or refunded: cash per parcel, as the carrier
    collected it the day after it left; a transfer or a card payment of the whole order,
    when it was confirmed, otherwise."""
    goods = defaultdict(int)
    for line in lines:
        goods[line.fulfilment] += line.unit_price * line.quantity
    parts_of = defaultdict(list)
    for part in parts:
        parts_of[part.order].append(part)
    payments = []
    for order in orders:
        if order.payment_status == Order.PaymentStatus.UNPAID:
            continue
        kind = {"order": order, "method": order.payment_method, "status": order.payment_status}
        kind["provider"] = PROVIDER[order.payment_method]
        if order.payment_method == Order.Payment.CASH_ON_DELIVERY:
            payments += [
                Payment(
                    **kind,
                    fulfilment=part,
                    amount=goods[part] + part.delivery_fee,
                    paid_at=part.shipped_at + DAY if part.shipped_at else order.confirmed_at,
                )
                for part in parts_of[order]
            ]
        else:
            payments.append(Payment(**kind, amount=order.total, paid_at=order.confirmed_at))
    Payment.objects.bulk_create(payments)
    PaymentEvent.objects.bulk_create(
        PaymentEvent(payment=payment, status=payment.status) for payment in payments
    )
    return payments


def record_refunds(plans, payments, lines):
    """The refunds, as `payments.refunds` records them: each payment of a refunded order
    given back whole, two days after it came, with every item and fee it paid for; and in
    one delivered order of PARTLY_REFUNDED_EVERY, one piece of its first line refunded from
    the payment that brought it, its order still paid."""
    lines_of = defaultdict(list)
    for line in lines:
        lines_of[line.fulfilment].append(line)
    payments_of = defaultdict(list)
    for payment in payments:
        payments_of[payment.order].append(payment)
    refunds = []  # (Refund, [RefundLine])
    for number, plan in enumerate(plans, start=1):
        order = plan.order
        if plan.outcome == "refunded":
            for payment in payments_of[order]:
                parts = [payment.fulfilment] if payment.fulfilment else order_parts(lines, order)
                items = [
                    RefundLine(
                        fulfilment=line.fulfilment,
                        order_line=line,
                        quantity=line.quantity,
                        amount=line.unit_price * line.quantity,
                    )
                    for part in parts
                    for line in lines_of[part]
                ]
                items += [RefundLine(fulfilment=part, amount=part.delivery_fee) for part in parts]
                refunds.append((given_back(payment, payment.amount, plan), items))
        elif plan.outcome == "delivered" and number % PARTLY_REFUNDED_EVERY == 0:
            line = lines_of[order_parts(lines, order)[0]][0]
            payment = next(
                payment
                for payment in payments_of[order]
                if payment.fulfilment in (None, line.fulfilment)
            )
            item = RefundLine(
                fulfilment=line.fulfilment, order_line=line, quantity=1, amount=line.unit_price
            )
            refund = given_back(payment, line.unit_price, plan)
            refund.reason = "Vỡ trong lúc vận chuyển"
            refunds.append((refund, [item]))
    Refund.objects.bulk_create([refund for refund, _items in refunds])
    for refund, items in refunds:
        for item in items:
            item.refund = refund
            if item.order_line:
                item.order_line.refunded_quantity += item.quantity
    RefundLine.objects.bulk_create([item for _refund, items in refunds for item in items])
    OrderLine.objects.bulk_update(
        [line for line in lines if line.refunded_quantity], ["refunded_quantity"]
    )
    for refund, _items in refunds:
        refund.created_at = refund.sent_at
    Refund.objects.bulk_update([refund for refund, _items in refunds], ["created_at"])


def order_parts(lines, order):
    """The order's parts, in the order they were made."""
    return list(dict.fromkeys(line.fulfilment for line in lines if line.order == order))


def given_back(payment, amount, plan):
    """A refund of `amount` from `payment`, sent two days after the order was placed: through
    Stripe for a card, by a transfer the staff made otherwise."""
    by_card = payment.provider == Payment.Provider.STRIPE
    return Refund(
        order=payment.order,
        payment=payment,
        amount=amount,
        status=Refund.Status.SENT,
        sent_at=plan.placed_at + 2 * DAY,
        provider_refund_id=f"re_demo_{payment.pk}" if by_card else "",
        bank_reference="" if by_card else f"FT-DEMO-{payment.pk:06d}",
        reason="Khách hủy đơn",
    )
