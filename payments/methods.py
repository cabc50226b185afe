"""How a buyer pays: one small interface, three methods. Each method says whether it is on
offer, in which state an order starts, by when it must be paid, whether staff may record its
money by hand and whether it is collected on delivery, and where the buyer goes once the
order is placed. Checkout, the order services and the admin ask the method for these instead
of comparing method codes; what only one method does (the VietQR code, Stripe's webhook and
refunds) stays with that method's own code."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from craftsite.states import TransitionNotAllowed
from orders.models import Order, ShopSettings
from orders.services import locked
from payments import card, transfers
from payments.models import Payment
from payments.refunds import refund_everything
from payments.services import outstanding, record_received


class PaymentMethod:
    code: str
    label: str
    help_text: str
    initial_status = Order.Status.AWAITING_PAYMENT
    # Whether the money is handed over with the parcel, to the carrier or the cooperative.
    collected_on_delivery = False
    # Through what staff record its money by hand; None when only the provider may say.
    recorded_by_hand_as = None
    # Whether the buyer pays on the provider's page (and may go back to it to pay again).
    pays_on_provider_page = False
    # Whether the buyer is shown the account and VietQR code to transfer the money to.
    pays_by_transfer = False
    # Whether the buyer is mailed "order received" as soon as it is placed; a card order is
    # announced once Stripe confirms it, since an abandoned payment page is no order.
    mails_order_received = True

    @property
    def confirms_at_once(self):
        """Whether the cooperatives get the order before any money arrives."""
        return self.initial_status == Order.Status.CONFIRMED

    def can_be_marked_paid(self, order):
        """Whether staff may record this order's money by hand now."""
        return (
            self.recorded_by_hand_as is not None
            and order.payment_status == Order.PaymentStatus.UNPAID
        )

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


class CashOnDelivery(PaymentMethod):
    code = Order.Payment.CASH_ON_DELIVERY
    label = _("Cash on delivery")
    help_text = _("Pay each cooperative's parcel in cash when it arrives.")
    initial_status = Order.Status.CONFIRMED
    collected_on_delivery = True
    recorded_by_hand_as = Payment.Provider.CASH

    def can_be_marked_paid(self, order):
        """Cash is never collected for a cancelled order."""
        return super().can_be_marked_paid(order) and order.status != Order.Status.CANCELLED

    def help_for(self, delivery):
        if delivery == Order.Delivery.PICKUP:
            return _("Pay in cash at the cooperative when you collect each parcel.")
        return self.help_text


class BankTransfer(PaymentMethod):
    code = Order.Payment.BANK_TRANSFER
    label = _("Bank transfer (VietQR)")
    help_text = _("Scan the QR code with your banking app; we send the order once paid.")
    # A transfer may arrive after its order was cancelled: it is recorded so that it is
    # refunded.
    recorded_by_hand_as = Payment.Provider.BANK
    pays_by_transfer = True

    def is_available(self):
        return ShopSettings.load().takes_transfers

    def pay_by(self, now):
        return now + timedelta(hours=ShopSettings.load().transfer_hours)

    def start(self, request, order):
        """A request at the transfer service, when it is configured, so that the transfer
        confirms the order by itself; the order page shows its QR code."""
        transfers.open_transfer_request(request, order)
        return order.get_absolute_url()


class Card(PaymentMethod):
    code = Order.Payment.CARD
    label = _("Card (Visa, Mastercard …)")
    help_text = _("You pay on Stripe's secure page and come back here.")
    mails_order_received = False
    pays_on_provider_page = True

    def is_available(self):
        return bool(settings.STRIPE_SECRET_KEY and settings.STRIPE_WEBHOOK_SECRET)

    def pay_by(self, now):
        return now + timedelta(hours=card.CARD_PAYMENT_HOURS)

    def works_for(self, delivery):
        return True

    def start(self, request, order):
        return card.begin_checkout(request, order)


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


@transaction.atomic
def mark_paid_by_hand(order, user):
    """Record the money staff say is in (a transfer in the bank account, cash in hand):
    what is still outstanding, through what the method records by hand. Checked again
    under the order's lock, so two clicks record it once. Returns whether it was recorded."""
    order = locked(order)
    method = method_of(order)
    if not method.can_be_marked_paid(order):
        return False
    record_received(
        order, provider=method.recorded_by_hand_as, amount=outstanding(order), user=user
    )
    return True


def refund_order(order, user=None):
    """Give back everything of a paid order not refunded yet, through the one refund path
    (`payments.refunds`): the order ends refunded. Raises TransitionNotAllowed for an order
    that is not paid, and the provider's error when the provider refuses, having recorded
    nothing."""
    if not order.is_paid:
        raise TransitionNotAllowed(_("Only a paid order can be refunded."))
    refund_everything(order, user=user)
