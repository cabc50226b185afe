from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from catalog.panels import ACTION_HOOK, CooperativeAction
from catalog.permissions import is_cooperative_staff


@hooks.register(ACTION_HOOK)
def light_back_office(user):
    """From the admin's cooperative home to the light back office, which opens fast on a
    weak signal and keeps working offline."""
    if is_cooperative_staff(user):
        return CooperativeAction(
            _("Light version for phones"),
            reverse("backoffice:dashboard"),
            icon="mobile-alt",
            position=5,
        )
    return None
