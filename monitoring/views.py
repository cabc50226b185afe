"""The report in the admin: the page, its CSV and XLSX exports, and the yearly report as a
workbook and as a page to print; filing a report, and the filed reports with their files and
page to print, read from their copy. Every view of the live report answers the question read
from the address by `ReportForm`, for the reader's own scope (see `monitoring.access`)."""

import uuid

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.generic import TemplateView, View
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from craftsite.periods import local_day
from monitoring.access import cooperatives_in, filed_reports_in, may_file_reports, scope_of
from monitoring.exports import csv_response, xlsx_response
from monitoring.filing import (
    FiledMeanwhile,
    current_filing,
    file_report,
    issuer_of_filing,
    language_of,
    report_of_filing,
)
from monitoring.formatting import document_date
from monitoring.forms import FilingForm, ReportForm
from monitoring.models import ReportIssuer
from monitoring.report import full_report, period_report, yearly_report

EXPORTS = {"csv": csv_response, "xlsx": xlsx_response}


class ReportMixin:
    """Readers only: anyone else is refused. `yearly` views report the whole year asked for,
    with every breakdown; the others the period and breakdown asked for."""

    yearly = False

    def dispatch(self, request, *args, **kwargs):
        self.scope = scope_of(request.user)
        if self.scope is None:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def form(self):
        return ReportForm(self.request.GET, cooperatives_in(self.scope))

    def get_report(self):
        scope = self.form.scope(self.scope)
        if self.yearly:
            return yearly_report(self.form.cleaned_data["year"], scope)
        return period_report(self.form.period(), self.form.cleaned_data["breakdown"], scope)

    def back_to_form(self):
        """A download asked with a malformed question: the report page says what is wrong."""
        return redirect(f"{reverse('monitoring:report')}?{self.request.GET.urlencode()}")


def url_with_query(name, query):
    return f"{reverse(name)}?{urlencode(query)}"


class ReportView(ReportMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "monitoring/report.html"
    page_title = gettext_lazy("Programme report")
    header_icon = "table"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(
            form=self.form, filed_url=reverse("monitoring:filed_list"), **kwargs
        )
        if self.form.is_valid():
            context.update(report=self.get_report(), downloads=self.downloads())
            if may_file_reports(self.request.user):
                context["file_url"] = url_with_query("monitoring:file", self.filing_question())
        return context

    def filing_question(self):
        """What a filing of the report on the screen files: its period and scope."""
        query = self.form.query()
        return {name: value for name, value in query.items() if name != "breakdown"}

    def downloads(self):
        """The exports of what is on the screen, and the yearly report of the year chosen."""
        query = self.form.query()
        yearly = {name: query[name] for name in ("year", "cooperative") if name in query}
        year = query["year"]
        return [
            (_("Download CSV"), url_with_query("monitoring:csv", query)),
            (_("Download XLSX"), url_with_query("monitoring:xlsx", query)),
            (
                _("Yearly report %(year)s (XLSX)") % {"year": year},
                url_with_query("monitoring:yearly_xlsx", yearly),
            ),
            (
                _("Yearly report %(year)s to print") % {"year": year},
                url_with_query("monitoring:yearly", yearly),
            ),
        ]


class ExportView(ReportMixin, View):
    file_format = "csv"

    def get(self, request):
        if not self.form.is_valid():
            return self.back_to_form()
        report = self.get_report()
        return EXPORTS[self.file_format](report, report.filename(self.file_format))


def header_context(issuer, number, day):
    """The header of a printed report: the bodies issuing it, its number (dots to fill in
    by hand when it has none yet) and its place and date."""
    return {
        "issuer": issuer,
        "number": number or f"……/{issuer['document_code']}",
        "place_and_date": document_date(issuer["place"], day),
    }


class PrintableYearlyReportView(ReportMixin, TemplateView):
    """The yearly report as a page of its own, without the admin around it, to print or to
    save as PDF and attach to the committee's annual report, under the issuing body's
    header (`ReportIssuer`)."""

    template_name = "monitoring/printable_report.html"
    yearly = True

    def get(self, request, *args, **kwargs):
        if not self.form.is_valid():
            return self.back_to_form()
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        issuer = ReportIssuer.load().header()[language_of_site(get_language())]
        return super().get_context_data(
            report=self.get_report(),
            back_url=url_with_query("monitoring:report", self.form.query()),
            **header_context(issuer, "", local_day(timezone.now())),
            **kwargs,
        )


def language_of_site(language):
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


# -- filing and the filed reports ------------------------------------------------------------


class FileReportView(ReportMixin, WagtailAdminTemplateMixin, TemplateView):
    """File the report of the period and scope asked in the address: the page says what
    will be filed and which filing it corrects, the form takes its number and a note."""

    template_name = "monitoring/file_report.html"
    page_title = gettext_lazy("File the report")
    header_icon = "doc-full"

    def dispatch(self, request, *args, **kwargs):
        if not may_file_reports(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("monitoring:filed_list"), "label": _("Filed reports")},
            {"url": "", "label": self.page_title},
        ]

    def get(self, request, *args, **kwargs):
        if not self.form.is_valid():
            return self.back_to_form()
        filing = FilingForm(initial={"filing_key": uuid.uuid4()})
        return self.render_to_response(self.get_context_data(filing_form=filing))

    def post(self, request, *args, **kwargs):
        if not self.form.is_valid():
            return self.back_to_form()
        filing = FilingForm(request.POST)
        if filing.is_valid():
            try:
                filed = file_report(
                    self.form.period(),
                    self.form.scope(self.scope),
                    self.form.cleaned_data["cooperative"],
                    user=request.user,
                    **filing.cleaned_data,
                )
            except FiledMeanwhile:
                filing.add_error(
                    None,
                    _(
                        "Another report of this period was filed at the same moment. Look "
                        "at the filed reports before filing again."
                    ),
                )
            else:
                messages.success(request, _("The report is filed."))
                return redirect("monitoring:filed", pk=filed.pk)
        if "filing_key" in filing.errors:  # a form we did not make: send it with a new key
            filing.data = filing.data.copy()
            filing.data["filing_key"] = str(uuid.uuid4())
        return self.render_to_response(self.get_context_data(filing_form=filing))

    def get_context_data(self, **kwargs):
        period = self.form.period()
        return super().get_context_data(
            report=full_report(period, self.form.scope(self.scope)),
            corrects=current_filing(period, self.form.cleaned_data["cooperative"]),
            back_url=url_with_query("monitoring:report", self.form.query()),
            **kwargs,
        )


