"""How a buyer pays: the methods (methods.py: cash on delivery, VietQR transfer, Stripe
Checkout), Stripe's webhook, the "Mark paid" and "Refund" steps it adds to the order admin, and
the cooperatives' payout accounts. Above orders, since a payment applies to an order: may
import orders and every app below it; never checkout nor any app above it."""
