"""Which changes make which stored pages stale: the one registry of the page cache's purges.

Each app says, in its `AppConfig.ready`, what its changes purge:
- `purge_on_change(model, paths)`: saving or deleting an instance purges the addresses
  `paths(instance)` names, or every stored page when `paths` is None (navigation, settings:
  they appear on every page);
- `purge_on_publish(page_model, paths)`: publishing, unpublishing or moving a page of that
  type purges only `paths(page)`.
A page of a type with no rule purges every stored page when it is published, unpublished or
moved, since any page may appear in menus, listings and cards. Purges run once the change is
committed: before that, a visitor could store the old page again. Each purge also reaches
the shared HTTP caches in front of the site, if any (`purge_frontend_caches`). This module
imports no app.
"""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils.encoding import iri_to_uri
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.models import Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from craftsite.page_cache import purge_all, purge_paths

PAGE_RULES = {}  # page model → function of a page → the addresses it shows up at


EVERY_ADDRESS = "/*"  # what deploy/varnish/default.vcl takes as "all of this host"


def purge_after_commit(paths=None):
    """Forget the stored pages at `paths` (a function called after commit, for the
    addresses as they are then), or every stored page, once the transaction commits."""
    if settings.PAGE_CACHE_SECONDS <= 0:
        return
    transaction.on_commit(lambda: purge(None if paths is None else list(paths())))


def purge(paths):
    """Forget the pages at `paths`, or every page when None: in the site's store, then in the
    shared caches in front of it."""
    if paths is None:
        purge_all()
    else:
        purge_paths(paths)
    purge_frontend_caches(paths)


def purge_frontend_caches(paths):
    """Send the same purge to the shared HTTP caches in front of the site (WAGTAILFRONTENDCACHE:
    a Varnish, a CDN), which hold the pages the site marks public, on each Site's host.

    Wagtail's own publish handlers are not connected (craftsite.frontend_cache): they would
    purge the published page only, before the change commits, while the rules here name every
    page a change shows on, after it commits. A purge of an address forgets every query string
    of it; None purges `/*`, every page of the host. Wagtail's task sends the requests (in
    production from the worker, so a slow proxy delays no editor). Without a frontend cache
    this returns at once."""
    if not settings.WAGTAILFRONTENDCACHE:
        return
    addresses = [EVERY_ADDRESS] if paths is None else [iri_to_uri(path) for path in paths]
    roots = {root.root_url for root in Site.get_site_root_paths()}
    purge_urls_from_cache([root + address for root in sorted(roots) for address in addresses])


def purge_on_change(model, paths=None):
    def receiver(sender, instance, **kwargs):
        purge_after_commit(None if paths is None else lambda: paths(instance))

    for signal in (post_save, post_delete):
        signal.connect(
            receiver, sender=model, weak=False, dispatch_uid=f"purge-{model._meta.label}-{signal}"
        )


def purge_on_publish(page_model, paths):
    PAGE_RULES[page_model] = paths


def page_changed(sender, instance, **kwargs):
    rule = PAGE_RULES.get(type(instance))
    purge_after_commit(None if rule is None else lambda: rule(instance))


def connect_page_signals():
    """Called once, by the site-wide app's `ready`."""
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(page_changed, dispatch_uid=f"purge-page-{signal}")
