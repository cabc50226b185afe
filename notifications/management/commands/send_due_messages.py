"""Tries again the Zalo and SMS messages whose last try failed for a reason worth waiting
out (the network, the provider's errors or rate limit). Run it every few minutes
(deploy/systemd's timer)."""

from django.core.management.base import BaseCommand

from notifications.sending import send_due_messages


class Command(BaseCommand):
    help = "Retry the staff messages whose next try is due."

    def handle(self, *args, **options):
        tried = send_due_messages()
        self.stdout.write(f"Tried {tried} message(s) again.")
