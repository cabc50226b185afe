from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from documents.models import ProgrammeDocument


class ProgrammeDocumentViewSet(SnippetViewSet):
    """The programme's documents, kept by editors: the file and what a reader cites it by."""

    model = ProgrammeDocument
    icon = "doc-full-inverse"
    menu_label = _("Programme documents")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["number", "issued_on", "kind", "title"]
    list_filter = ["kind"]
    search_fields = ["number", "title", "title_en"]
    copy_view_enabled = False


register_snippet(ProgrammeDocumentViewSet)
