from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from craftsite.models import Navigation


class NavigationViewSet(SnippetViewSet):
    model = Navigation
    icon = "list-ul"
    menu_label = _("Navigation")
    add_to_settings_menu = True
    list_display = ["__str__", "locale"]


register_snippet(NavigationViewSet)
