"""A cache of whole public pages for visitors who are not logged in and have no cart.

Most visits are anonymous reads of pages that change a few times a day, so a cached page is
served before Wagtail routes, renders or queries anything. Only pages Wagtail serves without a
view restriction are stored (`allow_page_cache`, called from a `before_serve_page` hook), and
only for requests that carry no session or message cookie: a logged-in user, someone with a
cart or a flash message always gets a fresh page.

Forms on cached pages keep working: the CSRF token is taken out of the stored HTML and each
visitor gets their own token put back in.

Purging is by address: every path has a version in the cache, and a page is stored under its
path's version, so that purging a path (every query string of it included, such as each
page of a listing) is one cache write. `purge_all` changes the generation every key includes.
This module imports no app; each app says which paths show its data (craftsite.purges).
"""

import re
import secrets
from urllib.parse import unquote

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.middleware.csrf import CsrfViewMiddleware, get_token
from django.utils.cache import cc_delim_re

CSRF_INPUT = re.compile(rb'(name="csrfmiddlewaretoken" value=")[A-Za-z0-9]+(")')
CSRF_PLACEHOLDER = b"\x00csrf\x00"
CACHEABLE_STATUS = 200
# What the view and inner middleware added to a stored page, which a hit repeats; the CSRF
# cookie is set afresh for each visitor, and SecurityMiddleware runs on hits as well.
HEADERS_KEPT = (
    "Content-Type",
    "Content-Language",
    "Vary",
    "X-Frame-Options",
    "X-Robots-Tag",
    "Link",
    "Content-Security-Policy",
    "Permissions-Policy",
)


def cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def allow_page_cache(request):
    """Say that the response to `request` may be stored: Wagtail is serving a public page."""
    request.page_cache_allowed = True


def is_cacheable_request(request):
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
    )


GENERATION_KEY = "page:generation"


def versions(*keys):
    """The current versions stored at `keys`, in one round trip, creating any the cache has
    lost (never starting again from a fixed value: a page stored under an old version must
    not come back when its version key is evicted)."""
    store = cache()
    found = store.get_many(keys)
    for key in keys:
        if key not in found:
            store.add(key, secrets.token_hex(4), timeout=None)
            found[key] = store.get(key)
    return [found[key] for key in keys]


def path_version_key(path):
    """One key per address, whether it comes percent-encoded (a page's URL) or decoded (a
    request's path)."""
    return f"page:v:{unquote(path)}"


def page_key(request):
    generation, path_version = versions(GENERATION_KEY, path_version_key(request.path))
    query = request.META.get("QUERY_STRING", "")
    return f"page:{generation}:{path_version}:{request.get_host()}:{request.path}?{query}"


def purge_paths(paths):
    """Forget the stored pages at these addresses, with every query string."""
    cache().set_many({path_version_key(path): secrets.token_hex(4) for path in paths}, None)


def purge_all(**kwargs):
    """Forget every stored page (navigation, the footer or a page shown in many places
    changed). Usable as a signal receiver."""
    cache().set(GENERATION_KEY, secrets.token_hex(4), None)


def is_cacheable_response(request, response):
    """A full public page for an anonymous visitor that sets no cookie of its own."""
    user = getattr(request, "user", None)
    cache_control = set(cc_delim_re.split(response.get("Cache-Control", "").lower()))
    return (
        request.method == "GET"
        and getattr(request, "page_cache_allowed", False)
        and response.status_code == CACHEABLE_STATUS
        and not response.streaming
        and not (user and user.is_authenticated)
        and not cache_control & {"private", "no-store", "no-cache"}
        and all(name == settings.CSRF_COOKIE_NAME for name in response.cookies)
    )


def stored_form(response):
    """What is kept of a response: status, the headers that describe the content, and the
    content with its CSRF tokens taken out."""
    headers = {name: response[name] for name in HEADERS_KEPT if response.has_header(name)}
    content = CSRF_INPUT.sub(rb"\1" + CSRF_PLACEHOLDER + rb"\2", response.content)
    return {"content": content, "headers": headers}


class PageCacheMiddleware:
    """Serve stored pages before anything else is done; store fresh public pages.

    Sits before the security-header, session, locale, CSRF and authentication middleware,
    whose work a stored page already holds or does not need: a visitor without a session
    cookie is anonymous. For a stored page with a form, it runs the CSRF middleware itself,
    which reads the visitor's CSRF cookie, or sets one for the token put into the page."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.csrf = CsrfViewMiddleware(get_response)

    def __call__(self, request):
        if not is_cacheable_request(request):
            return self.get_response(request)
        key = page_key(request)
        stored = cache().get(key)
        if stored is not None:
            return self.rebuilt_response(request, stored)
        response = self.get_response(request)
        if is_cacheable_response(request, response):
            cache().set(key, stored_form(response), settings.PAGE_CACHE_SECONDS)
            response["X-Page-Cache"] = "miss"
        return response

    def rebuilt_response(self, request, stored):
        """A response from a stored page, with a CSRF token of this visitor's own."""
        content = stored["content"]
        needs_token = CSRF_PLACEHOLDER in content
        if needs_token:
            self.csrf.process_request(request)
            content = content.replace(CSRF_PLACEHOLDER, get_token(request).encode())
        response = HttpResponse(content, headers=stored["headers"])
        response["X-Page-Cache"] = "hit"
        return self.csrf.process_response(request, response) if needs_token else response
