"""`manage.py seed_demo`: the one entry point of the demo seed (demo/seed/), which builds the
demo site in Vietnamese and English with its accounts, shop, enquiries, visit requests, the
programme's document library, orders, sales outside the site, illustrative exchange rates,
reviews of delivered demo orders, the programme's illustrative registry and last year's
programme report as filed, and a few QR label runs. Safe to run again: every step adds
only what is missing."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from demo.data import load
from demo.helpers import indexing_deferred
from demo.seed import (
    catalog,
    currencies,
    documents,
    enquiries,
    filed_reports,
    labels,
    ledger,
    notifications,
    offline_sales,
    orders,
    programme,
    reviews,
    site,
    stories,
    visits,
)


def seed_demo():
    """Every section in order: each later one links to the pages of those before it."""
    locale_by_code = site.locales()
    homes, pages = site.seed_pages(locale_by_code)
    sections = stories.seed_stories(homes, locale_by_code)
    shops = catalog.seed_catalog(homes, locale_by_code, sections)
    catalog.seed_shop_settings(pages["terms"]["vi"], pages["privacy"]["vi"])
    site.feature_pages_on_home(homes, pages, sections)
    site.alias_untranslated_pages(locale_by_code)
    library = documents.seed_documents(homes)
    site.seed_navigation(locale_by_code, pages, sections, shops, library)
    site.seed_organisation()
    site.seed_accounts()
    enquiries.seed_enquiries()  # replies are signed by the cooperatives' demo accounts
    visits.seed_visits()  # a village's host is a demo account
    orders.seed_demo_orders()
    ledger.seed_demo_ledger()  # of the paid demo orders
    offline_sales.seed_offline_sales()
    notifications.seed_notifications()  # of the demo orders, to the demo staff accounts
    currencies.seed_exchange_rates()
    reviews.seed_reviews()  # of delivered demo orders
    programme.seed_programme()
    filed_reports.seed_filed_report()  # of every figure above
    labels.seed_labels()  # of demo products, by their demo artisans


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
            seed_demo()
        accounts = load("accounts")
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
        self.stdout.write(f"Demo accounts (password '{accounts['demo_password']}'):")
        for username, role, _group, _name in accounts["demo_accounts"]:
            self.stdout.write(f"  {username:<14} {role}")
