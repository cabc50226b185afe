"""Paying the cooperatives what the shop holds for them. The site's finance staff prepare a
batch: for each cooperative with a payout account that the shop owes something at a date,
a payout of that balance. They send each from the shop's bank and record the bank's
reference, which posts it to the cooperative's ledger; the cooperative confirms on its
phone that the money is in its account. A payout is never deleted: one not sent is
cancelled."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from craftsite.states import TransitionNotAllowed
from notifications.notices import notify_payout_sent
from payments.ledger import balance, post_payout
from payments.models import Payout, PayoutAccount, PayoutBatch

REFUSED = _("This payout cannot change that way now.")


class NothingToPay(Exception):
    """No cooperative with a payout account is owed anything at that date."""


@transaction.atomic
def prepare_batch(until, user):
    """A payout for each cooperative with a payout account that the shop owes something at
    `until`, less what is already prepared or sent and not yet in its ledger. Raises
    NothingToPay when there is none."""
    accounts = PayoutAccount.objects.select_related("cooperative").order_by("cooperative__title")
    owed = [
        (account, amount)
        for account in accounts
        if (amount := balance(account.cooperative, until) - waiting(account.cooperative)) > 0
    ]
    if not owed:
        raise NothingToPay(_("No cooperative is owed anything at that date."))
    batch = PayoutBatch.objects.create(until=until, prepared_by=user)
    Payout.objects.bulk_create(
        Payout(
            batch=batch,
            cooperative=account.cooperative,
            amount=amount,
            bank=account.bank,
            account_number=account.account_number,
            account_holder=account.account_holder,
        )
        for account, amount in owed
    )
    return batch


def waiting(cooperative):
    """What is prepared for the cooperative and not yet sent (so not in its ledger)."""
    prepared = Payout.objects.filter(cooperative=cooperative, status=Payout.Status.PREPARED)
    return sum(prepared.values_list("amount", flat=True))


def locked_payout(payout):
    return Payout.objects.select_for_update().get(pk=payout.pk)


@transaction.atomic
def mark_sent(payout, bank_reference, user):
    """The money left the shop's bank: record its reference and post it to the ledger."""
    payout = locked_payout(payout)
    if not bank_reference.strip():
        raise TransitionNotAllowed(_("Give the bank's reference of the transfer."))
    payout.become(Payout.Status.SENT, REFUSED)
    payout.bank_reference = bank_reference.strip()
    payout.sent_at, payout.sent_by = timezone.now(), user
    payout.save()
    post_payout(payout)
    notify_payout_sent(payout)
    return payout


@transaction.atomic
def confirm_received(payout, user):
    """The cooperative saw the money in its account."""
    payout = locked_payout(payout)
    payout.become(Payout.Status.CONFIRMED, REFUSED)
    payout.confirmed_at, payout.confirmed_by = timezone.now(), user
    payout.save()
    return payout


@transaction.atomic
def cancel_payout(payout):
    """A prepared payout that will not be sent (the account is wrong, the batch was a
    mistake): its amount is owed again and goes in the next batch."""
    payout = locked_payout(payout)
    payout.become(Payout.Status.CANCELLED, REFUSED)
    payout.save()
    return payout
