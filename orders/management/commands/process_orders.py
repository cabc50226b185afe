"""Reminds buyers whose bank transfer has not arrived and cancels orders left unpaid past
their deadline, returning the stock. Run it every few minutes (a systemd timer or cron)."""

from datetime import timedelta

from django.core.management.base import BaseCommand

from orders.models import ShopSettings
from orders.services import expire_unpaid_orders, remind_unpaid_transfers


class Command(BaseCommand):
    help = "Send payment reminders and cancel orders not paid in time."

    def handle(self, *args, **options):
        shop = ShopSettings.load()
        reminded = remind_unpaid_transfers(timedelta(hours=shop.reminder_hours))
        cancelled = expire_unpaid_orders()
        self.stdout.write(f"Reminded {reminded}, cancelled {len(cancelled)} unpaid order(s).")
