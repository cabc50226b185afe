"""Illustrative exchange rates, so that the demo shows indicative prices without reaching
the bank's feed (demo/data/exchange_rates.yaml)."""

from decimal import Decimal

from django.utils import timezone

from currencies.models import ExchangeRate
from demo.data import load


def seed_exchange_rates():
    """Today's date on each illustrative rate; a currency already rated keeps its rate."""
    data = load("exchange_rates")
    for code, rate in data["rates"].items():
        ExchangeRate.objects.get_or_create(
            currency=code,
            defaults={
                "fetched_rate": Decimal(rate),
                "rate_date": timezone.localdate(),
                "source": data["source"],
            },
        )
