"""The admin login, with limits on attempts kept in the shared cache, so that they hold
across app servers: a client may try a few times, and an account may fail a few times more
from however many addresses, so that a password cannot be guessed by trying many, nor by
spreading the tries over rented addresses."""

from django.contrib import messages
from django.utils.translation import gettext as _
from wagtail.admin.views.account import LoginView

from craftsite.ratelimit import attempts_reached, count_attempt, over_limit

LOGIN_ATTEMPTS = 10  # per client (an IPv6 /64), in the window
ACCOUNT_FAILURES = 20  # per account name, whatever the address, in the window
LOGIN_WINDOW_SECONDS = 15 * 60


def account_name(request):
    """The account a login form names, as the login compares it (case-insensitive e-mail or
    user name), so that "Admin" and "admin " are one account."""
    return request.POST.get("username", "").strip().casefold()[:150]


class ThrottledLoginView(LoginView):
    def post(self, request, *args, **kwargs):
        """Refuse, without checking the password, the attempts of a client past its limit,
        and those naming an account that failed too often lately, even with its password:
        otherwise a guesser who rotated addresses would be told when they found it."""
        account = f"admin-login-account:{account_name(request)}"
        if over_limit(request, "admin-login", LOGIN_ATTEMPTS, LOGIN_WINDOW_SECONDS) or (
            attempts_reached(account, ACCOUNT_FAILURES)
        ):
            messages.error(request, _("Too many login attempts. Please wait 15 minutes."))
            context = self.get_context_data(form=self.get_form_class()(request))
            return self.render_to_response(context, status=429)
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form):
        """Count a failed attempt against the account it named."""
        count_attempt(
            f"admin-login-account:{account_name(self.request)}",
            ACCOUNT_FAILURES,
            LOGIN_WINDOW_SECONDS,
        )
        return super().form_invalid(form)
