from django.contrib.auth.models import Permission
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from monitoring import urls
from monitoring.access import may_read_reports


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_read_reports(request.user)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [path("programme-report/", include(urls))]


@hooks.register("register_admin_menu_item")
def register_report_menu_item():
    return ReportMenuItem(
        _("Programme report"), reverse("monitoring:report"), icon_name="table", order=260
    )


@hooks.register("register_admin_menu_item")
def register_filed_reports_menu_item():
    return ReportMenuItem(
        _("Filed reports"), reverse("monitoring:filed_list"), icon_name="doc-full", order=261
    )


@hooks.register("register_permissions")
def register_report_permission():
    """Lets administrators give "read the programme report" and "file the programme report"
    to a group in the admin."""
    return Permission.objects.filter(
        content_type__app_label="monitoring", codename__in=["view_report", "file_report"]
    )
