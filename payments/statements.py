"""A cooperative's monthly statement: what the shop owed it at the start of the month, each
order, fee, refund and payout of the month as its ledger has them, with the makers' share of
the goods, and what the shop owes it at the end. Read straight from the ledger, so the
statement of a past month never changes, and the months add up to the ledger."""

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Sum
from django.utils.translation import gettext_lazy as _

from craftsite.periods import start_of
from payments.models import LedgerEntry

Kind = LedgerEntry.Kind
# The columns of a statement's rows, in order: what each order brought and cost, and payouts.
COLUMNS = list(Kind)


def column_labels():
    return [kind.label for kind in COLUMNS]


@dataclass
class Row:
    """One order's entries in the month (or one payout's)."""

    at: object
    label: str
    amounts: dict = field(default_factory=dict)  # {kind: đồng}
    makers_share: int = 0

    @property
    def net(self):
        return sum(self.amounts.values())

    def amount(self, kind):
        return self.amounts.get(kind, 0)

    @property
    def columns(self):
        return [self.amount(kind) for kind in COLUMNS]

    @property
    def details(self):
        """[(label, đồng)] of the row's kinds, in the statement's order."""
        return [(kind.label, self.amounts[kind]) for kind in COLUMNS if kind in self.amounts]


@dataclass
class Statement:
    cooperative: object
    month: date
    opening: int
    rows: list
    closing: int

    @property
    def totals(self):
        """{kind: đồng} of the month, every kind listed."""
        return {kind: sum(row.amount(kind) for row in self.rows) for kind in COLUMNS}

    @property
    def makers_share(self):
        return sum(row.makers_share for row in self.rows)

    @property
    def received(self):
        """What the month's orders brought the cooperative: goods and delivery."""
        totals = self.totals
        return totals[Kind.GOODS] + totals[Kind.DELIVERY]


def next_month(month):
    return date(month.year + month.month // 12, month.month % 12 + 1, 1)


def statement(cooperative, month):
    """The statement of `cooperative` for the month starting on `month` (a date), in
    Vietnam's days. Two queries, however many entries."""
    start, end = start_of(month), start_of(next_month(month))
    entries = LedgerEntry.objects.filter(cooperative=cooperative)
    opening = entries.filter(at__lt=start).aggregate(total=Sum("amount"))["total"] or 0
    rows = {}
    for entry in entries.filter(at__gte=start, at__lt=end).select_related("order", "payout"):
        key = ("order", entry.order_id) if entry.order_id else ("payout", entry.payout_id)
        row = rows.get(key)
        if row is None:
            row = rows[key] = Row(at=entry.at, label=label_of(entry))
        row.at = min(row.at, entry.at)
        row.amounts[entry.kind] = row.amount(entry.kind) + entry.amount
        row.makers_share += entry.makers_share
    ordered = sorted(rows.values(), key=lambda row: row.at)
    return Statement(
        cooperative=cooperative,
        month=month,
        opening=opening,
        rows=ordered,
        closing=opening + sum(row.net for row in ordered),
    )


def label_of(entry):
    if entry.order_id:
        return entry.order.code
    reference = entry.payout.bank_reference if entry.payout_id else ""
    return _("Payout %(reference)s") % {"reference": reference}
