"""What the order services announce, so that apps above orders act on it without orders
importing them."""

from django.dispatch import Signal

# A cooperative's part of an order was marked delivered, inside the transaction that marks
# it; receivers get the part as `fulfilment` and queue what they send with `after_commit`.
fulfilment_delivered = Signal()

# Every part of an order is delivered or cancelled and at least one was delivered: the order
# is completed, inside the transaction that completes it; receivers get `order` and `user`.
order_completed = Signal()
