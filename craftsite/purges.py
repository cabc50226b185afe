"""Which changes make which stored pages stale: the one registry of the page cache's purges.

Each app says, in its `AppConfig.ready`, what its changes purge:
- `purge_on_change(model, paths)`: saving or deleting an instance purges the addresses
  `paths(instance)` names, or every stored page when `paths` is None (navigation, settings:
  they appear on every page);
- `purge_on_publish(page_model, paths)`: publishing, unpublishing or moving a page of that
  type purges only `paths(page)`.
A page of a type with no rule purges every stored page when it is published, unpublished or
moved, since any page may appear in menus, listings and cards. Purges run once the change is
committed: before that, a visitor could store the old page again. This module imports no app.
"""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from craftsite.page_cache import purge_all, purge_paths

PAGE_RULES = {}  # page model → function of a page → the addresses it shows up at


def purge_after_commit(paths=None):
    """Forget the stored pages at `paths` (a function called after commit, for the
    addresses as they are then), or every stored page, once the transaction commits."""
    if settings.PAGE_CACHE_SECONDS <= 0:
        return
    transaction.on_commit(purge_all if paths is None else lambda: purge_paths(paths()))


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
