"""Anonymises the personal details of orders, enquiries and class registrations past their
retention period (PERSONAL_DATA_RETENTION_DAYS, craftsite/personal_data.py). Run it daily
(a systemd timer or cron); running it again changes nothing."""

from django.core.management.base import BaseCommand

from craftsite.personal_data import anonymise_expired


class Command(BaseCommand):
    help = "Anonymise personal data kept longer than its retention period."

    def handle(self, *args, **options):
        counts = anonymise_expired()
        summary = ", ".join(f"{purpose} {count}" for purpose, count in counts.items())
        self.stdout.write(f"Anonymised: {summary}.")
