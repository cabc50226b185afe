from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _


class PageSearchText(models.Model):
    """What the site search on PostgreSQL reads of one live page (not the root): its language,
    its summary as search results show it, and its words folded to plain letters
    (craftsite.text.fold) as a full-text vector, the title weighted A and the rest D. The
    search backend (base.search) keeps it beside Wagtail's own index; a GIN index on `vector`
    (migration 0003) lets a search read only the pages it finds. On SQLite the table stays
    empty and the search uses Wagtail's index."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    # No index of its own: a search reads the pages its words find and keeps those of its
    # language; an index on the language would only add half the table to every search.
    locale = models.ForeignKey(
        "wagtailcore.Locale", on_delete=models.CASCADE, related_name="+", db_index=False
    )
    # The page's `listing_summary`, so that results of many page types load in one query.
    # Null until stored by the backend: the migration that made the table could not know it.
    summary = models.TextField(null=True)  # noqa: DJ001 (null: not stored yet, "": none)
    vector = SearchVectorField()

    class Meta:
        verbose_name = _("page search text")
        verbose_name_plural = _("page search texts")

    def __str__(self):
        return f"Search text of page {self.page_id}"
