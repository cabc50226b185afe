"""What a change of the document library makes stale in the page cache (craftsite.purges):
the library pages, in every language; nothing else shows the documents."""

from wagtail.documents import get_document_model

from craftsite.purges import purge_on_change
from documents.models import DocumentLibraryPage, ProgrammeDocument


def library_paths(_changed):
    return [page.url for page in DocumentLibraryPage.objects.live() if page.url]


def register():
    """Declare the library's purges; called by the app's `ready`."""
    purge_on_change(ProgrammeDocument, library_paths)
    # A file replaced or renamed changes the link the library shows.
    purge_on_change(get_document_model(), library_paths)
