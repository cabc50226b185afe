"""Site search: the live public pages of one language holding every word of a query, best
first, with or without Vietnamese diacritics (both the pages' words and the query's are folded
to plain letters by craftsite.text.fold).

On PostgreSQL the search reads base.PageSearchText through its GIN index, so its cost follows
the pages it finds rather than the size of the site. This module's search backend keeps that
table: it is Wagtail's own database backend (whose index the admin's search uses) that also
writes the folded words and the summary of each live page it indexes. Wagtail's own query
cannot use an index: it matches `title || body`, which no index covers, joins every page of the
language to its index entry through a text cast, and ranks with a configuration computed for
every row. On SQLite (development and most tests) the search goes through Wagtail's index as it
is."""

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import OuterRef, Subquery
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page
from wagtail.search.backends.database import SearchBackend as DatabaseSearchBackend
from wagtail.search.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
)
from wagtail.search.models import IndexEntry

from base.models import PageSearchText
from craftsite.privacy import public, restricted_paths
from craftsite.text import fold

# PostgreSQL's text search configuration for the words of each language, for the pages and
# the queries alike. `simple` only lowercases: the words are folded already, and there is no
# Vietnamese stemmer (English stop words would lose "to", silk, and "an"). English is stemmed,
# so that "gongs" finds "gong".
CONFIGS = {"en": "english"}


def config(language):
    return CONFIGS.get(language, "simple")


def keeps_page_texts():
    return connection.vendor == "postgresql"


def find_pages(terms, per_page):
    """The live public pages of the active language (not the root) whose words hold all of
    `terms` (folded words, craftsite.text.search_terms), best first, for Django's Paginator
    showing `per_page` at a time. Each page has its `listing_summary`."""
    language = get_supported_content_language_variant(translation.get_language())
    if keeps_page_texts():
        return FoundPages(terms, language, per_page)
    pages = Page.objects.live().filter(locale=Locale.objects.get(language_code=language))
    return public(pages.exclude(depth__lte=1)).specific().search(terms, operator="and")


# The pages found, best first (ts_rank: the title's words weigh 1.0, the others 0.1), each
# with how many pages were found in all. Hand-written, because one statement both counts and
# ranks: the rank is computed in the fenced subquery (OFFSET 0), once for each page found, so
# that the count goes over ids and ranks rather than over the pages' vectors.
FIND = """
    SELECT page_id, count(*) OVER () FROM (
        SELECT page_id, ts_rank(vector, plainto_tsquery(%(config)s::regconfig, %(terms)s)) AS rank
        FROM base_pagesearchtext
        WHERE vector @@ plainto_tsquery(%(config)s::regconfig, %(terms)s)
          AND locale_id = (SELECT id FROM wagtailcore_locale WHERE language_code = %(language)s)
          {public}
        OFFSET 0
    ) found
    ORDER BY rank DESC, page_id
    LIMIT %(limit)s OFFSET %(offset)s
"""
# Only when some pages are restricted (craftsite.privacy), usually none.
PUBLIC = """
          AND page_id NOT IN (SELECT id FROM wagtailcore_page WHERE path LIKE ANY (%(private)s))
"""


class FoundPages:
    """Search results on PostgreSQL as a sequence that Django's Paginator counts, then slices.
    Counting runs the query for the first page of results too, the page most searches show: it
    costs that query on the index and one for the pages shown, whatever their types. A later
    page costs one query more."""

    def __init__(self, terms, language, per_page):
        self.params = {"terms": terms, "language": language, "config": config(language)}
        self.public = ""
        if paths := restricted_paths():
            self.public = PUBLIC
            self.params["private"] = [f"{path}%" for path in paths]
        self.per_page = per_page
        self.first = None
        self.total = None

    def rows(self, offset, limit):
        with connection.cursor() as cursor:
            cursor.execute(
                FIND.format(public=self.public), {**self.params, "offset": offset, "limit": limit}
            )
            return cursor.fetchall()

    def count(self):
        if self.total is None:
            self.first = self.rows(0, self.per_page)
            self.total = self.first[0][1] if self.first else 0
        return self.total

    def __len__(self):
        return self.count()

    def __getitem__(self, window):
        if self.first is not None and window.start == 0 and window.stop <= self.per_page:
            rows = self.first[window]
        else:
            rows = self.rows(window.start, window.stop - window.start)
        return live_pages([page_id for page_id, _total in rows])


