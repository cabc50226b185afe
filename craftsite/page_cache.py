"""A cache of whole public pages for every visitor who is not logged in, cart or not.

Most visits are anonymous reads of pages that change a few times a day, so a stored page is
served before Wagtail routes, renders or queries anything. Only pages Wagtail serves without a
view restriction are stored (`allow_page_cache`, called from a `before_serve_page` hook).
Nothing personal is in a stored page: the cart's count is read from a cookie by a few lines of
script, flash messages come with a `messages` cookie and such a request is rendered afresh, and
the forms on public pages carry no CSRF token (craftsite.origins protects them instead). So a
visitor with a cart (a session) gets stored pages as well; only a logged-in session does not.

The key space is bounded by the pages that exist. A page says which query parameters it read
and which values it showed (`query_shown`): only those enter its key, in one order, without
defaults, so tracking parameters (`utm_*`, `fbclid`, `zarsrc`) and unknown ones share the
page's stored copy, and a value the page did not honour (a made-up id, page 999) is rendered but
never stored. Each address has a record, created when a page is served there and expiring with
its pages, holding the address's version and the page's parameters; a request to an address
with a record is stripped down to those parameters before the page sees it. Purging an address
deletes its record, which forgets every query string of it at once; `purge_all` changes the
generation every key includes.

Stored pages are public for shared HTTP caches too (`Cache-Control: public, s-maxage`); every
other response this middleware sees is `private`. This module imports no app; each app says
which paths show its data (craftsite.purges).
"""

import secrets
from importlib import import_module
from urllib.parse import unquote, urlencode

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.core.cache import caches
from django.http import HttpResponse, QueryDict
from django.utils.cache import cc_delim_re, patch_cache_control

CACHEABLE_STATUS = 200
# Longer addresses are served but never stored: no page of the site has one, and a flood of
# made-up long addresses must not fill the cache with big keys.
MAX_STORED_ADDRESS = 300
# What the view and inner middleware added to a stored page, which a hit repeats;
# SecurityMiddleware runs on hits as well.
HEADERS_KEPT = (
    "Content-Type",
    "Content-Language",
    "X-Frame-Options",
    "X-Robots-Tag",
    "Link",
    "Content-Security-Policy",
    "Permissions-Policy",
)
GENERATION_KEY = "page:generation"
CSRF_FIELD = b'name="csrfmiddlewaretoken"'
MESSAGES_COOKIE = "messages"  # django.contrib.messages' cookie storage


def cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def allow_page_cache(request):
    """Say that the response to `request` may be stored: Wagtail is serving a public page."""
    request.page_cache_allowed = True


def query_shown(request, **parameters):
    """Say that the page read these query parameters, each given as (value shown, default):
    `query_shown(request, page=(3, 1), sort=("price", "newest"))`. A page that reads a
    parameter without saying so is never stored with it in its query string."""
    shown = request.__dict__.setdefault("page_cache_query", {})
    for name, (value, default) in parameters.items():
        shown[name] = (str(value), str(default))


def canonical_query(pairs, defaults):
    """The query string of `pairs` restricted to the parameters in `defaults`, by name, with
    empty and default values left out."""
    kept = sorted(
        (name, value)
        for name, value in pairs
        if name in defaults and value not in ("", defaults[name])
    )
    return urlencode(kept)


def query_read(request):
    """{parameter: (value shown, default)} for what the page read from the query string."""
    return getattr(request, "page_cache_query", {})


def parameters_read(request):
    """{parameter: default} of the page's query parameters: what its address's record keeps."""
    return {name: default for name, (_value, default) in query_read(request).items()}


def shown_query(request):
    """The query string of what the page showed, in canonical form."""
    shown = query_read(request).items()
    return canonical_query(((name, value) for name, (value, _d) in shown), parameters_read(request))


def record_key(path):
    """One record per address, whether it comes percent-encoded (a page's URL) or decoded (a
    request's path)."""
    return f"page:record:{unquote(path)}"


def page_key(generation, record, request, query):
    return f"page:{generation}:{record['version']}:{request.get_host()}:{request.path}?{query}"


def purge_paths(paths):
    """Forget the stored pages at these addresses, with every query string: each address gets
    a new version, keeping the parameters its page reads. An address with no record gets one
    without parameters, so that a page being rendered there from the data before the change
    is not stored when it is done."""
    keys = [record_key(path) for path in paths]
    found = cache().get_many(keys)
    cache().set_many(
        {key: new_record(found.get(key, {}).get("parameters")) for key in keys},
        settings.PAGE_CACHE_SECONDS,
    )


def new_record(parameters):
    return {"version": secrets.token_hex(4), "parameters": parameters}


def purge_all(**kwargs):
    """Forget every stored page (navigation, the footer or a page shown in many places
    changed). Usable as a signal receiver."""
    cache().set(GENERATION_KEY, secrets.token_hex(4), None)


