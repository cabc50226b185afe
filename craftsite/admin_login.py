"""The admin login, with a limit on attempts: a password cannot be guessed by trying many,
and the limit is kept in the shared cache, so it holds across app servers."""

from django.contrib import messages
from django.utils.translation import gettext as _
from wagtail.admin.views.account import LoginView

from craftsite.ratelimit import over_limit

LOGIN_ATTEMPTS = 10
LOGIN_WINDOW_SECONDS = 15 * 60


class ThrottledLoginView(LoginView):
    def post(self, request, *args, **kwargs):
        """Refuse, without checking the password, the attempts of a client past the limit."""
        if over_limit(request, "admin-login", LOGIN_ATTEMPTS, LOGIN_WINDOW_SECONDS):
            messages.error(request, _("Too many login attempts. Please wait 15 minutes."))
            context = self.get_context_data(form=self.get_form_class()(request))
            return self.render_to_response(context, status=429)
        return super().post(request, *args, **kwargs)
