"""Seed the cooperatives' ledgers (payments app) from the demo orders: each paid order's sale
posted when it was paid, and the items refunded of it when they were; Stripe's fee of each
card payment (illustrative: 3,4 % + 2.000 ₫, not Stripe's price list), and a payout to each
cooperative in the first days of every month for what it was owed at the end of the one
before, sent with an illustrative bank reference and confirmed by the cooperative the next
day. Posted through the ledger's own functions, so the demo's statements add up as real ones
do."""

import datetime

from django.db import transaction
from django.db.models import Prefetch
from django.utils import timezone

from craftsite.periods import local_day, start_of
from demo.seed.orders import CODE_PREFIX
from orders.models import Order
from payments.ledger import balance, post_fee, post_payout, post_refund, post_sale
from payments.models import LedgerEntry, Payment, Payout, PayoutAccount, PayoutBatch, Refund
from payments.statements import next_month

CARD_FEE_PERCENT, CARD_FEE_FIXED = 34, 2_000  # per thousand, đồng
PAID_OUT_AFTER = datetime.timedelta(days=3)
CONFIRMED_AFTER = datetime.timedelta(days=1)


@transaction.atomic
def seed_demo_ledger():
    """Post the demo orders' ledgers and pay the cooperatives month by month, unless the
    ledgers hold entries already. Returns how many orders were posted."""
    if LedgerEntry.objects.exists():
        return 0
    paid = Order.objects.filter(
        code__startswith=CODE_PREFIX, payment_status=Order.PaymentStatus.PAID
    ).prefetch_related(Prefetch("payments", Payment.objects.filter(status=Payment.Status.PAID)))
    for order in paid.order_by("confirmed_at"):
        payments = list(order.payments.all())
        charge_card_fees(payments)
        post_sale(order, at=max(payment.paid_at for payment in payments))
        for refund in order.refunds.filter(status=Refund.Status.SENT):
            post_refund(refund)
    pay_out_monthly()
    return len(paid)


def charge_card_fees(payments):
    """Stripe's fee of each card payment, known when it was paid."""
    for payment in payments:
        if payment.provider == Payment.Provider.STRIPE:
            payment.fee = payment.amount * CARD_FEE_PERCENT // 1000 + CARD_FEE_FIXED
            payment.fee_known_at = payment.paid_at
            payment.save(update_fields=["fee", "fee_known_at"])
            post_fee(payment)


def pay_out_monthly():
    """A batch in the first days of each month since the first entry, paying every
    cooperative with a payout account what it was owed at the end of the month before."""
    first = LedgerEntry.objects.order_by("at").values_list("at", flat=True).first()
    if first is None:
        return
    accounts = list(PayoutAccount.objects.select_related("cooperative"))
    month = next_month(local_day(first).replace(day=1))
    now = timezone.now()
    while (sent_at := start_of(month) + PAID_OUT_AFTER) < now:
        batch = PayoutBatch.objects.create(until=start_of(month))
        for account in accounts:
            owed = balance(account.cooperative, until=batch.until)
            if owed > 0:
                pay(batch, account, owed, sent_at)
        month = next_month(month)


def pay(batch, account, amount, sent_at):
    payout = Payout.objects.create(
        batch=batch,
        cooperative=account.cooperative,
        amount=amount,
        status=Payout.Status.CONFIRMED,
        bank=account.bank,
        account_number=account.account_number,
        account_holder=account.account_holder,
        bank_reference=f"DEMO{sent_at:%y%m%d}{account.cooperative_id:03d}",
        sent_at=sent_at,
        confirmed_at=sent_at + CONFIRMED_AFTER,
    )
    post_payout(payout)
