"""Settings → Personal data: a site administrator finds one person's orders, enquiries and
class registrations by phone or e-mail, downloads them as JSON for the person, or erases
them (anonymises them now), as the person may ask under the 2025 Personal Data Protection
Law. Each export and erasure is recorded (`PersonalDataRequest`)."""

import json
from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from base.forms import PersonForm
from base.models import PersonalDataRequest
from craftsite.personal_data import Purpose, count_person, erase_person, export_person


class PersonalDataView(WagtailAdminTemplateMixin, TemplateView):
    """Find (GET), then export or erase (POST). Superusers only: the page reaches every
    cooperative's buyers."""

    template_name = "base/admin/personal_data.html"
    page_title = gettext_lazy("Personal data")
    header_icon = "user"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get(self, request, *args, **kwargs):
        form = PersonForm(request.GET or None)
        found = labelled(count_person(form.cleaned_data["identifier"])) if form.is_valid() else None
        return self.render_to_response(self.get_context_data(form=form, found=found))

    def post(self, request, *args, **kwargs):
        form = PersonForm(request.POST)
        if not form.is_valid():
            response = self.render_to_response(self.get_context_data(form=form))
            response.status_code = 400
            return response
        identifier = form.cleaned_data["identifier"]
        if request.POST.get("action") != PersonalDataRequest.Action.ERASE:
            return self.export(identifier)
        if not request.POST.get("confirm"):  # erasing cannot be undone: it must be meant
            messages.error(request, _("Tick the box to confirm the erasure."))
            return redirect(
                f"{reverse('personal_data_admin')}?{urlencode({'identifier': identifier})}"
            )
        return self.erase(identifier)

    def export(self, identifier):
        data = export_person(identifier)
        counts = {purpose: len(records) for purpose, records in data.items()}
        PersonalDataRequest.record(
            self.request.user, PersonalDataRequest.Action.EXPORT, identifier, counts
        )
        response = HttpResponse(
            json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
            content_type="application/json; charset=utf-8",
        )
        filename = f"personal-data-{timezone.localdate():%Y-%m-%d}.json"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response

    def erase(self, identifier):
        counts = erase_person(identifier)
        PersonalDataRequest.record(
            self.request.user, PersonalDataRequest.Action.ERASE, identifier, counts
        )
        messages.success(
            self.request,
            _("Erased: %(counts)s.")
            % {"counts": ", ".join(f"{label} {count}" for label, count in labelled(counts))},
        )
        return redirect("personal_data_admin")


def labelled(counts):
    """Counts by purpose, each with its purpose's name in the administrator's language."""
    return [(Purpose(purpose).label, count) for purpose, count in counts.items()]
