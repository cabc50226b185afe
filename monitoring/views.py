"""The report in the admin: the page, its CSV and XLSX exports, and the yearly report as a
workbook and as a page to print. Every view answers the same question read from the address
by `ReportForm`, for the reader's own scope (see `monitoring.access`)."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from craftsite.periods import local_day
from monitoring.access import cooperatives_in, scope_of
from monitoring.exports import csv_response, xlsx_response
from monitoring.forms import ReportForm
from monitoring.report import period_report, yearly_report

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
        context = super().get_context_data(form=self.form, **kwargs)
        if self.form.is_valid():
            context.update(report=self.get_report(), downloads=self.downloads())
        return context

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
        return EXPORTS[self.file_format](self.get_report())


class PrintableYearlyReportView(ReportMixin, TemplateView):
    """The yearly report as a page of its own, without the admin around it, to print or to
    save as PDF and attach to the committee's annual report."""

    template_name = "monitoring/yearly_report.html"
    yearly = True

    def get(self, request, *args, **kwargs):
        if not self.form.is_valid():
            return self.back_to_form()
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            report=self.get_report(),
            today=local_day(timezone.now()),
            back_url=url_with_query("monitoring:report", self.form.query()),
            **kwargs,
        )
