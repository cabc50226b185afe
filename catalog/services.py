"""Workflows that touch several models of the shop. Checkout, stock and payment code never
imports editorial code."""

import secrets

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from catalog.models import Fulfilment, Order, OrderEvent, OrderLine, ProductVariant

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread on the phone


class OutOfStock(Exception):
    """Some lines could not be reserved; `skus` says which, and nothing was taken."""

    def __init__(self, skus):
        super().__init__(", ".join(skus))
        self.skus = skus


def order_code(today=None):
    """A number a buyer can read out on the phone: LN-261129-7KQ4."""
    day = (today or timezone.localdate()).strftime("%y%m%d")
    return f"LN-{day}-{''.join(secrets.choice(CODE_ALPHABET) for _ in range(4))}"


def take_stock(variant, quantity):
    """Take `quantity` of `variant` if that many are on sale, in one conditional update:
    with many buyers at once, exactly as many succeed as there are items."""
    return bool(
        ProductVariant.objects.filter(pk=variant.pk, active=True, stock__gte=quantity).update(
            stock=F("stock") - quantity
        )
    )


@transaction.atomic
def place_order(contents, zone, contact, payment_method, language):
    """Turn the cart's contents (read fresh from the database) into an order: reserve the
    stock of every line, snapshot names and prices, and give each cooperative its
    fulfilment with its delivery fee in `zone`. Raises OutOfStock, having taken nothing,
    when any line cannot be reserved."""
    lines = [(group, line) for group in contents.groups for line in group.lines]
    short = [
        line.variant.sku for _group, line in lines if not take_stock(line.variant, line.quantity)
    ]
    if short:
        raise OutOfStock(short)
    fees = {
        group.cooperative.pk: zone.fee_for(group.weight_grams, group.subtotal) or 0
        for group in contents.groups
    }
    order = create_order(
        **contact,
        language=language,
        payment_method=payment_method,
        status=Order.Status.CONFIRMED
        if payment_method == Order.Payment.CASH_ON_DELIVERY
        else Order.Status.AWAITING_PAYMENT,
        goods_total=contents.total,
        delivery_total=sum(fees.values()),
    )
    for group in contents.groups:
        fulfilment = Fulfilment.objects.create(
            order=order, cooperative=group.cooperative, delivery_fee=fees[group.cooperative.pk]
        )
        OrderLine.objects.bulk_create(
            OrderLine(
                order=order,
                fulfilment=fulfilment,
                variant=line.variant,
                sku=line.variant.sku,
                product_title=line.product.title,
                variant_label=line.variant.display_label,
                unit_price=line.variant.price,
                quantity=line.quantity,
            )
            for line in group.lines
        )
    OrderEvent.objects.create(order=order, action="placed", detail=payment_method)
    return order


def create_order(**fields):
    """Create the order under a fresh code, trying another on the rare clash."""
    for _attempt in range(5):
        try:
            with transaction.atomic():
                return Order.objects.create(code=order_code(), **fields)
        except IntegrityError:
            continue
    raise RuntimeError("could not find a free order number")
