"""Who may use the back office, and in which language it speaks to them."""

from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.middleware.csrf import get_token
from django.urls import reverse, reverse_lazy
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers
from django.utils.crypto import salted_hmac
from django.utils.functional import cached_property
from wagtail.admin.localization import get_available_admin_languages

from catalog.permissions import staffed_cooperatives

DEFAULT_LANGUAGE = "vi"


def interface_language(user):
    """The language the admin speaks to the user, by Wagtail's own rule: the one they chose
    in their account settings, else the one their browser asks for if the admin offers it,
    else Vietnamese. The back office is the admin's light twin and must not switch language
    when staff move between the two; it reads the rule without creating the profile that
    Wagtail makes on a first admin visit."""
    profile = getattr(user, "wagtail_userprofile", None)
    if profile is not None:
        return profile.get_preferred_language()
    requested = translation.get_language()
    return requested if requested in dict(get_available_admin_languages()) else DEFAULT_LANGUAGE


class StaffScreenMixin(LoginRequiredMixin):
    """A back-office screen: for cooperative staff only (the cooperatives they work for are
    `self.cooperatives`), signed in through the admin's login, in their admin language.
    Others who are signed in get 403: the back office shows one cooperative's own work,
    and editors or administrators have the full admin for everything.

    Its answer holds one staff member's data, which neither the page cache, a proxy nor the
    browser's HTTP cache may keep (the service worker keeps the last copy for offline use,
    and forgets it when someone else signs in or the person signs out). The page says whose
    it is (`owner`), when it was made (the offline banner shows it) and where changes go,
    and sets the CSRF cookie the page's script sends them with (`backoffice.js`)."""

    login_url = reverse_lazy("wagtailadmin_login")

    @cached_property
    def cooperatives(self):
        return staffed_cooperatives(self.request.user)

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        if not self.cooperatives:  # fetched once: the page's header lists them too
            raise PermissionDenied
        with translation.override(interface_language(request.user)):
            response = super().dispatch(request, *args, **kwargs)
            if hasattr(response, "render"):
                response.render()
        add_never_cache_headers(response)
        return response

    def get_context_data(self, **kwargs):
        get_token(self.request)
        return super().get_context_data(
            owner=owner_key(self.request.user),
            fetched_at=timezone.localtime(),
            change_url=reverse("backoffice:change"),
            **kwargs,
        )


def owner_key(user):
    """Who the back office's pages on a phone belong to, without naming them: the page
    carries it, and the phone forgets the pages it kept and its queue of changes when a page
    of someone else arrives (another staff member signed in on the same phone)."""
    return salted_hmac("backoffice.owner", str(user.pk)).hexdigest()[:20]
