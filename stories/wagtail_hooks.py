from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from craftsite.phones import PhoneSearchMixin
from stories.models import ClassRegistration


class ClassRegistrationForm(WagtailAdminModelForm):
    """Organisers change a registration's status only along the allowed moves."""

    def clean_status(self):
        status = self.cleaned_data["status"]
        registration = self.instance
        if status != registration.status and not registration.can_become(status):
            raise forms.ValidationError(
                _("A registration that is “%(current)s” cannot become “%(new)s”.")
                % {
                    "current": registration.get_status_display(),
                    "new": ClassRegistration.Status(status).label,
                }
            )
        return status


class ClassRegistrationIndexView(PhoneSearchMixin, generic.IndexView):
    """Registrations, found by the learner's phone however organisers type it."""


class ClassRegistrationViewSet(ModelViewSet):
    """Learners registered for craft classes: personal data, so only groups given the model's
    permissions (reviewers and administrators in the demo) see this menu."""

    model = ClassRegistration
    index_view_class = ClassRegistrationIndexView
    icon = "group"
    menu_label = _("Class registrations")
    add_to_admin_menu = True
    menu_order = 300
    list_display = [
        "name",
        Column("phone", label=_("Phone"), accessor="get_phone_display", sort_key="phone"),
        "age",
        "village",
        "event",
        "status",
        "completed",
        "created_at",
    ]
    list_filter = ["status", "completed"]
    list_export = [
        "name",
        "get_phone_display",
        "age",
        "guardian_name",
        "village",
        "event",
        "status",
        "completed",
        "created_at",
    ]
    export_headings = {"get_phone_display": _("Phone")}
    search_fields = ["name", "phone", "village"]
    edit_handler = ObjectList(
        [FieldPanel("status"), FieldPanel("completed")], base_form_class=ClassRegistrationForm
    )
    inspect_view_enabled = True


@hooks.register("register_admin_viewset")
def register_class_registrations():
    return ClassRegistrationViewSet("class_registrations")
