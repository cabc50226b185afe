"""The public rates document, and the chooser of the currency for indicative prices."""

from django.conf import settings
from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import redirect
from django.utils.cache import patch_cache_control
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from currencies.models import offered_currencies
from currencies.rates import published_rates

CURRENCY_COOKIE = "indicative_currency"
NO_CURRENCY = "VND"  # the cookie's value for "VND alone"
LONGEST_NEXT = 2000
COOKIE_AGE = 365 * 24 * 60 * 60


@require_safe
def exchange_rates(request):
    """Today's rates, the same for everyone: browsers and shared caches may keep them for
    an hour, and a change of a rate purges them (currencies.purges)."""
    response = JsonResponse(published_rates())
    patch_cache_control(response, public=True, max_age=settings.EXCHANGE_RATES_MAX_AGE)
    return response


@require_safe
def choose_currency(request):
    """Remember the visitor's currency in a cookie that the page script reads, and go back to
    the page they were on. Works without script: it is a plain form in every page's footer.
    Stored pages stay the same for everyone; only the script reads the cookie."""
    back = safe_next(request)
    code = request.GET.get("currency", "")
    if code != NO_CURRENCY and code not in offered_currencies():
        messages.error(
            request, _("Prices cannot be shown in that currency. Choose one from the list.")
        )
        return redirect(back)
    response = redirect(back)
    response.set_cookie(
        CURRENCY_COOKIE,
        code,
        max_age=COOKIE_AGE,
        secure=settings.SESSION_COOKIE_SECURE,
        samesite="Lax",
    )
    return response


def safe_next(request):
    """The page to return to: `next` when it is an address of this site, else the home page
    of the visitor's language. A link made elsewhere cannot send visitors off the site."""
    candidate = request.GET.get("next", "")
    if (
        len(candidate) <= LONGEST_NEXT
        and candidate.startswith("/")
        and candidate.isprintable()
        and url_has_allowed_host_and_scheme(
            candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
    ):
        return candidate
    return f"/{request.LANGUAGE_CODE}/"
