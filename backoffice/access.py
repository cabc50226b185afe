"""Who may use the back office, and in which language it speaks to them."""

from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.urls import reverse_lazy
from django.utils import translation
from django.utils.crypto import salted_hmac
from django.utils.functional import cached_property

from catalog.permissions import staffed_cooperatives

DEFAULT_LANGUAGE = "vi"


def interface_language(user):
    """The language the user chose for the admin (Wagtail's account settings), else
    Vietnamese: the back office is the admin's light twin and must not switch language
    when staff move between the two."""
    profile = getattr(user, "wagtail_userprofile", None)
    return (profile and profile.get_preferred_language()) or DEFAULT_LANGUAGE


class StaffScreenMixin(LoginRequiredMixin):
    """A back-office screen: for cooperative staff only (the cooperatives they work for are
    `self.cooperatives`), signed in through the admin's login, in their admin language.
    Others who are signed in get 403: the back office shows one cooperative's own work,
    and editors or administrators have the full admin for everything."""

    login_url = reverse_lazy("wagtailadmin_login")

    @cached_property
    def cooperatives(self):
        return staffed_cooperatives(self.request.user)

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        if not self.cooperatives.exists():
            raise PermissionDenied
        with translation.override(interface_language(request.user)):
            response = super().dispatch(request, *args, **kwargs)
            if hasattr(response, "render"):
                response.render()
        return response


def owner_key(user):
    """Who the back office's pages on a phone belong to, without naming them: the page
    carries it, and the phone forgets the pages it kept and its queue of changes when a page
    of someone else arrives (another staff member signed in on the same phone)."""
    return salted_hmac("backoffice.owner", str(user.pk)).hexdigest()[:20]
