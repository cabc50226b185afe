from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from base.search import find_pages
from craftsite.pagination import paginate
from craftsite.text import search_terms

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 120


def search(request):
    """Search every live public page of the current language (base.search). The query is
    folded to plain letters and matched against each page's folded text, so diacritics are
    optional."""
    query = " ".join(request.GET.get("q", "").split())[:MAX_QUERY_LENGTH]
    results = page_numbers = None
    terms = search_terms(query)
    if terms:
        results = paginate(request, find_pages(terms, RESULTS_PER_PAGE), RESULTS_PER_PAGE)
        # A common word finds thousands of pages: link a few result pages, not all of them.
        page_numbers = list(results.paginator.get_elided_page_range(results.number))
    context = {"query": query, "results": results, "page_numbers": page_numbers}
    return render(request, "base/search.html", context)


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
