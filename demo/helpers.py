"""Building blocks shared by the demo seeds (demo/seed/): stored demo images, pages found or
added in both languages, the local date the demo's relative dates count from, and deferred
search indexing for the whole run."""

import os
from contextlib import contextmanager
from io import BytesIO

from anyascii import anyascii
from django.conf import settings
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.test.utils import override_settings
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.signal_handlers import disable_reference_index_auto_update

from demo import painting

LANGUAGES = ("vi", "en")


def demo_image(title, alt_text, render):
    """Return the demo image with this title, rendering and storing it on first use."""
    existing = get_image_model().objects.filter(title=title).first()
    if existing:
        return existing
    collection = demo_collection()
    slug = slugify(anyascii(title))
    return get_image_model().objects.create(
        title=title,
        description=alt_text,
        credit="Làng Nghề (minh hoạ)",
        collection=collection,
        file=ImageFile(BytesIO(render()), name=f"{slug}.jpg"),
    )


class DemoImages:
    """The images of one table of demo/data (key -> title, alt, alt_en, render), stored on
    first use and then looked up by key."""

    def __init__(self, specs):
        self.specs = specs
        self.found = {}

    def __getitem__(self, key):
        if key not in self.found:
            spec = self.specs[key]
            self.found[key] = demo_image(
                spec["title"], spec["alt"], lambda: painting.render(*spec["render"])
            )
        return self.found[key]

    def alt_text(self, key, code):
        """The image's alt text in the language `code`."""
        spec = self.specs[key]
        return spec["alt"] if code == "vi" else spec["alt_en"]


def demo_collection():
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name="Demo").first()
    return existing or root.add_child(name="Demo")


def publish(page):
    page.save_revision().publish()
    return page


def upsert_child(parent, page):
    """Add `page` under `parent` unless a page with its slug already exists there."""
    existing = parent.get_children().filter(slug=page.slug).first()
    if existing:
        return existing.specific
    parent.add_child(instance=page)
    return publish(page)


def upsert_translation(source, parent, page):
    """Add `page` as the translation of `source` in `page.locale`, under `parent`."""
    existing = source.get_translation_or_none(page.locale)
    if existing:
        return existing.specific
    page.translation_key = source.translation_key
    parent.add_child(instance=page)
    return publish(page)


def upsert_pair(parents, build):
    """The Vietnamese page under parents["vi"] and its English translation under
    parents["en"]; build(code) returns the unsaved page for one language."""
    vi = upsert_child(parents["vi"], build("vi"))
    en = upsert_translation(vi, parents["en"], build("en"))
    return {"vi": vi, "en": en}


def upsert_vietnamese_only(parents, build):
    """The Vietnamese page under parents["vi"] alone, for content nobody has translated yet:
    its English is the alias that the synchronisation of English from Vietnamese makes."""
    return {"vi": upsert_child(parents["vi"], build("vi"))}


@contextmanager
def indexing_deferred():
    """Build demo pages without updating the search and reference indexes after every save
    (each page is saved several times while it is built: that was half the seeding time),
    then index everything once."""
    backends = {
        name: {**params, "AUTO_UPDATE": False}
        for name, params in settings.WAGTAILSEARCH_BACKENDS.items()
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=backends), disable_reference_index_auto_update():
        yield
    with open(os.devnull, "w") as quiet:
        call_command("update_index", stdout=quiet)
        call_command("rebuild_references_index", stdout=quiet)