def live_pages(ids):
    """The live pages of `ids`, in their order, with their stored summaries, in one query. A
    page is loaded as its own type (a query per type) only when its summary was never stored:
    a row written by the migration, until the page's next save or `update_index`."""
    # live() again: a page unpublished without Wagtail's signal (a bulk update) stays in the
    # table until its next save is indexed; it is never shown meanwhile.
    summaries = PageSearchText.objects.filter(page=OuterRef("pk")).values("summary")
    pages = {
        page.pk: page
        for page in Page.objects.live()
        .filter(pk__in=ids)
        .annotate(stored_summary=Subquery(summaries))
    }
    if unknown := [pk for pk, page in pages.items() if page.stored_summary is None]:
        specific = Page.objects.live().filter(pk__in=unknown).defer_streamfields().specific()
        pages.update((page.pk, page) for page in specific)
    for page in pages.values():
        if getattr(page, "stored_summary", None) is not None:
            page.listing_summary = page.stored_summary
    return [pages[pk] for pk in ids if pk in pages]


# The folded words of a page in its language's configuration: the title weighted A,
# everything else D (ts_rank's 1.0 and 0.1), so that pages named by the query come first.
TEXT_ROW = (
    "(%s, %s, %s, setweight(to_tsvector(%s::regconfig, %s), 'A') "
    "|| setweight(to_tsvector(%s::regconfig, %s), 'D'))"
)
# A page saved without a change to what is stored (most saves) is left as it is.
UPSERT = """
    INSERT INTO base_pagesearchtext AS text (page_id, locale_id, summary, vector)
    VALUES {rows}
    ON CONFLICT (page_id) DO UPDATE
    SET locale_id = EXCLUDED.locale_id, summary = EXCLUDED.summary, vector = EXCLUDED.vector
    WHERE (text.locale_id, text.summary, text.vector)
        IS DISTINCT FROM (EXCLUDED.locale_id, EXCLUDED.summary, EXCLUDED.vector)
"""


def store_page_texts(model, pages):
    """Write the summaries and folded words of `pages` (all of `model`, each as its own type)
    from the words Wagtail has just indexed for them; pages not live, the root, and pages
    Wagtail did not index are removed."""
    shown = {page.pk: page for page in pages if page.live and page.depth > 1}
    entries = IndexEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(model),
        object_id__in=[str(pk) for pk in shown],
    ).values_list("object_id", "title_text", "body_text")
    languages = dict(Locale.objects.values_list("pk", "language_code"))
    rows = []
    for pk, title, body in entries:
        page = shown[int(pk)]
        words = config(languages[page.locale_id])
        summary = getattr(page, "listing_summary", "") or ""
        rows.append((page.pk, page.locale_id, summary, words, fold(title), words, fold(body)))
    if gone := {page.pk for page in pages} - {row[0] for row in rows}:
        PageSearchText.objects.filter(page_id__in=gone).delete()
    if rows:
        with connection.cursor() as cursor:
            cursor.execute(
                UPSERT.format(rows=", ".join([TEXT_ROW] * len(rows))),
                [value for row in rows for value in row],
            )


def forget_unpublished_page(sender, instance, **kwargs):
    """A page taken offline leaves the search at once, without waiting for the task that
    re-indexes it (run by a background worker in production)."""
    if keeps_page_texts():
        PageSearchText.objects.filter(page_id=instance.pk).delete()


class PageTextIndex(PostgresIndex):
    """Wagtail's index, and the summaries and folded words of the pages in it."""

    def add_items(self, model, items):
        super().add_items(model, items)
        if issubclass(model, Page):
            store_page_texts(model, items)

    def delete_item(self, item):
        super().delete_item(item)
        if isinstance(item, Page):
            PageSearchText.objects.filter(page_id=item.pk).delete()

    def reset(self):
        super().reset()
        PageSearchText.objects.all().delete()


class PageTextSearchBackend(PostgresSearchBackend):
    index_class = PageTextIndex


def SearchBackend(params):
    """The backend named in WAGTAILSEARCH_BACKENDS: Wagtail's database backend for the
    database in use, keeping the pages' summaries and folded words on PostgreSQL."""
    if keeps_page_texts():
        return PageTextSearchBackend(params)
    return DatabaseSearchBackend(params)
