from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from backoffice.access import StaffScreenMixin


class DashboardView(StaffScreenMixin, TemplateView):
    """The first screen staff see: what waits for them today."""

    template_name = "backoffice/dashboard.html"
    extra_context = {"title": _("Today")}
