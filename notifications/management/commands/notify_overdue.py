"""Tells cooperative staff, once per item, of an order part not packed or a quote request
not answered in the time allowed. Run it once a day (deploy/systemd's timer)."""

from django.core.management.base import BaseCommand

from notifications.overdue import notify_overdue


class Command(BaseCommand):
    help = "Message cooperative staff about orders and enquiries waiting too long."

    def handle(self, *args, **options):
        found = notify_overdue()
        self.stdout.write(f"Waiting too long: {sum(found.values())} item(s).")
