"""The programme's registry in the admin, under one menu, "Programme": makers and learners,
support projects and raw-material areas. Each screen follows its model's permissions, so
only the Department's programme officers (who keep them), the Ethnic Committee (who reads
them) and administrators see the menu; editors and cooperative staff do not. Lists show on a
phone the columns that identify a record; the others wait for a wider screen."""

from django import forms
from django.contrib.auth.models import Permission
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
)
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from craftsite.phones import PhoneSearchMixin
from programme.forms import ClearMessagesForm, RawMaterialAreaForm, RegisteredPersonForm
from programme.models import ProjectBudget, RawMaterialArea, RegisteredPerson, SupportProject

# Columns a phone leaves out (catalog/static/catalog/css/admin.css).
WIDE_SCREEN_ONLY = "wide-screen-only"


class RegisteredPersonIndexView(PhoneSearchMixin, generic.IndexView):
    """The registry, with the pages its rows name read in the same query, and a person
    found by their phone however it is typed."""

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("ethnic_group", "cooperative")


class RegisteredPersonCreateView(generic.CreateView):
    """Whoever registers a person is kept with the entry, as part of the proof of consent."""

    def save_instance(self):
        self.form.instance.recorded_by = self.request.user
        return super().save_instance()


def roles(person):
    """ "Artisan", "Learner" or both, as the list shows them."""
    names = []
    if person.is_artisan:
        names.append(str(_("Artisan")))
    if person.is_learner:
        names.append(str(_("Learner")))
    return ", ".join(names)


class RegisteredPersonViewSet(ModelViewSet):
    """Makers and learners: personal data, in the menu of those given its permissions."""

    model = RegisteredPerson
    icon = "group"
    menu_label = _("Makers and learners")
    menu_order = 10
    index_view_class = RegisteredPersonIndexView
    add_view_class = RegisteredPersonCreateView
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = [
        "name",
        Column("roles", label=_("Role"), accessor=roles),
        Column("gender", label=_("Gender"), accessor="get_gender_display"),
        Column("birth_year", label=_("Year of birth"), classname=WIDE_SCREEN_ONLY),
        Column("ethnic_group", label=_("Ethnic group"), classname=WIDE_SCREEN_ONLY),
        Column("commune", label=_("Commune or ward"), classname=WIDE_SCREEN_ONLY),
        Column("cooperative", label=_("Cooperative"), classname=WIDE_SCREEN_ONLY),
    ]
    list_filter = ["is_artisan", "is_learner", "gender", "ethnic_group", "cooperative"]
    search_fields = ["name", "commune", "phone"]
    ordering = ["name"]
    inspect_view_fields = [
        "name",
        "is_artisan",
        "is_learner",
        "gender",
        "birth_year",
        "ethnic_group",
        "crafts",
        "commune",
        "phone",
        "cooperative",
        "artisan_page",
        "class_registrations",
        "registered_on",
        "consent_scope",
        "consent_method",
        "consent_witness",
        "consent_recorded_on",
        "recorded_by",
        "consent_notice_version",
        "updated_at",
    ]
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldRowPanel([FieldPanel("is_artisan"), FieldPanel("is_learner")]),
            FieldRowPanel([FieldPanel("gender"), FieldPanel("birth_year")]),
            FieldPanel("ethnic_group", widget=forms.Select),
            FieldPanel("crafts", widget=forms.CheckboxSelectMultiple),
            FieldPanel("commune"),
            FieldPanel("phone"),
            FieldPanel("cooperative", widget=forms.Select),
            FieldPanel("artisan_page", widget=forms.Select),
            FieldPanel("class_registrations"),
            FieldPanel("registered_on"),
            MultiFieldPanel(
                [
                    FieldPanel("consent_scope", widget=forms.RadioSelect),
                    FieldPanel("consent_method", widget=forms.RadioSelect),
                    FieldPanel("consent_witness"),
                    FieldPanel("consent_recorded_on"),
                ],
                heading=_("Consent"),
                help_text=_(
                    "Register nobody without their consent. Keep the signed form at the "
                    "office; for a child under 16, a parent or guardian agrees."
                ),
            ),
        ],
        base_form_class=RegisteredPersonForm,
    )

    def get_permissions_to_register(self):
        return Permission.objects.filter(content_type__app_label="programme")


def facility(project):
    return project.facility_name


def status(project):
    return project.get_status_display()


class BudgetPanel(InlinePanel):
    """The budget lines of a project, whose amounts answer a mistake in clear words too."""

    def get_form_options(self):
        options = super().get_form_options()
        options["formsets"][self.relation_name]["form"] = ClearMessagesForm
        return options


class SupportProjectIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("cooperative")


class SupportProjectViewSet(ModelViewSet):
    model = SupportProject
    icon = "cogs"
    menu_label = _("Support projects")
    menu_order = 20
    index_view_class = SupportProjectIndexView
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = [
        "name",
        Column("facility", label=_("Facility"), accessor=facility, classname=WIDE_SCREEN_ONLY),
        Column("support", label=_("What was given"), accessor="get_support_display"),
        Column("status", label=_("Status"), accessor=status),
        Column("starts_on", label=_("Start date"), classname=WIDE_SCREEN_ONLY),
    ]
    list_filter = ["status", "support"]
    search_fields = ["name", "facility", "commune", "description", "results"]
    ordering = ["-starts_on"]
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldPanel("cooperative", widget=forms.Select),
            FieldPanel("facility"),
            FieldPanel("commune"),
            FieldPanel("support"),
            FieldPanel("description"),
            FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
            FieldPanel("status"),
            BudgetPanel(
                "budget",
                label=_("Budget by source"),
                panels=[FieldRowPanel([FieldPanel("source"), FieldPanel("amount")])],
                max_num=len(ProjectBudget.Source.choices),
            ),
            FieldPanel("results"),
            FieldPanel("people_benefiting"),
        ],
        base_form_class=ClearMessagesForm,
    )


class RawMaterialAreaIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("material", "cooperative")


class RawMaterialAreaViewSet(ModelViewSet):
    model = RawMaterialArea
    icon = "site"
    menu_label = _("Raw-material areas")
    menu_order = 30
    index_view_class = RawMaterialAreaIndexView
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = [
        "name",
        Column("material", label=_("Material")),
        Column("hectares", label=_("Area (hectares)")),
        Column("commune", label=_("Commune or ward"), classname=WIDE_SCREEN_ONLY),
        Column("cooperative", label=_("Cooperative"), classname=WIDE_SCREEN_ONLY),
    ]
    list_filter = ["material"]
    search_fields = ["name", "commune"]
    ordering = ["commune", "name"]
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldPanel("commune"),
            FieldPanel("material", widget=forms.Select),
            FieldPanel("hectares", widget=forms.TextInput(attrs={"inputmode": "decimal"})),
            FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            FieldPanel("cooperative", widget=forms.Select),
            FieldPanel("households"),
            FieldPanel("planted_in"),
        ],
        base_form_class=RawMaterialAreaForm,
    )


class ProgrammeViewSetGroup(ViewSetGroup):
    menu_label = _("Programme")
    menu_icon = "clipboard-list"
    menu_order = 265
    items = (
        RegisteredPersonViewSet("registry"),
        SupportProjectViewSet("support_projects"),
        RawMaterialAreaViewSet("raw_material_areas"),
    )
