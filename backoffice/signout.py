"""A phone forgets the back office's pages and queued changes when its user signs out.

The service worker keeps the last screens for offline use and the page keeps a queue of
changes: one staff member's orders, buyers' addresses and figures. Signing out (from the
admin or the back office) answers with `Clear-Site-Data: "storage"`, on which the browser
drops the site's kept pages, local storage and service worker, so that nobody who picks up
the phone next can read them offline. Another staff member signing in on the same phone is
handled by the pages themselves (`backoffice.access.owner_key`)."""

CLEAR_SITE_DATA = '"storage"'


def note_sign_out(sender, request=None, **kwargs):
    if request is not None:
        request.signed_out = True


class ForgetOnSignOut:
    """Middleware: the answer to a sign-out carries the header."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "signed_out", False):
            response["Clear-Site-Data"] = CLEAR_SITE_DATA
        return response
