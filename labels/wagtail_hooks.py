from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from catalog.panels import ACTION_HOOK, CooperativeAction
from catalog.permissions import is_cooperative_staff


@hooks.register(ACTION_HOOK)
def print_labels(user):
    """One tap from the cooperative's home in the admin to the labels' screen of the back
    office, where staff make and print QR labels for their pieces."""
    if not is_cooperative_staff(user):
        return None
    return CooperativeAction(
        _("QR labels for pieces"), reverse("labels:index"), icon="tag", position=55
    )
