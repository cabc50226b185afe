"""Workflows that touch several models of the shop: placing an order, taking and returning
stock, payments arriving, cancelling and refunding, and each cooperative's part moving from
packed to delivered. Each runs in one transaction with the order row locked, checks that the
move is allowed, and logs who did what. Checkout, stock and payment code never imports
editorial code."""

import re
import secrets

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from catalog.listing_sync import stock_changed, variants_stock_changed
from catalog.models import ProductVariant
from craftsite.emails import after_commit
from craftsite.states import TransitionNotAllowed
from craftsite.text import fold
from craftsite.translation import in_main_language
from orders import emails
from orders.models import Fulfilment, Order, OrderEvent, OrderLine
from orders.signals import fulfilment_delivered, order_completed

CANCELLED_BUT_PAID = _("Cancelled after it was paid: refund the buyer.")
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread on the phone


class OutOfStock(Exception):
    """Some lines could not be reserved; `skus` says which, and nothing was taken."""

    def __init__(self, skus):
        super().__init__(", ".join(skus))
        self.skus = skus


class DuplicateCheckout(Exception):
    """The same checkout form was submitted twice; `order` is the one the first made."""

    def __init__(self, order):
        super().__init__(order.code)
        self.order = order


class ChangedMeanwhile(TransitionNotAllowed):
    """The record is no longer as the person saw it when they asked (a phone that queued a
    change offline, a second staff member): nothing was changed, and `record` is the record
    as it is now, for the person to look at again."""

    def __init__(self, record):
        super().__init__(_("Someone changed this meanwhile."))
        self.record = record


class TooManyUnpaidOrders(Exception):
    """The buyer's phone, e-mail or address already has settings.UNPAID_ORDERS_PER_BUYER
    orders holding stock unpaid; nothing was taken."""


def order_code(today=None):
    """A number a buyer can read out on the phone: LN-261129-7KQ4."""
    day = (today or timezone.localdate()).strftime("%y%m%d")
    return f"LN-{day}-{''.join(secrets.choice(CODE_ALPHABET) for _ in range(4))}"


def take_stock(variant, quantity):
    """Take `quantity` of `variant` if that many are on sale, in one conditional update:
    with many buyers at once, exactly as many succeed as there are items."""
    taken = ProductVariant.objects.filter(pk=variant.pk, active=True, stock__gte=quantity).update(
        stock=F("stock") - quantity
    )
    if taken:
        stock_changed([variant.product.translation_key])
    return bool(taken)


def in_lock_order(lines):
    """`lines` by their variant's primary key, the order in which every transaction takes or
    returns stock: two carts holding the same items in opposite orders then wait for each
    other's row, instead of each locking one and waiting for the other's, which PostgreSQL
    ends by killing one of them as a deadlock."""
    return sorted(lines, key=lambda line: line.variant_id or 0)


def return_stock(lines):
    """Put the items of `lines` back on sale (a cancelled order or part)."""
    variant_ids = []
    for line in in_lock_order(lines):
        if line.variant_id:
            ProductVariant.objects.filter(pk=line.variant_id).update(
                stock=F("stock") + line.quantity
            )
            variant_ids.append(line.variant_id)
    variants_stock_changed(variant_ids)


def for_staff(text):
    """Text kept on an order for staff (its log and its flag), in the admin's language
    whatever the language of the request that caused it: a webhook, an English buyer."""
    with translation.override(settings.LANGUAGE_CODE):
        return str(text)


def log(order, action, user=None, detail=""):
    detail = for_staff(detail)[:255]
    OrderEvent.objects.create(order=order, action=action, user=user, detail=detail)


