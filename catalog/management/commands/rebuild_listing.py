"""Compute the shop listing's rows and counts again from the pages (catalog.models.listing_rows),
for a repair: after data was changed behind the site's back (a bulk import, a restored table),
or to check that the kept rows are right (`--check`)."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from catalog.models.listing_rows import kept_listing, rebuild_listing


class Command(BaseCommand):
    help = "Compute the shop listing's rows and counts again from the pages."

    def add_arguments(self, parser):
        parser.add_argument(
            "--shop", type=int, action="append", help="only this shop page id (repeatable)"
        )
        parser.add_argument(
            "--check",
            action="store_true",
            help="report whether the kept rows and counts were right, and change nothing",
        )

    def handle(self, *args, shop=None, check=False, **options):
        with transaction.atomic():
            before = kept_listing(shop)
            rows = rebuild_listing(shop_ids=shop)
            differs = kept_listing(shop) != before
            if check:
                transaction.set_rollback(True)
        if check:
            if differs:
                raise CommandError("The kept rows and counts differ from the pages.")
            self.stdout.write("The rows and counts are in step with the pages.")
        else:
            changed = "changed" if differs else "unchanged"
            self.stdout.write(f"{rows} listed products, rows and counts {changed}.")
