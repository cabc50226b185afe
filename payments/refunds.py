"""Refunds per item. Staff give back some of an order's items, some of its parcels' delivery
fees, or everything; `refund_items` is the one way money goes back, and the whole-order refund
(`payments.methods.refund_order`) is "everything not yet refunded" through it.

Under the order's row lock, what is asked is checked against what is left (bought less
refunded, each parcel's fee less refunded), then taken from the payments that brought it: a
parcel's own cash first, then the payments of the whole order. Each payment it comes from gets
one `Refund`, sent through its method (Stripe's refund API for a card; a transfer or cash is
given back by staff, who give the bank's reference) and applied once sent: the lines'
refunded quantities, which the sales figures leave out, and, when the items came back, their
stock. A payment given back whole is refunded through `payments.services.refunded`, which
refunds the order once nothing of its money is left with the shop, so the payment and order
statuses never disagree. A refund Stripe refuses stays, failed, with nothing else changed.

What was refunded in Stripe's dashboard is recorded without items
(`payments.services.refunded_by_provider`), and the order flagged until staff choose the
items in "Refund items", which then sends no money again."""

from dataclasses import dataclass, field

import stripe
from django.db import transaction
from django.db.models import F, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from craftsite.emails import after_commit
from craftsite.states import TransitionNotAllowed
from orders.models import Fulfilment, Order, OrderEvent, OrderLine
from orders.services import for_staff, locked, log, return_stock
from payments import card, emails
from payments.ledger import post_refund
from payments.models import Payment, Refund, RefundLine
from payments.services import GIVEN_BACK, SAY_WHICH_ITEMS, close_if_given_back

REFUSED = _("This refund cannot change that way now.")
SURPLUS = _("More than the order's total was received")


class RefundRefused(TransitionNotAllowed):
    """What staff asked cannot be refunded; the message says why, and nothing was recorded."""


@dataclass
class Item:
    """Something asked to be refunded: `quantity` of a line, or (no line) some of a
    parcel's delivery fee."""

    fulfilment: Fulfilment
    line: OrderLine | None
    quantity: int
    amount: int


@dataclass
class Source:
    """Money a refund can come from: what a paid payment still holds, or a refund made in
    Stripe's dashboard (`made`) whose items are not yet known."""

    payment: Payment
    left: int
    made: Refund | None = None
    taken: list = field(default_factory=list)  # [(item, amount, quantity)]


def refund_items(
    order,
    lines=None,
    delivery=None,
    *,
    returned=False,
    reason="",
    user=None,
    bank_reference="",
    form_key="",
):
    """Refund `lines` ({order line: quantity}) and `delivery` ({fulfilment: đồng}) of
    `order`; `returned`: the items came back, so they go back on sale. Returns the refunds
    recorded: none when `form_key` already made one (the same form posted twice). Raises
    RefundRefused when something asked is not left to refund, and Stripe's error when
    Stripe refuses, having recorded the refund as failed and changed nothing else."""
    with transaction.atomic():
        order = locked(order)
        if form_key and order.refunds.filter(form_key=form_key).exists():
            return []
        items = asked(order, lines or {}, delivery or {})
        sources = take(items, sources_of(order), strict=True)
        fields = {"reason": reason[:255], "recorded_by": user, "form_key": form_key}
        refunds, refusal = give_back(order, sources, returned, bank_reference, fields)
    if refusal is not None:
        raise refusal
    return refunds


def refund_everything(order, *, user=None, reason="", bank_reference=""):
    """Refund whatever of the order is not refunded yet and its payments still hold: every
    item left and every parcel's fee left (a cancelled parcel's only when it was paid, as a
    card pays the whole order), then what the payments brought beyond them (a payment
    received twice). Raises Stripe's error when Stripe refuses."""
    with transaction.atomic():
        order = locked(order)
        parts = sorted(
            order.fulfilments.prefetch_related("lines"),
            key=lambda part: part.status == Fulfilment.Status.CANCELLED,
        )
        items = [
            Item(part, line, line.kept_quantity, line.unit_price * line.kept_quantity)
            for part in parts
            for line in part.lines.all()
            if line.kept_quantity
        ]
        items += [
            Item(part, None, 0, left)
            for part in parts
            if (left := part.delivery_fee - delivery_refunded(part))
        ]
        sources = take(items, sources_of(order), strict=False)
        fields = {"reason": reason[:255], "recorded_by": user}
        refunds, refusal = give_back(order, sources, False, bank_reference, fields)
        if refusal is not None:
            raise refusal
        surplus = [source for source in sources_of(order) if source.made is None]
        for source in surplus:
            refund = record(
                order,
                source.payment,
                [],
                False,
                bank_reference,
                amount=source.left,
                reason=for_staff(SURPLUS),
                recorded_by=user,
            )
            send(refund)
            apply(order, refund, user)
            refunds.append(refund)
        return refunds


