"""Pagination for public listings. This module imports no app."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator

from craftsite.page_cache import query_shown


def paginate(request, items, per_page):
    """The requested page of `items`. A malformed number gives the first page and a number
    past the end gives the last, so no query string can produce an error page."""
    paginator = Paginator(items, per_page)
    try:
        page = paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        page = paginator.page(1)
    except EmptyPage:
        page = paginator.page(paginator.num_pages)
    query_shown(request, page=(page.number, 1))
    return page


def query_without_page(request):
    """The query string of `request` without its page number, for links to other pages of
    the same listing."""
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()
