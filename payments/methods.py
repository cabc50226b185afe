"""How a buyer pays: one small interface, three methods. Each method says whether it is on
offer, in which state an order starts, by when it must be paid, and where the buyer goes once
the order is placed, and how a refund is sent. Checkout, the order services and the admin ask
the method for these; what only one method does (the VietQR code, Stripe's webhook, marking
a transfer or cash paid) stays with that method's own code."""

from datetime import timedelta

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from craftsite.states import TransitionNotAllowed
from orders.models import Order, ShopSettings
from orders.services import mark_refunded
from payments import card


class PaymentMethod:
    code: str
    label: str
    help_text: str
    initial_status = Order.Status.AWAITING_PAYMENT

    def is_available(self):
        return True

    def help_for(self, delivery):
        """What the buyer is told of paying this way when the order comes by `delivery`."""
        return self.help_text

    def works_for(self, delivery):
        """Whether a buyer may pay this way for `delivery` (an Order.Delivery). Only a card
        payment reaches the site from abroad before the parcel leaves."""
        return delivery != Order.Delivery.ABROAD

    def pay_by(self, now):
        """When an unpaid order is cancelled; None when it never is."""
        return None

    def start(self, request, order):
        """Where the buyer goes once the order is placed."""
        return order.get_absolute_url()

    def send_refund(self, order):
        """Give the money back through the payment provider. Cash and transfers are
        returned by staff themselves, so by default there is nothing to send."""


class CashOnDelivery(PaymentMethod):
    code = Order.Payment.CASH_ON_DELIVERY
    label = _("Cash on delivery")
    help_text = _("Pay each cooperative's parcel in cash when it arrives.")
    initial_status = Order.Status.CONFIRMED

    def help_for(self, delivery):
        if delivery == Order.Delivery.PICKUP:
            return _("Pay in cash at the cooperative when you collect each parcel.")
        return self.help_text


class BankTransfer(PaymentMethod):
    code = Order.Payment.BANK_TRANSFER
    label = _("Bank transfer (VietQR)")
    help_text = _("Scan the QR code with your banking app; we send the order once paid.")

    def is_available(self):
        return ShopSettings.load().takes_transfers

    def pay_by(self, now):
        return now + timedelta(hours=ShopSettings.load().transfer_hours)


class Card(PaymentMethod):
    code = Order.Payment.CARD
    label = _("Card (Visa, Mastercard …)")
    help_text = _("You pay on Stripe's secure page and come back here.")

    def is_available(self):
        return bool(settings.STRIPE_SECRET_KEY and settings.STRIPE_WEBHOOK_SECRET)

    def pay_by(self, now):
        return now + timedelta(hours=card.CARD_PAYMENT_HOURS)

    def works_for(self, delivery):
        return True

    def start(self, request, order):
        return card.begin_checkout(request, order)

    def send_refund(self, order):
        card.refund_card_payment(order)


METHODS = {method.code: method for method in (CashOnDelivery(), BankTransfer(), Card())}


def available_methods(delivery=None):
    """The methods on offer, and of them those that work for `delivery` when it is given."""
    return [
        method
        for method in METHODS.values()
        if method.is_available() and (delivery is None or method.works_for(delivery))
    ]


def method_of(order):
    return METHODS[order.payment_method]


def refund_order(order, user=None):
    """Give a paid order's money back and record it. Raises TransitionNotAllowed for an
    order that is not paid, and the provider's error, having recorded nothing, when the
    provider refuses. The provider's own notice of the refund may be recorded first; either
    way the order ends refunded."""
    if not order.is_paid:
        raise TransitionNotAllowed(_("Only a paid order can be refunded."))
    method_of(order).send_refund(order)
    mark_refunded(order, user=user)
