"""The programme report reads orders, enquiries and pages; what it keeps of its own is the
reports as filed, and who issues them.

`ProgrammeReport` has no data: it carries the permissions to read and to file the report, as
Wagtail's own `Admin` model carries "access_admin", so that they can be given to a group."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


class ProgrammeReport(models.Model):
    class Meta:
        verbose_name = _("programme report")
        default_permissions = []  # nothing to add, change or delete
        permissions = [
            ("view_report", _("Can read the programme report of every cooperative")),
            ("file_report", _("Can file the programme report")),
        ]


class FiledReportIsFinal(Exception):
    """A filed report is never changed: a correction is a new filing."""


class FiledReport(models.Model):
    """A report as it was filed, kept whatever happens to the data later: its tables as
    shown in Vietnamese and in English (`monitoring.freezing`), the issuing body's header,
    who filed it and when. A filing of the same period and scope as an earlier one
    supersedes it; both are kept."""

    first_day = models.DateField(_("first day"))
    last_day = models.DateField(_("last day"))
    # The cooperative the report is about (its translation key); none: the whole programme.
    cooperative_key = models.UUIDField(_("cooperative"), null=True, blank=True, db_index=True)
    number = models.CharField(_("number"), max_length=60, blank=True)
    note = models.TextField(_("note"), max_length=2000, blank=True)
    content = models.JSONField(_("tables"))  # {language: frozen report}
    issuer = models.JSONField(_("issued by"))  # {language: ReportIssuer.header()'s names}
    filed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("filed by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # The name as it was, an official's on an official record: it stays if the account goes.
    filed_by_name = models.CharField(_("filed by"), max_length=255)
    filed_at = models.DateTimeField(_("filed at"))
    supersedes = models.OneToOneField(
        "self",
        verbose_name=_("corrects"),
        null=True,
        on_delete=models.PROTECT,
        related_name="superseded_by",
    )
    # The filing form's one-time key: a form sent twice files once.
    filing_key = models.UUIDField(unique=True)

    class Meta:
        verbose_name = _("filed report")
        verbose_name_plural = _("filed reports")
        ordering = ["-filed_at", "-pk"]
        default_permissions = []  # filed by its own view, never edited

    def __str__(self):
        return self.content.get("vi", {}).get("title", "")

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise FiledReportIsFinal
        super().save(*args, **kwargs)

    def filename(self, extension):
        period = f"{self.first_day:%Y%m%d}-{self.last_day:%Y%m%d}"
        return f"programme-report-{period}-filed-{self.pk}.{extension}"


@register_setting(icon="doc-full")
class ReportIssuer(BaseGenericSetting):
    """Who issues the programme report: the header of the printed report, in the layout of
    Vietnamese administrative documents (the issuing body under its parent body on the left,
    the national motto on the right). Provincial bodies are merged and renamed, so the names
    are set here, not written in the code. A filed report keeps the names of its day."""

    parent_body = models.CharField(
        _("parent body"),
        max_length=120,
        default="UBND TỈNH QUẢNG NGÃI",
        help_text=_("Written above the issuing body, in capitals, e.g. UBND TỈNH QUẢNG NGÃI."),
    )
    issuing_body = models.CharField(
        _("issuing body"),
        max_length=120,
        default="BAN DÂN TỘC",
        help_text=_("The body that issues the report, in capitals, e.g. BAN DÂN TỘC."),
    )
    parent_body_en = models.CharField(
        _("parent body in English"),
        max_length=120,
        default="QUANG NGAI PROVINCIAL PEOPLE'S COMMITTEE",
    )
    issuing_body_en = models.CharField(
        _("issuing body in English"), max_length=120, default="ETHNIC COMMITTEE"
    )
    place = models.CharField(
        _("place"),
        max_length=60,
        default="Quảng Ngãi",
        help_text=_("Written before the date, e.g. “Quảng Ngãi, ngày 15 tháng 12 năm 2025”."),
    )
    place_en = models.CharField(_("place in English"), max_length=60, default="Quang Ngai")
    document_code = models.CharField(
        _("report code"),
        max_length=30,
        default="BC-BDT",
        help_text=_("What follows the number on a report, e.g. BC-BDT in “Số: 12/BC-BDT”."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("parent_body"), FieldPanel("issuing_body"), FieldPanel("place")],
            heading=_("In Vietnamese"),
        ),
        MultiFieldPanel(
            [FieldPanel("parent_body_en"), FieldPanel("issuing_body_en"), FieldPanel("place_en")],
            heading=_("In English"),
        ),
        FieldPanel("document_code"),
    ]

    class Meta:
        verbose_name = _("report header")

    def header(self):
        """{language: the header's names} as a filed report keeps them."""
        return {
            "vi": {
                "parent_body": self.parent_body,
                "issuing_body": self.issuing_body,
                "place": self.place,
                "document_code": self.document_code,
            },
            "en": {
                "parent_body": self.parent_body_en,
                "issuing_body": self.issuing_body_en,
                "place": self.place_en,
                "document_code": self.document_code,
            },
        }
