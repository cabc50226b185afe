"""Pagination for public listings. This module imports no app."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator


def paginate(request, items, per_page):
    """The requested page of `items`. A malformed number gives the first page and a number
    past the end gives the last, so no query string can produce an error page."""
    paginator = Paginator(items, per_page)
    try:
        return paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)


def query_without_page(request):
    """The query string of `request` without its page number, for links to other pages of
    the same listing."""
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()