@transaction.atomic
def place_order(contents, zone, contact, method, language, checkout_key=None, gift_messages=None):
    """Turn the cart's contents (read fresh from the database) into an order: reserve the
    stock of every line, snapshot names and prices, and give each cooperative its
    fulfilment with its delivery fee in `zone` (no zone: the buyer collects, no fee) and its
    gift message (`gift_messages` by cooperative page id). Raises OutOfStock, having taken nothing,
    when any line cannot be reserved, and DuplicateCheckout when `checkout_key` already
    made an order (a double-submitted form), and TooManyUnpaidOrders when the buyer already
    holds stock with as many unpaid orders as one may."""
    if checkout_key and (earlier := Order.objects.filter(checkout_key=checkout_key).first()):
        raise DuplicateCheckout(earlier)
    if unpaid_holds(contact) >= settings.UNPAID_ORDERS_PER_BUYER:
        raise TooManyUnpaidOrders
    lines = in_lock_order(line for group in contents.groups for line in group.lines)
    short = [line.variant.sku for line in lines if not take_stock(line.variant, line.quantity)]
    if short:
        raise OutOfStock(short)
    fees = {
        group.cooperative.pk: (zone and group.delivery_fee_in(zone)) or 0
        for group in contents.groups
    }
    gift_messages = gift_messages or {}
    now = timezone.now()
    try:
        order = create_order(
            **contact,
            checkout_key=checkout_key,
            language=language,
            payment_method=method.code,
            status=method.initial_status,
            confirmed_at=now if method.initial_status == Order.Status.CONFIRMED else None,
            pay_by=method.pay_by(now),
            goods_total=contents.total,
            delivery_total=sum(fees.values()),
        )
    except IntegrityError:  # the same form, submitted at the same moment, won the race
        raise DuplicateCheckout(Order.objects.get(checkout_key=checkout_key)) from None
    canonical = in_main_language([group.cooperative for group in contents.groups])
    for group in contents.groups:
        fulfilment = Fulfilment.objects.create(
            order=order,
            cooperative=canonical.get(group.cooperative.translation_key, group.cooperative),
            delivery_fee=fees[group.cooperative.pk],
            gift_message=gift_messages.get(group.cooperative.pk, ""),
        )
        OrderLine.objects.bulk_create(
            OrderLine.snapshot(fulfilment, line.product, line.variant, line.quantity)
            for line in group.lines
        )
    log(order, OrderEvent.Action.PLACED, detail=method.code)
    if method.mails_order_received:
        after_commit(emails.send_order_received, order)
    if order.status == Order.Status.CONFIRMED:
        after_commit(emails.send_new_order_to_cooperatives, order)
    return order


def unpaid_holds(contact):
    """How many orders holding stock unpaid (awaiting a transfer or a card payment, or cash on
    delivery not yet collected) share the buyer's phone, e-mail or delivery address, whichever
    has most. Each is counted on its own so that changing one of them does not reset the
    count; the phone is compared in E.164, as every form stores it, so that "0912 345 678"
    and "+84 912 345 678" are one buyer; the address is compared in plain letters (see
    `address_of`), so that spelling it without accents or with other spaces does not reset it
    either. A pick-up has no address to count."""
    address = address_of(contact)
    holds = Order.objects.filter(
        Q(phone=contact["phone"]) | Q(email__iexact=contact["email"]) | near(address),
        status__in=[Order.Status.AWAITING_PAYMENT, Order.Status.CONFIRMED],
        payment_status=Order.PaymentStatus.UNPAID,
    ).values("phone", "email", "delivery", "country", "postal_code", "commune_code", "street")
    by_phone = by_email = by_address = 0
    for hold in holds:
        by_phone += hold["phone"] == contact["phone"]
        by_email += hold["email"].lower() == contact["email"].lower()
        by_address += address is not None and address_of(hold) == address
    return max(by_phone, by_email, by_address)


def near(address):
    """Orders that may share `address` (a key of `address_of`): the same commune, or abroad
    the same postal code; none for a pick-up."""
    if address is None:
        return Q(pk__in=[])
    if len(address) == 3:
        return Q(country=address[0], postal_code=address[1])
    return Q(commune_code=address[0])


def address_of(fields):
    """Where an order goes, as a key that ignores accents, case and punctuation: commune and
    street in Vietnam, country, postal code and street abroad; None for a pick-up."""
    delivery = fields.get("delivery", Order.Delivery.ADDRESS)
    if delivery == Order.Delivery.PICKUP:
        return None
    if delivery == Order.Delivery.ABROAD:
        return (str(fields["country"]), fields["postal_code"], address_key(fields["street"]))
    return (fields["commune_code"], address_key(fields["street"]))


def address_key(street):
    """A street as plain lower-case letters and digits: "12 Phan Đình Phùng" and
    "12, phan dinh phung" are the same house."""
    return re.sub(r"[^a-z0-9]", "", fold(street).lower())


def create_order(**fields):
    """Create the order under a fresh code, trying another on the rare clash of codes. A
    clash of checkout keys is not retried: it means the order exists."""
    for _attempt in range(5):
        try:
            with transaction.atomic():
                return Order.objects.create(code=order_code(), **fields)
        except IntegrityError:
            key = fields.get("checkout_key")
            if key and Order.objects.filter(checkout_key=key).exists():
                raise
    raise RuntimeError("could not find a free order number")


