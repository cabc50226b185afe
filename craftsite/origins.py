"""Cross-site protection for the forms on stored public pages, without a token.

A page stored once and served to every anonymous visitor, by the site's page cache or a shared
proxy, cannot carry a CSRF token of each visitor's own. Its forms (add to cart, register for a
class) are protected instead by the headers every current browser sends with a form post, as
Go's `net/http.CrossOriginProtection` does (https://words.filippo.io/csrf/): `Sec-Fetch-Site`
says whether the post comes from a page of this site; where a browser does not send it,
`Origin` must name this site. A post with neither header comes from no current browser: a
script can post anyway, and there is no victim's browser session for it to ride.
This module imports no app.
"""

from functools import wraps

from django.conf import settings
from django.views.csrf import csrf_failure
from django.views.decorators.csrf import csrf_exempt

SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
SAME_SITE_FETCHES = ("same-origin", "none")  # "none": typed in, or a bookmark


def is_cross_origin(request):
    """Whether a browser sent this request from a page of another site."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return fetch_site not in SAME_SITE_FETCHES
    origin = request.headers.get("Origin")
    if origin is None:
        return False
    own = f"{request.scheme}://{request.get_host()}"
    return origin != own and origin not in settings.CSRF_TRUSTED_ORIGINS


def same_origin_forms(view):
    """Refuse, with the usual 403 page, a post to `view` sent from another site; the view
    takes no CSRF token."""

    @csrf_exempt
    @wraps(view)
    def protected(request, *args, **kwargs):
        if request.method not in SAFE_METHODS and is_cross_origin(request):
            return csrf_failure(request, reason="Cross-origin form post.")
        return view(request, *args, **kwargs)

    return protected
