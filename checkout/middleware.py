"""The cart's count in a cookie, for the few lines of script that show it in the header:
stored pages are the same for every visitor and cannot carry it (craftsite.page_cache)."""

from django.conf import settings

from checkout.cart import Cart

CART_COUNT_COOKIE = "cart_count"


class CartCountCookieMiddleware:
    """Keep the cookie equal to the number of items in the visitor's cart. Reads nothing
    more: only a session that was loaded anyway is looked at."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        session = getattr(request, "session", None)
        if session is None or not session.accessed:
            return response
        count = sum(Cart(session).lines.values())
        if str(count or "") == request.COOKIES.get(CART_COUNT_COOKIE, ""):
            return response
        if count:
            response.set_cookie(
                CART_COUNT_COOKIE,
                str(count),
                max_age=settings.SESSION_COOKIE_AGE,
                secure=settings.SESSION_COOKIE_SECURE,
                samesite="Lax",
            )
        else:
            response.delete_cookie(CART_COUNT_COOKIE, samesite="Lax")
        return response
