"""What the shop owes each cooperative. The money of card and transfer orders lands in the
shop's account, and a carrier hands the cash it collected to the shop, so the shop holds
what the cooperatives sold until it pays them out; a cooperative that takes the cash itself
(a parcel collected at its workshop) holds that part already. Every event that moves money
posts entries to the cooperative's ledger (`LedgerEntry`):

- an order paid: for each parcel not cancelled, its goods (+, with the makers' share the
  lines kept from the sale), its delivery fee (+) and the shop's commission on the goods
  (−, the percentage of the cooperative's payout account, 0 by default);
- a payment's fee, once the provider says it (−, shared between the order's parcels in
  proportion to what each brought, the last taking the remainder so that the parts add up
  to the fee to the đồng);
- a refund sent (−, each line from the parcel it was for, with the commission on refunded
  goods given back);
- cash a cooperative collected itself (−);
- a payout sent (−).

So for every cooperative, its entries add up to the money received for its parcels minus
refunds, commission, fees, the cash it kept and what was paid out to it. Entries are posted inside
the transaction of the event and keyed by it, so an event announced twice posts once."""

from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Sum

from craftsite.money import makers_share_of
from orders.models import Fulfilment, Order
from payments.models import LedgerEntry, Payment, PayoutAccount

Kind = LedgerEntry.Kind


def post(entries):
    """Add the entries whose keys are new; those of an event already posted are left out."""
    LedgerEntry.objects.bulk_create(
        [entry for entry in entries if entry.amount], ignore_conflicts=True
    )


def balance(cooperative, until=None):
    """What the shop owes the cooperative, from its entries up to `until` (excluded)."""
    entries = LedgerEntry.objects.filter(cooperative=cooperative)
    if until is not None:
        entries = entries.filter(at__lt=until)
    return entries.aggregate(total=Sum("amount"))["total"] or 0


def commission_percent(cooperative):
    """The shop's commission on the cooperative's goods, in percent."""
    account = PayoutAccount.objects.filter(cooperative=cooperative).first()
    return account.commission_percent if account else Decimal(0)


def commission_on(goods, percent):
    """Whole đồng, half up: 1.5 % of 350.000 ₫ is 5.250 ₫."""
    return int((Decimal(goods) * percent / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def paid_parts(order):
    """The order's parcels that were not cancelled, with their lines."""
    return (
        order.fulfilments.exclude(status=Fulfilment.Status.CANCELLED)
        .select_related("cooperative")
        .prefetch_related("lines")
        .order_by("pk")
    )


def post_sale(order, at):
    """The order became paid at `at`: post each parcel's goods, delivery and commission,
    and the cash the cooperative collected itself for its parcel."""
    entries = []
    for part in paid_parts(order):
        goods = part.goods_total
        makers = sum(
            makers_share_of(line.subtotal, line.makers_share_percent or 0)
            for line in part.lines.all()
        )
        base = {"cooperative": part.cooperative, "order": order, "at": at}
        entries += [
            LedgerEntry(
                key=f"sale:{part.pk}:goods",
                kind=Kind.GOODS,
                amount=goods,
                makers_share=makers,
                **base,
            ),
            LedgerEntry(
                key=f"sale:{part.pk}:delivery", kind=Kind.DELIVERY, amount=part.delivery_fee, **base
            ),
            LedgerEntry(
                key=f"sale:{part.pk}:commission",
                kind=Kind.COMMISSION,
                amount=-commission_on(goods, commission_percent(part.cooperative)),
                **base,
            ),
        ]
        entries += cash_kept(order, part, base)
    post(entries)
    for payment in order.payments.filter(status=Payment.Status.PAID, fee_known_at__isnull=False):
        post_fee(payment)


def cash_kept(order, part, base):
    """The cash of a parcel the buyer collected at the cooperative: the cooperative holds it,
    so the shop owes it that much less. A carrier hands the cash it collects to the shop."""
    if not order.is_pickup:
        return []
    cash = part.payments.filter(status=Payment.Status.PAID, provider=Payment.Provider.CASH)
    return [
        LedgerEntry(key=f"cash:{payment.pk}", kind=Kind.CASH_KEPT, amount=-payment.amount, **base)
        for payment in cash
    ]


def post_fee(payment):
    """The provider's fee of a payment that paid its order, shared between the parcels in
    proportion to what each brought. A fee of a payment whose order is not paid (too
    little, a second payment) stays with the shop, which gives that money back whole."""
    order = payment.order
    if not payment.fee or order.payment_status == Order.PaymentStatus.UNPAID:
        return
    parts = list(paid_parts(order))
    if payment.fulfilment_id is not None:
        parts = [part for part in parts if part.pk == payment.fulfilment_id]
    brought = [part.goods_total + part.delivery_fee for part in parts]
    total = sum(brought)
    if not total:
        return
    shares = [payment.fee * amount // total for amount in brought]
    shares[-1] += payment.fee - sum(shares)
    post(
        LedgerEntry(
            key=f"fee:{payment.pk}:{part.pk}",
            kind=Kind.FEE,
            amount=-share,
            cooperative=part.cooperative,
            order=order,
            at=payment.fee_known_at or payment.paid_at,
        )
        for part, share in zip(parts, shares, strict=True)
    )


def post_refund(refund):
    """A refund was sent: each of its lines is taken off the ledger of the cooperative whose
    parcel it was for (with the makers' share of refunded goods), and the shop's commission
    on refunded goods goes back to it. Only parcels whose sale was posted: money that paid
    no order (a second payment, a transfer for a cancelled order) was never the
    cooperative's. Keyed by line, so lines said later (a refund made in Stripe's dashboard)
    post when they are said."""
    lines = refund.lines.select_related("order_line", "fulfilment__cooperative")
    sold = set(
        LedgerEntry.objects.filter(order=refund.order_id, kind=Kind.GOODS).values_list(
            "key", flat=True
        )
    )
    entries = []
    for line in lines:
        if f"sale:{line.fulfilment_id}:goods" not in sold:
            continue
        base = {
            "cooperative": line.fulfilment.cooperative,
            "order": refund.order,
            "at": refund.sent_at,
        }
        goods = line.order_line_id is not None
        percent = (line.order_line.makers_share_percent or 0) if goods else 0
        entries.append(
            LedgerEntry(
                key=f"refund:{line.pk}",
                kind=Kind.REFUND,
                amount=-line.amount,
                makers_share=-makers_share_of(line.amount, percent),
                **base,
            )
        )
        if goods:
            commission = commission_on(line.amount, commission_percent(line.fulfilment.cooperative))
            entries.append(
                LedgerEntry(
                    key=f"refund:{line.pk}:commission",
                    kind=Kind.COMMISSION,
                    amount=commission,
                    **base,
                )
            )
    post(entries)


def post_payout(payout):
    """A payout was sent: the shop owes the cooperative that much less."""
    post(
        [
            LedgerEntry(
                key=f"payout:{payout.pk}",
                kind=Kind.PAYOUT,
                amount=-payout.amount,
                cooperative=payout.cooperative,
                payout=payout,
                at=payout.sent_at,
            )
        ]
    )
