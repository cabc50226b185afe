"""Seed the demo's document library (documents app): the library page in both languages and
the programme's four texts with their verified metadata. The official files are not
available, so each file is a short text the seed writes, labelled an illustrative
placeholder, with the link to the official source. Data come from demo/data/documents.yaml."""

from django.core.files.base import ContentFile
from django.utils.text import slugify
from wagtail.documents import get_document_model

from demo.data import load
from demo.helpers import demo_collection, upsert_pair
from documents.models import DocumentLibraryPage, ProgrammeDocument


def seed_documents(homes):
    """The library page under each home page and the documents it lists; those already
    there are left alone. Returns the library page of each language, for the footer."""
    data = load("documents")
    library = data["library"]
    pages = upsert_pair(
        homes,
        lambda code: DocumentLibraryPage(
            locale=homes[code].locale,
            title=library[code]["title"],
            slug=library["slug"][code],
            introduction=library[code]["introduction"],
        ),
    )
    for spec in data["documents"]:
        if ProgrammeDocument.objects.filter(number=spec["number"]).exists():
            continue
        ProgrammeDocument.objects.create(
            document=placeholder_file(spec, data["placeholder"]), **spec
        )
    return pages


def placeholder_file(spec, template):
    """A short text file standing in for the official document, saying so."""
    text = template.format(**spec)
    name = slugify(spec["number"].replace("/", "-")) or "van-ban"
    return get_document_model().objects.create(
        title=f"{spec['number']} (minh hoạ / illustrative)",
        collection=demo_collection(),
        file=ContentFile(text.encode("utf-8"), name=f"{name}-placeholder.txt"),
    )
