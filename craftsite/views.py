from django.http import HttpResponse
from django.shortcuts import render
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
    return render(request, "craftsite/search.html", {"query": query, "results": results})


def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /documents/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
