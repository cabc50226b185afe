from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from wagtail.models import Locale, Page

from craftsite.pagination import paginate
from craftsite.text import search_terms

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 120


def search(request):
    """Search every public page of the current language. The query is folded to plain letters
    and matched against each page's folded text, so diacritics are optional."""
    query = " ".join(request.GET.get("q", "").split())[:MAX_QUERY_LENGTH]
    results = None
    terms = search_terms(query)
    if terms:
        pages = (
            Page.objects.live()
            .filter(locale=Locale.get_active())
            .exclude(depth__lte=1)
            .specific()
            .search(terms, operator="and")
        )
        results = paginate(request, pages, RESULTS_PER_PAGE)
    return render(request, "base/search.html", {"query": query, "results": results})


def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /documents/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


HEALTH_KEY = "health:probe"


@never_cache
def health(request):
    """For the load balancer: 200 when this app server reaches its database and its cache,
    503 (and which one failed) otherwise, so a broken server is taken out of rotation."""
    checks = {"database": database_answers(), "cache": cache_answers()}
    healthy = all(checks.values())
    return JsonResponse(
        {name: "ok" if passed else "failing" for name, passed in checks.items()},
        status=200 if healthy else 503,
    )


def database_answers():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:  # any failure means unhealthy; the response says which part
        return False


def cache_answers():
    try:
        cache.set(HEALTH_KEY, "ok", timeout=10)
        return cache.get(HEALTH_KEY) == "ok"
    except Exception:  # any failure means unhealthy; the response says which part
        return False