class FiledMixin:
    """Readers of the report only, and of the filed reports of their own scope: another
    cooperative's filed report is not found."""

    def dispatch(self, request, *args, **kwargs):
        self.scope = scope_of(request.user)
        if self.scope is None:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def filed(self):
        return get_object_or_404(filed_reports_in(self.scope), pk=self.kwargs["pk"])

    @cached_property
    def language(self):
        """The language asked in the address (`?language=en`), else the reader's."""
        asked = self.request.GET.get("language")
        return asked if asked in self.filed.content else language_of(self.filed, get_language())


class FiledReportListView(FiledMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "monitoring/filed_list.html"
    page_title = gettext_lazy("Filed reports")
    header_icon = "doc-full"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        language = language_of_site(get_language())
        filed = filed_reports_in(self.scope).select_related("superseded_by")
        return super().get_context_data(
            filings=[(filing, filing.content[language]) for filing in filed],
            report_url=reverse("monitoring:report"),
            **kwargs,
        )


def filing_lines(filed, language):
    """(label, value) lines saying who filed the report, when, and what it corrects."""
    with translation.override(language):
        lines = [
            (_("Issued by"), issuer_of_filing(filed, language)["issuing_body"]),
            (_("Number"), filed.number or "—"),
            (_("Filed by"), filed.filed_by_name),
            (_("Filed at"), date_format(timezone.localtime(filed.filed_at), "d/m/Y H:i")),
        ]
        if filed.note:
            lines.append((_("Note"), filed.note))
        return lines


class FiledReportView(FiledMixin, WagtailAdminTemplateMixin, TemplateView):
    """A filed report as it was filed, in the reader's language, with its files."""

    template_name = "monitoring/filed_report.html"
    header_icon = "doc-full"

    def get_page_title(self):
        return report_of_filing(self.filed, self.language).title

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("monitoring:filed_list"), "label": _("Filed reports")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        filed = self.filed
        return super().get_context_data(
            filed=filed,
            report=report_of_filing(filed, self.language),
            lines=filing_lines(filed, self.language),
            downloads=self.downloads(),
            **kwargs,
        )

    def downloads(self):
        pk = self.filed.pk
        names = dict(settings.LANGUAGES)
        return [
            (_("Download CSV"), reverse("monitoring:filed_csv", args=[pk])),
            (_("Download XLSX"), reverse("monitoring:filed_xlsx", args=[pk])),
            *(
                (
                    _("To print (%(language)s)") % {"language": names[language]},
                    f"{reverse('monitoring:filed_print', args=[pk])}?language={language}",
                )
                for language in self.filed.content
            ),
        ]


class FiledExportView(FiledMixin, View):
    """The files of a filed report, written from its copy in the language asked."""

    file_format = "csv"

    def get(self, request, pk):
        with translation.override(self.language):
            return EXPORTS[self.file_format](
                report_of_filing(self.filed, self.language),
                self.filed.filename(self.file_format),
                filing_lines(self.filed, self.language),
            )


class PrintableFiledReportView(FiledMixin, TemplateView):
    """A filed report to print, under the header it was filed with, in the language asked
    (`?language=vi` or `en`)."""

    template_name = "monitoring/printable_report.html"

    def get(self, request, *args, **kwargs):
        with translation.override(self.language):
            return super().get(request, *args, **kwargs).render()

    def get_context_data(self, **kwargs):
        filed = self.filed
        return super().get_context_data(
            report=report_of_filing(filed, self.language),
            filed=filed,
            back_url=reverse("monitoring:filed", args=[filed.pk]),
            **header_context(
                issuer_of_filing(filed, self.language),
                filed.number,
                local_day(filed.filed_at),
            ),
            **kwargs,
        )
