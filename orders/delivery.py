"""The rules of each way a buyer receives an order (Order.Delivery): which parcels can reach
a hotel before the guest leaves, and which can go abroad. Checkout asks them before the
buyer pays, so that nobody pays for a parcel that cannot reach them."""

from datetime import timedelta


def earliest_arrival(cooperative, zone, today):
    """The first day a parcel from `cooperative` may arrive in `zone`: the days the
    cooperative takes to hand it to the carrier, then the days it travels."""
    return today + timedelta(days=cooperative.dispatch_days + zone.delivery_days)


def parcels_too_late(groups, zone, leaves_on, today):
    """(cooperative, earliest arrival) of each cooperative's parcel that would reach a hotel
    in `zone` only after the guest has left on `leaves_on`."""
    late = []
    for group in groups:
        arrives = earliest_arrival(group.cooperative, zone, today)
        if arrives > leaves_on:
            late.append((group.cooperative, arrives))
    return late


def products_without_customs_data(groups):
    """Titles of the products whose cooperative has not given the HS code and description
    that every customs form asks for: they cannot be sent abroad."""
    return [
        line.product.title
        for group in groups
        for line in group.lines
        if not line.product.has_customs_data
    ]
