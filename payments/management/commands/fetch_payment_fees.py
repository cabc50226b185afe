"""Records the fee Stripe kept of each card payment, which its balance transaction says a
while after the payment, and posts it to the cooperatives' ledgers. Run it after
process_orders (the same timer)."""

import stripe
from django.core.management.base import BaseCommand, CommandError

from payments.card import fetch_fees
from payments.methods import METHODS


class Command(BaseCommand):
    help = "Record the fees Stripe kept of card payments."

    def handle(self, *args, **options):
        if not METHODS["stripe"].is_available():
            self.stdout.write("Card payments are off: no fees to fetch.")
            return
        try:
            recorded = fetch_fees()
        except stripe.StripeError as error:
            raise CommandError(f"Stripe did not answer: {error}") from error
        self.stdout.write(f"Recorded the fee of {recorded} card payment(s).")