def give_back(order, sources, returned, bank_reference, fields):
    """Record and send one refund per payment drawn on, and say the items of the dashboard
    refunds drawn on; apply those sent. Returns them, and Stripe's error if it refused one
    (that one is recorded failed, and changes nothing)."""
    refunds, refusal = [], None
    for source in sources:
        if source.made is not None:
            refunds.append(attribute(source, returned))
            continue
        refund = record(order, source.payment, source.taken, returned, bank_reference, **fields)
        try:
            send(refund)
        except stripe.StripeError as error:
            refund.become(Refund.Status.FAILED, REFUSED)
            refund.save(update_fields=["status"])
            refusal = error
            continue
        refunds.append(refund)
    for refund in refunds:
        apply(order, refund, fields["recorded_by"])
    clear_flag_once_known(order)
    return refunds, refusal


def asked(order, lines, delivery):
    """What is asked, as Items, checked against what is left of the order (read under its
    lock): refused when a line or parcel is another order's, a quantity or amount is not a
    whole number from 0 to what is left, the total is nothing, or the order holds no money
    to give back."""
    if not order.is_paid and not order.refunds.filter(items_unknown=True).exists():
        raise RefundRefused(_("Only a paid order can be refunded."))
    fresh_lines = {line.pk: line for line in order.lines.select_related("fulfilment")}
    fresh_parts = {part.pk: part for part in order.fulfilments.all()}
    items = []
    for line, quantity in lines.items():
        line = fresh_lines.get(getattr(line, "pk", line))
        if line is None:
            raise RefundRefused(_("An item asked is not part of this order."))
        if not whole_number_up_to(quantity, line.kept_quantity):
            raise RefundRefused(
                _("Only %(left)s of “%(item)s” are left to refund.")
                % {"left": line.kept_quantity, "item": line.product_title}
            )
        if quantity:
            items.append(Item(line.fulfilment, line, quantity, line.unit_price * quantity))
    for part, amount in delivery.items():
        part = fresh_parts.get(getattr(part, "pk", part))
        if part is None:
            raise RefundRefused(_("A parcel asked is not part of this order."))
        left = part.delivery_fee - delivery_refunded(part)
        if not whole_number_up_to(amount, left):
            raise RefundRefused(
                _("Only %(left)s đồng of the delivery fee of %(cooperative)s are left to refund.")
                % {"left": left, "cooperative": part.cooperative}
            )
        if amount:
            items.append(Item(part, None, 0, amount))
    if not items:
        raise RefundRefused(_("Choose at least one item or delivery fee to refund."))
    return items


def whole_number_up_to(value, most):
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= most


def delivery_refunded(part):
    """What of the parcel's delivery fee was given back already, or is being."""
    given = RefundLine.objects.filter(
        fulfilment=part, order_line=None, refund__status__in=GIVEN_BACK
    ).aggregate(total=Sum("amount"))
    return given["total"] or 0


def sources_of(order):
    """Where the order's refunds can come from, in the order they are drawn on: refunds
    made in Stripe's dashboard whose items staff are now saying, then every paid payment
    for what it still holds (locked, so that two refunds never both take its last đồng)."""
    made = [
        Source(refund.payment, refund.amount, made=refund)
        for refund in order.refunds.select_related("payment").filter(items_unknown=True)
    ]
    paid = Payment.objects.select_for_update().filter(order=order, status=Payment.Status.PAID)
    given = dict(
        Refund.objects.filter(payment__in=paid, status__in=GIVEN_BACK)
        .values_list("payment")
        .annotate(total=Sum("amount"))
    )
    held = [Source(payment, payment.amount - given.get(payment.pk, 0)) for payment in paid]
    return made + [source for source in held if source.left > 0]


