"""A per-client rate limit for public forms, kept in the cache so that every app server
shares it once the cache is Redis. This module imports no app."""

from django.core.cache import cache


def client_address(request):
    """The client's address. Behind the reverse proxy, REMOTE_ADDR is the proxy; the proxy is
    configured to put the real client last in X-Forwarded-For, which we trust only there."""
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if forwarded and request.META.get("REMOTE_ADDR") in ("127.0.0.1", "::1"):
        return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "unknown")


def over_limit(request, scope, limit, seconds):
    """Count one more attempt of this client at `scope`; True once it exceeds `limit` within
    `seconds`. The window starts at the first attempt."""
    key = f"ratelimit:{scope}:{client_address(request)}"
    if cache.add(key, 1, timeout=seconds):
        return False
    try:
        return cache.incr(key) > limit
    except ValueError:  # the key expired between add and incr
        cache.add(key, 1, timeout=seconds)
        return False
