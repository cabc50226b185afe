"""The programme's document library: its legal texts and plans (resolutions, decisions,
yearly plans, reports, official letters), each a Wagtail document with what a reader cites
it by: its number, date and issuing body. The files are served as Wagtail serves every
document; this app keeps what Wagtail's document model lacks, in both languages, and the
public page that lists them."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

from base.mixins import HeroMixin
from craftsite.page_cache import query_shown
from craftsite.translation import TranslatedField

# Resolution 08-NQ/TU of February 2022 opened the programme, but it builds on earlier texts
# (Decision 322/QĐ-UBND of 2017): a date before this is a typing slip.
EARLIEST_DOCUMENT_YEAR = 1990


class ProgrammeDocumentQuerySet(models.QuerySet):
    def newest_first(self):
        return self.order_by("-issued_on", "number")

    def years(self):
        """The years some document was issued in, newest first."""
        return sorted({d.year for d in self.dates("issued_on", "year")}, reverse=True)


class ProgrammeDocument(models.Model):
    """One legal text or plan of the programme, with the file people download."""

    class Kind(models.TextChoices):
        RESOLUTION = "resolution", _("Resolution")
        DECISION = "decision", _("Decision")
        PLAN = "plan", _("Plan")
        REPORT = "report", _("Report")
        OFFICIAL_LETTER = "letter", _("Official letter")

    kind = models.CharField(_("kind of document"), max_length=12, choices=Kind.choices)
    number = models.CharField(
        _("number"),
        max_length=40,
        help_text=_("As printed on the document, e.g. 465/QĐ-UBND or 08-NQ/TU."),
    )
    issued_on = models.DateField(
        _("date issued"), help_text=_("The date printed on the document, not today.")
    )
    issuing_body = models.CharField(
        _("issued by"),
        max_length=200,
        help_text=_("In Vietnamese, e.g. Ủy ban nhân dân tỉnh Kon Tum."),
    )
    issuing_body_en = models.CharField(
        _("issued by (English)"),
        max_length=200,
        blank=True,
        help_text=_(
            "e.g. Kon Tum Provincial People's Committee. Leave empty to show the Vietnamese."
        ),
    )
    title = models.CharField(
        _("title"), max_length=300, help_text=_("What the document is about, in Vietnamese.")
    )
    title_en = models.CharField(
        _("title (English)"),
        max_length=300,
        blank=True,
        help_text=_("Leave empty to show the Vietnamese title."),
    )
    summary = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("Two or three sentences: what it decides or plans, for whom."),
    )
    summary_en = models.TextField(_("summary (English)"), blank=True)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("file"),
        help_text=_("The PDF or Word file people download. Upload it here or choose one."),
    )
    source_url = models.URLField(
        _("official source"),
        blank=True,
        help_text=_("Where the official text is published, e.g. the province's portal."),
    )

    display_title = TranslatedField("title")
    display_summary = TranslatedField("summary")
    display_issuing_body = TranslatedField("issuing_body")

    objects = ProgrammeDocumentQuerySet.as_manager()

    panels = [
        FieldPanel("kind"),
        FieldRowPanel([FieldPanel("number"), FieldPanel("issued_on")]),
        MultiFieldPanel(
            [FieldPanel("issuing_body"), FieldPanel("issuing_body_en")], _("Issued by")
        ),
        MultiFieldPanel(
            [
                FieldPanel("title"),
                FieldPanel("summary"),
                FieldPanel("title_en"),
                FieldPanel("summary_en"),
            ],
            _("What it is about"),
        ),
        FieldPanel("document"),
        FieldPanel("source_url"),
    ]
    search_fields = [
        index.SearchField("number"),
        index.SearchField("title"),
        index.SearchField("title_en"),
        index.AutocompleteField("number"),
        index.FilterField("kind"),
    ]

    class Meta:
        verbose_name = _("programme document")
        verbose_name_plural = _("programme documents")
        ordering = ["-issued_on", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["number", "issued_on"], name="one_document_per_number_and_date"
            )
        ]

    def __str__(self):
        return f"{self.number} ({self.issued_on:%d/%m/%Y})"

    def clean(self):
        """A document's date is the one printed on it: never ahead of today (a plan for next
        year is still issued this year), and not before the programme's older texts."""
        super().clean()
        if self.issued_on and self.issued_on > timezone.localdate():
            raise ValidationError({"issued_on": _("A document cannot be issued after today.")})
        if self.issued_on and self.issued_on.year < EARLIEST_DOCUMENT_YEAR:
            raise ValidationError(
                {
                    "issued_on": _("Check the year: the programme's texts start in %(year)d.")
                    % {"year": EARLIEST_DOCUMENT_YEAR}
                }
            )
        self.number = " ".join(self.number.split())


class DocumentLibraryPage(HeroMixin, Page):
    """The public list of the programme's documents, newest first, filtered by kind and
    year. One per language under the home page; the documents are the same rows in every
    language, each showing its English title where one is written."""

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("hero_image")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]
    parent_page_types = ["base.HomePage", "base.StandardPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("document library")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        documents = ProgrammeDocument.objects.select_related("document")
        kinds = ProgrammeDocument.Kind
        years = documents.years()
        kind = request.GET.get("kind", "")
        if kind not in kinds.values:
            kind = ""
        year = request.GET.get("year", "")
        if year not in {str(y) for y in years}:
            year = ""
        query_shown(request, kind=(kind, ""), year=(year, ""))
        if kind:
            documents = documents.filter(kind=kind)
        if year:
            documents = documents.filter(issued_on__year=int(year))
        context.update(
            documents=documents.newest_first(),
            kinds=kinds.choices,
            years=years,
            selected_kind=kind,
            selected_year=year,
        )
        return context
