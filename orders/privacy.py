"""How long a buyer's details stay with their order (craftsite/personal_data.py)."""

from django.db.models import Q

from craftsite.personal_data import PersonalData, Purpose
from orders.models import Fulfilment, Order


def expired_orders(cutoff):
    """Orders placed before `cutoff`."""
    return Order.objects.filter(created_at__lt=cutoff)


def orders_of(identifier):
    """The orders with the buyer's phone number or e-mail."""
    return Order.objects.filter(Q(phone=identifier) | Q(email__iexact=identifier))


def forget_gift_messages(orders):
    """A gift message names the person it was for."""
    Fulfilment.objects.filter(order__in=orders).exclude(gift_message="").update(gift_message="")


# The buyer's name, contacts, commune, street, hotel and stay, address abroad, note and gift
# messages go. The order's number, lines, amounts, payment, dates and statuses stay for the
# accounts and the sales figures, and so do the province and the country, which name no one
# and keep the figures by region.
ORDERS = PersonalData(
    purpose=Purpose.ORDER,
    expired=expired_orders,
    blanks={
        "name": "",
        "phone": "",
        "email": "",
        "commune": "",
        "commune_code": None,
        "street": "",
        "note": "",
        "place_name": "",
        "arrival_on": None,
        "departure_on": None,
        "city": "",
        "region": "",
        "postal_code": "",
    },
    of_person=orders_of,
    # An order awaiting payment or confirmed still has something to ship, collect or remind
    # the buyer of: it keeps their details, however old, until it is completed or cancelled.
    still_needed=Q(status__in=[Order.Status.AWAITING_PAYMENT, Order.Status.CONFIRMED]),
    # The order page's secret and the form's key open or replay the order: not the buyer's.
    hidden=("token", "checkout_key"),
    forget_related=forget_gift_messages,
)
