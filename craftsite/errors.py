"""The server error page, and the one for a database out of reach.

While PostgreSQL restarts or fails over, every request that needs it fails. Those visitors get
503 with Retry-After and a page saying to come back in a moment, in their language, instead of
the 500 page that says something broke; a Stripe webhook gets the same 503, and Stripe sends it
again later. The page needs nothing from the database: no Wagtail page, no settings kept there,
no session. Any other error is still the 500 page.
"""

import logging
import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.log import log_response
from django.views import defaults

logger = logging.getLogger(__name__)

# About how long PostgreSQL takes to restart; browsers and crawlers that read the header wait.
RETRY_AFTER_SECONDS = 30


def server_error(request):
    """`handler500`. Django calls it inside the `except` that caught the error, whether a view
    or a middleware (the session's, say) raised it, so the error is still in sys.exc_info()."""
    error = sys.exc_info()[1]
    if isinstance(error, OperationalError | InterfaceError):
        return database_unavailable(request, error)
    return defaults.server_error(request)


def database_unavailable(request, error):
    """503 in the visitor's language. The error may come from a middleware that runs before
    LocaleMiddleware, so the language is read here, from the address's prefix (else the
    language cookie or Accept-Language), as that middleware reads it. The template is rendered
    without the request, so no context processor can touch the database or the session."""
    language = translation.get_language_from_request(request, check_path=True)
    with translation.override(language):
        response = HttpResponse(render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    # Logged here, as an error, so Django does not log it again through its "django" logger,
    # which mails ADMINS: while the database is down that would be a mail for every request.
    log_response(
        "Database out of reach: %s",
        request.path,
        response=response,
        request=request,
        logger=logger,
        exception=error,
    )
    return response
