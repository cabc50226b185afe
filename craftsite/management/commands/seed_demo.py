from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from craftsite.demo.content import DEMO_ACCOUNTS, DEMO_PASSWORD
from craftsite.demo.helpers import indexing_deferred
from craftsite.demo.seed import seed_site


class Command(BaseCommand):
    help = (
        "Build the demo site in Vietnamese and English. "
        "Safe to run again: it adds only what is missing."
    )

    def handle(self, *args, **options):
        if not getattr(settings, "DEMO_CONTENT_ALLOWED", False):
            raise CommandError(
                "Demo content and demo accounts are not allowed with these settings "
                "(set DEMO_CONTENT_ALLOWED only in development and tests)."
            )
        with transaction.atomic(), indexing_deferred():
            seed_site()
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
        self.stdout.write(f"Demo accounts (password '{DEMO_PASSWORD}'):")
        for username, role, _group, _name in DEMO_ACCOUNTS:
            self.stdout.write(f"  {username:<14} {role}")
