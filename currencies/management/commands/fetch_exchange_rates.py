"""Fetches today's exchange rates from EXCHANGE_RATES_URL and stores them (currencies.rates).
Run it daily (a systemd timer or cron). A bad feed keeps the rates already stored and logs a
warning; pages never depend on it."""

from django.core.management.base import BaseCommand

from currencies.rates import update_rates


class Command(BaseCommand):
    help = "Fetch today's exchange rates for the indicative prices."

    def handle(self, *args, **options):
        stored = update_rates()
        self.stdout.write(f"Exchange rates stored: {', '.join(stored) or 'none'}.")