def take(items, sources, *, strict):
    """Share the items out among the sources, each item from the first that can give it: a
    refund already made, then its own parcel's cash, then the whole order's payments (a
    parcel's delivery fee never comes from another parcel's cash). An item larger than what
    is left of one source is taken from the next as well; its quantity goes with its first
    share. Returns the sources drawn on. When they cannot cover an item, `strict` refuses;
    otherwise the item is left out (a cancelled parcel's cash, never collected)."""
    for item in items:
        held = sum(source.left for source in sources if can_pay(source, item))
        if held < item.amount:
            if strict:
                raise RefundRefused(
                    _("The payments of this order hold only %(held)s đồng to give back for that.")
                    % {"held": held}
                )
            continue
        rest, quantity = item.amount, item.quantity
        for source in sources:
            if rest and source.left and can_pay(source, item):
                amount = min(rest, source.left)
                source.taken.append((item, amount, quantity))
                source.left -= amount
                rest, quantity = rest - amount, 0
    return [source for source in sources if source.taken]


def can_pay(source, item):
    return source.made is not None or source.payment.fulfilment_id in (None, item.fulfilment.pk)


def record(order, payment, taken, returned, bank_reference, amount=None, **fields):
    """A pending refund from `payment` of what is `taken` from it (or of `amount`), with
    its lines."""
    total = sum(share for _item, share, _quantity in taken)
    refund = Refund.objects.create(
        order=order,
        payment=payment,
        amount=total if amount is None else amount,
        bank_reference=bank_reference,
        **fields,
    )
    add_lines(refund, taken, returned)
    return refund


def add_lines(refund, taken, returned):
    RefundLine.objects.bulk_create(
        RefundLine(
            refund=refund,
            fulfilment=item.fulfilment,
            order_line=item.line,
            quantity=quantity,
            amount=amount,
            returned=returned and item.line is not None,
        )
        for item, amount, quantity in taken
    )


def attribute(source, returned):
    """Say which items a refund made in Stripe's dashboard was for: they become its lines.
    What is left of it beyond them stays a refund whose items are still to say."""
    made = source.made
    amount = sum(amount for _item, amount, _quantity in source.taken)
    if amount < made.amount:
        Refund.objects.create(
            order=made.order,
            payment=made.payment,
            amount=made.amount - amount,
            status=Refund.Status.SENT,
            sent_at=made.sent_at,
            provider_refund_id=made.provider_refund_id,
            reason=made.reason,
            items_unknown=True,
        )
    made.amount, made.items_unknown = amount, False
    made.save(update_fields=["amount", "items_unknown"])
    add_lines(made, source.taken, returned)
    return made


def send(refund):
    """Give the money back the way the payment came and record it sent: a card payment
    through Stripe now; a transfer or cash staff have given back themselves (whatever the
    order's method: a transfer may have paid a card order)."""
    if refund.payment.provider == Payment.Provider.STRIPE:
        card.refund_card_payment(refund)
    refund.become(Refund.Status.SENT, REFUSED)
    refund.sent_at = timezone.now()
    refund.save(update_fields=["status", "sent_at", "provider_refund_id"])
    after_commit(emails.send_refund_sent, refund)


def apply(order, refund, user):
    """What a sent refund changes: its lines' refunded quantities (the sales leave them
    out), the stock of the items that came back (not of a cancelled parcel's, which went
    back when it was cancelled), the cooperatives' ledgers, and its payment once given
    back whole."""
    lines = list(refund.lines.select_related("order_line", "fulfilment"))
    for line in lines:
        if line.order_line_id:
            OrderLine.objects.filter(pk=line.order_line_id).update(
                refunded_quantity=F("refunded_quantity") + line.quantity
            )
    return_stock(
        [
            line
            for line in lines
            if line.returned and line.fulfilment.status != Fulfilment.Status.CANCELLED
        ]
    )
    post_refund(refund)
    log(order, OrderEvent.Action.PARTLY_REFUNDED, user, detail=f"{refund.amount} #{refund.pk}")
    close_if_given_back(refund.payment, user)


def clear_flag_once_known(order):
    """Once staff have said the items of every dashboard refund, the order's flag about it
    goes."""
    if not order.refunds.filter(items_unknown=True).exists():
        Order.objects.filter(pk=order.pk, attention=for_staff(SAY_WHICH_ITEMS)).update(attention="")


def refunds_of(order):
    """The order's refunds that gave money back, with their lines, for the pages that show
    them."""
    return (
        order.refunds.filter(status=Refund.Status.SENT)
        .prefetch_related("lines__order_line", "lines__fulfilment__cooperative")
        .order_by("sent_at", "pk")
    )
