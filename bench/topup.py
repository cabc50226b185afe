"""The site topped up to a benchmark's size: the demo site (`seed_demo`, when there is no home
page yet), then cooperatives, products and stories in bulk until the default language has as
many as asked, each with its translation; then the new pages are indexed for search and the
tables analysed. On a database of that size it adds nothing. For development and benchmarks
only. Needs django.setup(): `python -m bench.seed` is its command line."""

import io
import sys
import time
from contextlib import contextmanager

from django.conf import settings
from django.core.management import call_command
from django.db import connection, transaction

from base.models import HomePage
from bench.bulk import index_pages, refuse_unless_allowed
from bench.bulk_catalogue import CatalogueBuilder
from bench.bulk_stories import add_stories
from catalog.models import CooperativePage, ProductPage
from stories.models import StoryPage


def seed_to_size(products=10_000, cooperatives=50, stories=1_000, out=None, verbose=False):
    """Top the site up to `products`, `cooperatives` and `stories` per language. Writes what
    it added and how long each step took to `out` (standard output by default; `verbose`
    adds seed_demo's own output) and returns those timings, in seconds by step. Raises
    SeedError (bench.bulk) when the settings do not allow demo content."""
    refuse_unless_allowed()
    out = sys.stdout if out is None else out
    timings = {}
    if not HomePage.objects.exists():
        with timed(timings, "demo site"):
            call_command("seed_demo", stdout=out if verbose else io.StringIO())

    missing = {
        "cooperatives": cooperatives - in_default_language(CooperativePage).count(),
        "products": products - in_default_language(ProductPage).count(),
        "stories": stories - in_default_language(StoryPage).count(),
    }
    missing = {name: max(0, count) for name, count in missing.items()}
    if missing["products"] and not missing["cooperatives"]:
        missing["cooperatives"] = 1  # new products need a new cooperative to go in
    new_pages = {}
    with timed(timings, "pages"), transaction.atomic():
        if missing["products"] or missing["cooperatives"]:
            builder = CatalogueBuilder(missing["products"], missing["cooperatives"])
            builder.run()
            new_pages.update(builder.page_ids)
        if missing["stories"]:
            new_pages[StoryPage] = add_stories(missing["stories"])
    with timed(timings, "search index"):
        for model, ids in new_pages.items():
            # the search text of products reads their tags, and of stories their topics
            index_pages(model, ids, prefetch={ProductPage: ["tags"]}.get(model, ()))
    if connection.vendor == "postgresql":
        with timed(timings, "analyse"), connection.cursor() as cursor:
            cursor.execute("ANALYZE")

    added = ", ".join(f"{count} {name}" for name, count in missing.items() if count)
    out.write(f"Added {added or 'nothing'} (per language).\n")
    out.write(
        "Timings: "
        + ", ".join(f"{step} {seconds:.1f} s" for step, seconds in timings.items())
        + "\n"
    )
    return timings


@contextmanager
def timed(timings, step):
    started = time.monotonic()
    yield
    timings[step] = time.monotonic() - started


def in_default_language(model):
    return model.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