def is_signed_in(request):
    """Whether the visitor's session belongs to a logged-in user. Read from the session store
    directly (one cache read in production): the session middleware has not run yet."""
    session_key = request.COOKIES.get(settings.SESSION_COOKIE_NAME)
    if not session_key:
        return False
    session = import_module(settings.SESSION_ENGINE).SessionStore(session_key)
    return SESSION_KEY in session


def may_use_store(request):
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and not request.COOKIES.get(MESSAGES_COOKIE)
        and len(request.path) + len(request.META.get("QUERY_STRING", "")) <= MAX_STORED_ADDRESS
        and not is_signed_in(request)
    )


def is_cacheable_response(request, response):
    """A full public page for an anonymous visitor, setting no cookie and holding no form
    token, showing exactly the query string it was asked for."""
    user = getattr(request, "user", None)
    cache_control = set(cc_delim_re.split(response.get("Cache-Control", "").lower()))
    return (
        request.method == "GET"
        and getattr(request, "page_cache_allowed", False)
        and response.status_code == CACHEABLE_STATUS
        and not response.streaming
        and not (user and user.is_authenticated)
        and not cache_control & {"private", "no-store", "no-cache"}
        and not response.cookies
        and CSRF_FIELD not in response.content
    )


def stored_form(response):
    """What is kept of a response: the headers that describe the content, and the content."""
    headers = {name: response[name] for name in HEADERS_KEPT if response.has_header(name)}
    return {"content": response.content, "headers": headers}


def mark_shared(response):
    """Let shared caches (a proxy, a CDN) hold the page as long as this cache does; browsers
    ask again each time, so a purge reaches them at once. The page is the same whatever
    cookies the visitor has."""
    del response["Vary"]
    patch_cache_control(response, public=True, max_age=0, s_maxage=settings.PAGE_CACHE_SECONDS)


def mark_private(response):
    if not response.has_header("Cache-Control"):
        patch_cache_control(response, private=True)


def only_query(request, query):
    """Let the page see only the query string that enters its key."""
    request.META["QUERY_STRING"] = query
    request.GET = QueryDict(query)


def unchanged_since(request, generation, record):
    """Whether nothing was purged while the page was rendered and stored. A page the site
    stored under an old version is never found again, but a shared cache told to keep it would
    keep it past the purge it already had: such a page is answered as private."""
    found = cache().get_many([GENERATION_KEY, record_key(request.path)])
    current = found.get(record_key(request.path)) or {}
    return found.get(GENERATION_KEY) == generation and current.get("version") == record["version"]


class PageCacheMiddleware:
    """Serve stored pages before anything else is done; store fresh public pages.

    Sits before the security-header, session, locale, CSRF and authentication middleware,
    whose work a stored page already holds or does not need."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not may_use_store(request):
            response = self.get_response(request)
            mark_private(response)
            return response
        record_name = record_key(request.path)
        found = cache().get_many([GENERATION_KEY, record_name])
        generation, record = found.get(GENERATION_KEY), found.get(record_name)
        asked = request.META.get("QUERY_STRING", "")
        if generation and record and record["parameters"] is not None:
            query = canonical_query(request.GET.items(), record["parameters"])
            stored = cache().get(page_key(generation, record, request, query))
            if stored is not None:
                return self.stored_response(stored, shared=query == asked)
            only_query(request, query)
        response = self.get_response(request)
        if is_cacheable_response(request, response) and self.store(
            request, response, generation, record
        ):
            response["X-Page-Cache"] = "miss"
            if request.META["QUERY_STRING"] == asked:
                mark_shared(response)
        mark_private(response)
        return response

    def store(self, request, response, generation, record):
        """Store a fresh public page, if nothing was purged while it was being rendered: under
        the generation and record read before, or under ones made now if there were none (made
        with `add`, which fails if a purge made them meanwhile). An address whose record does
        not know the page's parameters gets a record that does, and its page is stored on the
        next visit. A page that showed another query string than it was asked for is not
        stored: its content may depend on parameters left out of the key."""
        parameters = parameters_read(request)
        timeout = settings.PAGE_CACHE_SECONDS
        if generation is None:
            if not cache().add(GENERATION_KEY, secrets.token_hex(4), None):
                return False
            generation = cache().get(GENERATION_KEY)
        if record is None:
            record = new_record(parameters)
            if not cache().add(record_key(request.path), record, timeout):
                return False
        elif record["parameters"] != parameters:
            cache().set(record_key(request.path), new_record(parameters), timeout)
            return False
        else:
            cache().touch(record_key(request.path), timeout)
        query = shown_query(request)
        if request.META["QUERY_STRING"] != query:
            return False
        cache().set(page_key(generation, record, request, query), stored_form(response), timeout)
        return unchanged_since(request, generation, record)

    def stored_response(self, stored, shared):
        response = HttpResponse(stored["content"], headers=stored["headers"])
        response["X-Page-Cache"] = "hit"
        if shared:
            mark_shared(response)
        else:
            mark_private(response)
        return response
