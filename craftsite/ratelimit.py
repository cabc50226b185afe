"""Per-client rate limits for public forms and the admin login, kept in the cache so that
every app server shares them once the cache is Redis. This module imports no app."""

import ipaddress

from django.conf import settings
from django.core.cache import cache


def client_address(request):
    """The visitor's address, or None when it cannot be known.

    The shipped nginx reaches gunicorn through a UNIX socket, so REMOTE_ADDR is empty, and
    names the visitor in X-Real-IP, overwriting whatever the visitor sent under that name.
    The header is believed only when the request came from a proxy we run: through a UNIX
    socket (only this server's own processes can open it) or from an address listed in
    TRUSTED_PROXIES. From anywhere else it is the visitor's own word, and ignored."""
    remote = request.META.get("REMOTE_ADDR") or ""
    named = parse_address(request.META.get("HTTP_X_REAL_IP", ""))
    if named and (not remote or remote in settings.TRUSTED_PROXIES):
        return named
    return parse_address(remote)


def parse_address(text):
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


def client_bucket(request):
    """The name a client is counted under. An IPv6 subscriber is given a whole /64 and can
    pick any address in it, so the /64 is counted as one client; an IPv4 address mapped into
    IPv6 counts as that IPv4 address."""
    address = client_address(request)
    if address is None:
        return "unknown"
    if address.version == 6:
        if address.ipv4_mapped:
            return str(address.ipv4_mapped)
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return str(address)


def over_limit(request, scope, limit, seconds):
    """Count one more attempt of this client at `scope`; True once it exceeds `limit` within
    `seconds`. The window starts at the first attempt."""
    return count_attempt(f"{scope}:{client_bucket(request)}", limit, seconds)


def count_attempt(name, limit, seconds):
    """Count one more attempt under `name`; True once there are more than `limit` within
    `seconds` of the first."""
    key = f"ratelimit:{name}"
    if cache.add(key, 1, timeout=seconds):
        return False
    try:
        return cache.incr(key) > limit
    except ValueError:  # the key expired between add and incr
        cache.add(key, 1, timeout=seconds)
        return False


def attempts_reached(name, limit):
    """True once `limit` attempts are counted under `name` in its window; counts nothing."""
    return (cache.get(f"ratelimit:{name}") or 0) >= limit
