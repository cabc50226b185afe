import io
import time
from contextlib import contextmanager

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from catalog.management.commands.seed_catalogue import CatalogueBuilder
from catalog.models import CooperativePage, ProductPage
from craftsite.demo.bulk import index_pages
from craftsite.models import HomePage
from stories.demo.bulk import add_stories
from stories.models import StoryPage


class Command(BaseCommand):
    help = (
        "Fill the site up to a benchmark's size: the demo site (seed_demo, when there is no "
        "home page yet), then cooperatives, products and stories in bulk until the default "
        "language has COOPERATIVES, PRODUCTS and STORIES of them, each with its translation; "
        "then the new pages are indexed for search and the tables analysed. Running it again "
        "on a database of that size adds nothing. For development and benchmarks only."
    )

    def add_arguments(self, parser):
        parser.add_argument("--products", type=int, default=10_000)
        parser.add_argument("--cooperatives", type=int, default=50)
        parser.add_argument("--stories", type=int, default=1_000)

    def handle(self, *args, products, cooperatives, stories, **options):
        if not getattr(settings, "DEMO_CONTENT_ALLOWED", False):
            raise CommandError(
                "Benchmark content is not allowed with these settings "
                "(set DEMO_CONTENT_ALLOWED only in development and tests)."
            )
        self.timings = {}
        if not HomePage.objects.exists():
            with self.timed("demo site"):
                quiet = options["verbosity"] < 2
                call_command("seed_demo", stdout=io.StringIO() if quiet else self.stdout)

        missing = {
            "cooperatives": cooperatives - in_default_language(CooperativePage).count(),
            "products": products - in_default_language(ProductPage).count(),
            "stories": stories - in_default_language(StoryPage).count(),
        }
        missing = {name: max(0, count) for name, count in missing.items()}
        if missing["products"] and not missing["cooperatives"]:
            missing["cooperatives"] = 1  # new products need a new cooperative to go in
        new_pages = {}
        with self.timed("pages"), transaction.atomic():
            if missing["products"] or missing["cooperatives"]:
                builder = CatalogueBuilder(missing["products"], missing["cooperatives"])
                builder.run()
                new_pages.update(builder.page_ids)
            if missing["stories"]:
                new_pages[StoryPage] = add_stories(missing["stories"])
        with self.timed("search index"):
            for model, ids in new_pages.items():
                # the search text of products reads their tags, and of stories their topics
                index_pages(model, ids, prefetch={ProductPage: ["tags"]}.get(model, ()))
        if connection.vendor == "postgresql":
            with self.timed("analyse"), connection.cursor() as cursor:
                cursor.execute("ANALYZE")

        added = ", ".join(f"{count} {name}" for name, count in missing.items() if count)
        self.stdout.write(f"Added {added or 'nothing'} (per language).")
        self.stdout.write(
            "Timings: "
            + ", ".join(f"{step} {seconds:.1f} s" for step, seconds in self.timings.items())
        )

    @contextmanager
    def timed(self, step):
        started = time.monotonic()
        yield
        self.timings[step] = time.monotonic() - started


def in_default_language(model):
    return model.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
