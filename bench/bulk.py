"""Bulk page insertion for large benchmark content: tens of thousands of pages in a minute
instead of hours of `add_child` and `save_revision`. This module imports no app.

Pages go straight into the tables: the treebeard paths are computed here, the base `Page`
rows go in with `bulk_create` and the rows of the page type's own table with one
`executemany` (Django refuses `bulk_create` for multi-table inheritance). No revision, log
entry, search entry or reference-index entry is written, and no signal is sent."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

BATCH_SIZE = 2000


class SeedError(Exception):
    """Benchmark content cannot be written here: the settings forbid it, or the site lacks
    what it is built on (run `manage.py seed_demo` first)."""


def refuse_unless_allowed():
    if not getattr(settings, "DEMO_CONTENT_ALLOWED", False):
        raise SeedError(
            "Benchmark content is not allowed with these settings "
            "(set DEMO_CONTENT_ALLOWED only in development and tests)."
        )


class Translated:
    """Pages of a translatable model in the given locales, paired by
    translation key, so that a page and its translations point at one thing in their own
    languages. Keys are those of the first locale; a missing translation gives None."""

    def __init__(self, queryset, locale_ids):
        self.ids = {locale_id: {} for locale_id in locale_ids}
        rows = queryset.filter(locale_id__in=locale_ids).order_by("pk")
        for locale_id, key, pk in rows.values_list("locale_id", "translation_key", "pk"):
            self.ids[locale_id][key] = pk
        self.keys = list(self.ids[locale_ids[0]])

    def pick(self, rng):
        return rng.choice(self.keys) if self.keys else None

    def sample(self, rng, most):
        return rng.sample(self.keys, rng.randint(1, min(most, len(self.keys)))) if self.keys else []

    def id(self, key, locale_id):
        return self.ids[locale_id].get(key) if key else None


def tree_fields(page, fields=("id", "path", "depth", "locale_id", "url_path")):
    """The tree fields of an existing page that new children need, as a dict like those
    `insert_pages` returns."""
    return {name: getattr(page, name) for name in fields}


def page_fields(parent, step, spec, language):
    """Values of the base Page row of a live page: the `step`th child of `parent`, in the
    parent's language, sharing its translation key with the same spec in other languages."""
    slug = spec["slug"][language]
    title = spec["title"][language]
    return {
        "path": Page._get_path(parent["path"], parent["depth"] + 1, step),
        "depth": parent["depth"] + 1,
        "numchild": 0,
        "locale_id": parent["locale_id"],
        "translation_key": spec["key"],
        "title": title,
        "draft_title": title,
        "slug": slug,
        "url_path": f"{parent['url_path']}{slug}/",
        "live": True,
        "has_unpublished_changes": False,
    }


def last_child_step(parent):
    """The step number of the last child of `parent` (0 when it has none): new children
    come after it, as treebeard's add_child would put them."""
    last = (
        Page.objects.filter(path__startswith=parent["path"], depth=parent["depth"] + 1)
        .order_by("-path")
        .values_list("path", flat=True)
        .first()
    )
    return Page._str2int(last[-Page.steplen :]) if last else 0


def recount_children(parent):
    children = Page.objects.filter(path__startswith=parent["path"], depth=parent["depth"] + 1)
    Page.objects.filter(pk=parent["id"]).update(numchild=children.count())


def insert_pages(model, rows):
    """Insert pages of `model`, given as (base Page values, the model's own values) pairs;
    returns the base values with "id" filled in."""
    content_type_id = ContentType.objects.get_for_model(model).pk
    base = []
    for page, _own in rows:
        page["content_type_id"] = content_type_id
        base.append(Page(**page))
    Page.objects.bulk_create(base, batch_size=BATCH_SIZE)
    if any(page.pk is None for page in base):
        raise SeedError("This database does not return the ids of bulk-inserted rows.")
    for (page, own), row in zip(rows, base, strict=True):
        page["id"] = row.pk
        own["page_ptr_id"] = row.pk
    insert_rows(model, [own for _page, own in rows])
    return [page for page, _own in rows]


def insert_rows(model, rows):
    """Insert `rows` (dicts by attribute name) into the model's own table only, which is what
    `bulk_create` refuses to do for a child of multi-table inheritance. Missing values take
    the field's default."""
    fields = model._meta.local_concrete_fields
    quote = connection.ops.quote_name
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        quote(model._meta.db_table),
        ", ".join(quote(field.column) for field in fields),
        ", ".join(["%s"] * len(fields)),
    )
    params = [
        [
            field.get_db_prep_save(
                row[field.attname] if field.attname in row else field.get_default(), connection
            )
            for field in fields
        ]
        for row in rows
    ]
    with connection.cursor() as cursor:
        for start in range(0, len(params), BATCH_SIZE):
            cursor.executemany(sql, params[start : start + BATCH_SIZE])


def insert_links(model, name, pairs):
    """Rows of the many-to-many field `name` of `model`, as (page id, other id) pairs."""
    field = model._meta.get_field(name)
    through = field.remote_field.through
    source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
    through.objects.bulk_create(
        [through(**{f"{source}_id": a, f"{target}_id": b}) for a, b in pairs],
        batch_size=BATCH_SIZE,
    )


def index_pages(model, ids, prefetch=(), chunk=500):
    """Add the pages of `model` with these ids to the search index, a chunk at a time, with
    `prefetch` loaded alongside (the related rows their search fields read). Much faster
    than `update_index` for new pages only: nothing else is re-indexed."""
    backend = get_search_backend()
    ids = sorted(ids)
    for start in range(0, len(ids), chunk):
        pages = model.objects.filter(pk__in=ids[start : start + chunk]).prefetch_related(*prefetch)
        backend.add_bulk(model, list(pages))