def locked(order):
    """The order read again with its row locked until the transaction ends, so two
    payments, a payment and a cancellation, or two staff members never interleave."""
    return Order.objects.select_for_update().get(pk=order.pk)


@transaction.atomic
def confirm_payment(order, *, via, user=None, detail=""):
    """Record that the buyer paid. An order awaiting payment is confirmed and goes to the
    cooperatives; a payment for an order already cancelled (a transfer that came too late)
    is flagged for staff to refund. Returns whether anything changed: a second notice of
    the same payment changes nothing."""
    order = locked(order)
    if order.is_paid or order.payment_status == Order.PaymentStatus.REFUNDED:
        return False
    order.payment_status = Order.PaymentStatus.PAID
    if order.status == Order.Status.CANCELLED:
        order.attention = for_staff(_("Paid after it was cancelled: refund the buyer."))
    elif order.awaits_payment:
        order.become(Order.Status.CONFIRMED, _("This order is not waiting for a payment."))
        order.confirmed_at = timezone.now()
        after_commit(emails.send_new_order_to_cooperatives, order)
        after_commit(emails.send_payment_received, order)
    order.save(update_fields=["payment_status", "status", "confirmed_at", "attention"])
    log(order, OrderEvent.Action.PAID, user, detail=" ".join(filter(None, [via, detail])))
    return True


@transaction.atomic
def flag_order(order, reason, detail=""):
    """Leave the order as it is and ask staff to look at it (e.g. a payment whose amount
    does not match)."""
    order = locked(order)
    order.attention = for_staff(reason)
    order.save(update_fields=["attention"])
    log(order, OrderEvent.Action.FLAGGED, detail=detail or reason)
    return order


@transaction.atomic
def cancel_order(order, *, user=None, reason=""):
    """Cancel an order nobody has shipped yet: every part is cancelled and its items go
    back on sale. Refunding a paid order is a separate step (see refund_order), so a paid
    order is flagged until it is refunded."""
    order = locked(order)
    order.become(Order.Status.CANCELLED, _("This order can no longer be cancelled."))
    parts = list(order.fulfilments.exclude(status=Fulfilment.Status.CANCELLED))
    still_here = (Fulfilment.Status.NEW, Fulfilment.Status.PACKED, Fulfilment.Status.READY)
    if any(part.status not in still_here for part in parts):
        raise TransitionNotAllowed(_("A part of this order has already been shipped."))
    return_stock(order.lines.filter(fulfilment__in=parts))
    order.fulfilments.update(status=Fulfilment.Status.CANCELLED)
    if order.is_paid:
        order.attention = for_staff(CANCELLED_BUT_PAID)
    order.save(update_fields=["status", "attention"])
    log(order, OrderEvent.Action.CANCELLED, user, detail=reason)
    return order


@transaction.atomic
def mark_refunded(order, *, user=None, detail=""):
    """Record that the buyer got their money back. Returns whether anything changed. An
    order refunded before anyone cancelled it (say, from Stripe's dashboard) is flagged, so
    that the cooperatives do not ship goods already paid back."""
    order = locked(order)
    if order.payment_status != Order.PaymentStatus.PAID:
        return False
    order.payment_status = Order.PaymentStatus.REFUNDED
    order.attention = (
        for_staff(_("Refunded but still open: cancel it so that nothing is shipped."))
        if order.status == Order.Status.CONFIRMED
        else ""
    )
    order.save(update_fields=["payment_status", "attention"])
    log(order, OrderEvent.Action.REFUNDED, user, detail=detail)
    return True


def next_step(part, steps):
    """The first of `steps` (states, in the order staff take them) that `part` may take now:
    one button at a time on a small screen."""
    skipped = skipped_by(part.order)
    return next((step for step in steps if step != skipped and part.can_become(step)), None)


def skipped_by(order):
    """The step a part of `order` never takes: a parcel the buyer collects is never
    shipped, and one that is shipped never waits to be collected."""
    return Fulfilment.Status.SHIPPED if order.is_pickup else Fulfilment.Status.READY


