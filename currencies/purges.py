"""What a change of a rate makes stale: only the public rates document. Pages carry the VND
amount alone, and the indicative amounts are written in the visitor's browser from that
document, so no stored page changes with a rate."""

from django.urls import reverse

from craftsite.purges import purge_on_change
from currencies.models import ExchangeRate


def register():
    """Declare the app's purges (craftsite.purges); called by the app's `ready`."""
    purge_on_change(ExchangeRate, lambda rate: [reverse("exchange_rates")])
