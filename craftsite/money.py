"""Money rules more than one app needs. Money is whole đồng everywhere (VND has no minor
unit)."""


def makers_share_of(revenue, percent):
    """The makers' part of a sale's revenue at the makers' share (%) declared for it: whole
    đồng, rounded down, so that no figure claims more than was declared. The sales on the
    site (orders.sales), those outside it (offline_sales) and the cooperatives' ledgers
    (payments.ledger) all count it this way."""
    return revenue * percent // 100
