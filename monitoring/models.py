"""The programme report has no data of its own: it reads orders, enquiries and pages. This
empty model only carries the permission to read the report, as Wagtail's own `Admin` model
carries "access_admin", so that it can be given to a group in the admin."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ProgrammeReport(models.Model):
    class Meta:
        verbose_name = _("programme report")
        default_permissions = []  # nothing to add, change or delete
        permissions = [("view_report", _("Can read the programme report of every cooperative"))]
