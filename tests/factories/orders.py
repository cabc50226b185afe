"""Orders for admin tests, made directly rather than through checkout (which has tests of its
own): one part per cooperative, each with its lines, in whatever state the test needs."""

import itertools

from django.db.models import F
from django.utils import timezone

from catalog.models import ProductVariant
from orders.models import Fulfilment, Order, OrderLine, ShippingRate, ShippingZone
from payments.models import Payment, PaymentEvent

BUYER = {
    "name": "Nguyễn Thị Lan",
    "phone": "+84912345678",
    "email": "lan@example.test",
    "province": "Thành phố Hà Nội",
    "province_code": 1,
    "commune": "Phường Ba Đình",
    "commune_code": 4,
    "street": "12 Phan Đình Phùng",
}
DELIVERY_FEE = 30_000

_numbers = itertools.count(1)


def make_order(parts, *, status=Order.Status.CONFIRMED, payment_method="cod", **fields):
    """An order of `parts`, {cooperative: [(product, quantity), …]}, with the stock taken as
    checkout takes it, so that what a cancellation returns can be counted exactly."""
    variants = {
        product.pk: ProductVariant.objects.of_product(product).get()
        for items in parts.values()
        for product, _quantity in items
    }
    told_cooperatives = status in (Order.Status.CONFIRMED, Order.Status.COMPLETED)
    order = Order.objects.create(
        **{
            **BUYER,
            "language": "vi",
            "confirmed_at": timezone.now() if told_cooperatives else None,
            **fields,
        },
        code=f"LN-TEST-{next(_numbers):04d}",
        payment_method=payment_method,
        status=status,
        goods_total=sum(
            variants[product.pk].price * quantity
            for items in parts.values()
            for product, quantity in items
        ),
        delivery_total=DELIVERY_FEE * len(parts),
    )
    for cooperative, items in parts.items():
        part = Fulfilment.objects.create(
            order=order, cooperative=cooperative, delivery_fee=DELIVERY_FEE
        )
        for product, quantity in items:
            add_line(part, product, variants[product.pk], quantity)
    if order.payment_status != Order.PaymentStatus.UNPAID:
        record_payment_of(order)
    return order


def record_payment_of(order):
    """The payment a paid (or refunded) order was paid with: its total, as staff record a
    transfer or cash, or as Stripe confirms a card."""
    provider = {"stripe": "stripe", "cod": "cash", "vietqr": "bank"}[order.payment_method]
    payment = Payment.objects.create(
        order=order,
        method=order.payment_method,
        provider=provider,
        amount=order.total,
        status=order.payment_status,
        paid_at=timezone.now(),
    )
    PaymentEvent.objects.create(payment=payment, status=payment.status)


def add_line(part, product, variant, quantity):
    ProductVariant.objects.filter(pk=variant.pk).update(stock=F("stock") - quantity)
    line = OrderLine.snapshot(part, product, variant, quantity)
    line.save()
    return line


def add_zone(name, fee, *, home=False, delivery_days=3, countries=(), up_to_grams=2_000):
    """A delivery zone with one weight tier: in Vietnam, or abroad when it lists countries."""
    zone = ShippingZone(
        name=name, name_en=name, home=home, delivery_days=delivery_days, countries=countries
    )
    zone.rates = [ShippingRate(up_to_grams=up_to_grams, fee=fee)]
    zone.save()
    return zone
