from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from base.admin_translations import EnglishToDoView
from base.admin_views import PersonalDataView
from base.models import Navigation
from craftsite.page_cache import allow_page_cache


class NavigationViewSet(SnippetViewSet):
    model = Navigation
    icon = "list-ul"
    menu_label = _("Navigation")
    add_to_settings_menu = True
    list_display = ["__str__", "locale"]


register_snippet(NavigationViewSet)


@hooks.register("insert_global_admin_css")
def admin_css():
    """Fixes to the admin's look that accessibility checks ask for."""
    return format_html('<link rel="stylesheet" href="{}">', static("base/css/admin.css"))


@hooks.register("insert_global_admin_js")
def admin_names_js():
    """Names for the admin's widgets that accessibility checks ask for."""
    return format_html('<script src="{}" defer></script>', static("base/js/admin-names.js"))


@hooks.register("before_serve_page")
def allow_caching_public_pages(page, request, serve_args, serve_kwargs):
    """Pages without a view restriction may be stored for anonymous visitors."""
    if not page.get_view_restrictions():
        allow_page_cache(request)


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_admin_urls")
def register_personal_data_urls():
    return [path("personal-data/", PersonalDataView.as_view(), name="personal_data_admin")]


@hooks.register("register_settings_menu_item")
def register_personal_data_menu_item():
    return SuperuserMenuItem(
        _("Personal data"), reverse("personal_data_admin"), icon_name="user", order=900
    )


class PageEditorsMenuItem(MenuItem):
    """Shown to those who may add, change or publish some page, as Wagtail's page reports."""

    def is_shown(self, request):
        return PagePermissionPolicy(Page).user_has_any_permission(
            request.user, ["add", "change", "publish"]
        )


@hooks.register("register_admin_urls")
def register_english_to_do_urls():
    return [
        path("reports/english-to-do/", EnglishToDoView.as_view(), name="english_to_do"),
        path(
            "reports/english-to-do/results/",
            EnglishToDoView.as_view(results_only=True),
            name="english_to_do_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_english_to_do_menu_item():
    return PageEditorsMenuItem(
        _("English to do"),
        reverse("english_to_do"),
        name="english-to-do",
        icon_name="globe",
        order=1200,
    )
