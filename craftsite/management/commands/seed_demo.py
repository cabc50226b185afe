import os

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.signal_handlers import disable_reference_index_auto_update

from craftsite.demo.content import DEMO_ACCOUNTS, DEMO_PASSWORD
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
        # Each page is saved several times while it is built; index its references once at
        # the end instead of after every save (a third of the time otherwise).
        with transaction.atomic(), disable_reference_index_auto_update():
            seed_site()
        call_command("rebuild_references_index", stdout=open(os.devnull, "w"))  # noqa: SIM115
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
        self.stdout.write(f"Demo accounts (password '{DEMO_PASSWORD}'):")
        for username, role, _group, _name in DEMO_ACCOUNTS:
            self.stdout.write(f"  {username:<14} {role}")
