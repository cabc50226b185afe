"""Which pages are behind a view restriction (password, login or group). Wagtail's
`.public()` asks the database on every call; restrictions change rarely, so their paths are
cached until one is added, changed or removed, or a page moves."""

from django.core.cache import cache
from django.db.models import Q
from wagtail.models import PageViewRestriction

CACHE_KEY = "restricted-page-paths"


def restricted_paths():
    paths = cache.get(CACHE_KEY)
    if paths is None:
        paths = list(PageViewRestriction.objects.values_list("page__path", flat=True))
        cache.set(CACHE_KEY, paths, None)
    return paths


def private_q():
    """A condition matching restricted pages and everything under them."""
    condition = Q(pk__in=[])
    for path in restricted_paths():
        condition |= Q(path__startswith=path)
    return condition


def public(queryset):
    """`queryset` without restricted pages: Wagtail's `.public()` from a cached list."""
    return queryset.exclude(private_q())


class CachedViewRestrictionsMixin:
    """Pages answer Wagtail's "is this page restricted?" from the cached paths, instead of two
    queries on every request. Aliases (every untranslated English page) keep Wagtail's own
    check, which follows the alias to its source page, when the site has any restriction."""

    def get_view_restrictions(self):
        paths = restricted_paths()
        if not paths or (
            self.alias_of_id is None and not any(self.path.startswith(path) for path in paths)
        ):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


def forget_restricted_paths(**kwargs):
    cache.delete(CACHE_KEY)
