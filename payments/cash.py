"""Cash collected with the parcels. A carrier or the cooperative takes the buyer's cash
when a parcel is handed over, so each delivered parcel of an order paid that way brings a
payment of its goods and delivery fee; the order is paid once the parcels that went out
are. These receive what the order services announce (`orders.signals`)."""

from payments.methods import method_of
from payments.models import Payment
from payments.services import record_received, settle


def collect_cash_on_delivery(sender, fulfilment, **kwargs):
    """Receiver of `fulfilment_delivered`: record the parcel's cash, unless the order is
    paid already (staff recorded the cash by hand) or the parcel's cash is recorded."""
    order = fulfilment.order
    if not method_of(order).collected_on_delivery or order.is_paid:
        return
    if fulfilment.payments.filter(status=Payment.Status.PAID).exists():
        return
    record_received(
        order,
        provider=Payment.Provider.CASH,
        amount=fulfilment.goods_total + fulfilment.delivery_fee,
        fulfilment=fulfilment,
        detail=str(fulfilment.cooperative),
    )


def settle_completed_order(sender, order, user=None, **kwargs):
    """Receiver of `order_completed`: a part cancelled after the others were delivered
    leaves less due, which the cash already collected may now cover."""
    if method_of(order).collected_on_delivery:
        settle(order, user=user)