@transaction.atomic
def advance_fulfilment(
    fulfilment, status, *, user=None, carrier="", tracking_number="", seen_status=None
):
    """Move one cooperative's part along new → packed → shipped → delivered, or, when the
    buyer collects it, new → packed → ready to collect → delivered (collected). Shipping
    records the carrier and tracking number and tells the buyer, as does a parcel ready to
    collect; delivery is announced (`orders.signals.fulfilment_delivered`: the buyer is asked
    for reviews, and cash collected for the parcel is recorded); when every part is
    delivered (or cancelled) the order is completed. With `seen_status` (the status the
    person saw, say on a phone that was offline), a part that has moved since raises
    ChangedMeanwhile, even when the step would still be allowed: they decided on what they
    saw."""
    order = locked(fulfilment.order)
    part = Fulfilment.objects.select_for_update().get(pk=fulfilment.pk)
    if seen_status is not None and part.status != seen_status:
        raise ChangedMeanwhile(part)
    refusal = _("This part of the order cannot be marked that way now.")
    if order.status != Order.Status.CONFIRMED or status == skipped_by(order):
        raise TransitionNotAllowed(refusal)
    part.become(status, refusal)
    if status == Fulfilment.Status.SHIPPED:
        part.carrier, part.tracking_number = carrier, tracking_number
        part.shipped_at = timezone.now()
        after_commit(emails.send_shipped, part)
    if status == Fulfilment.Status.READY:
        after_commit(emails.send_ready_to_collect, part)
    if status == Fulfilment.Status.CANCELLED:
        return_stock(part.lines.all())
    part.save()
    if status == Fulfilment.Status.DELIVERED:
        fulfilment_delivered.send(sender=Fulfilment, fulfilment=part)
    detail = " ".join(filter(None, [part.cooperative.title, carrier, tracking_number]))
    log(order, status, user, detail=detail)
    finished = Fulfilment.transitions.final()
    if all(other.status in finished for other in order.fulfilments.all()):
        complete_order(order, user)
    return part


def complete_order(order, user):
    """Every part is delivered or cancelled: the order is done (`orders.signals.
    order_completed`: cash collected on delivery now settles it), or cancelled when no
    part went out."""
    order = locked(order)
    delivered = order.fulfilments.filter(status=Fulfilment.Status.DELIVERED).exists()
    order.become(
        Order.Status.COMPLETED if delivered else Order.Status.CANCELLED,
        _("This order is no longer open."),
    )
    if not delivered and order.is_paid:
        order.attention = for_staff(CANCELLED_BUT_PAID)
    order.save(update_fields=["status", "attention"])
    log(order, order.status, user)
    if delivered:
        order_completed.send(sender=Order, order=order, user=user)


def overdue(now):
    """Orders still unpaid after their deadline; a card order only once
    settings.CARD_PAYMENT_GRACE has passed after it as well, since Stripe closes its page
    exactly at the deadline and a payment made in the last moments is still being announced."""
    card = Q(payment_method=Order.Payment.CARD)
    return Order.objects.filter(
        (~card & Q(pay_by__lt=now)) | (card & Q(pay_by__lt=now - settings.CARD_PAYMENT_GRACE)),
        status=Order.Status.AWAITING_PAYMENT,
        payment_status=Order.PaymentStatus.UNPAID,
    )


def expire_unpaid_orders(now=None):
    """Cancel orders whose transfer or card payment did not arrive in time, returning their
    stock. Returns the cancelled orders."""
    now = now or timezone.now()
    expired = (expire_order(pk, now) for pk in overdue(now).values_list("pk", flat=True))
    return [order for order in expired if order]


@transaction.atomic
def expire_order(pk, now):
    """Cancel the order if it is still unpaid and overdue once read again under its row lock:
    a payment confirmed since the list was made, or while this waited for the lock, keeps
    its order. cancel_order alone would cancel it, since a confirmed order may be cancelled
    too. Returns the cancelled order, or None."""
    order = overdue(now).select_for_update().filter(pk=pk).first()
    return order and cancel_order(order, reason=_("not paid in time"))


def remind_unpaid_transfers(remind_after, now=None):
    """Send one reminder to each buyer whose transfer has not arrived `remind_after` after
    ordering. Returns how many were reminded."""
    now = now or timezone.now()
    due = Order.objects.filter(
        status=Order.Status.AWAITING_PAYMENT,
        payment_status=Order.PaymentStatus.UNPAID,
        payment_method=Order.Payment.BANK_TRANSFER,
        reminded_at__isnull=True,
        created_at__lte=now - remind_after,
    )
    reminded = 0
    for order in due:
        with transaction.atomic():
            # The conditions again, checked by the update under the row's lock: an order
            # paid since the list was read gets no reminder.
            if due.filter(pk=order.pk).update(reminded_at=now):
                after_commit(emails.send_payment_reminder, order)
                reminded += 1
    return reminded
