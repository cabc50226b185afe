"""What the site-wide app forgets when things change: the parts every page repeats
(base.chrome), the cached list of restricted pages (craftsite.privacy), the stored pages
that navigation, organisation settings and view restrictions appear on (craftsite.purges); the
search text of a page taken offline (base.search); and wagtail-localize's copy of the pages of
a language synchronised from another, but for rows loaded as they are."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail_localize.models import LocaleSynchronization, sync_trees_on_locale_sync_save

from base.chrome import forget_site_chrome, forget_site_chrome_for_page
from base.models import Navigation, OrganisationSettings
from base.search import forget_unpublished_page
from craftsite.privacy import forget_restricted_paths
from craftsite.purges import connect_page_signals, purge_on_change


def connect():
    for signal in (post_save, post_delete):
        signal.connect(forget_site_chrome, sender=Navigation, dispatch_uid=f"chrome-nav-{signal}")
        signal.connect(
            forget_site_chrome, sender=OrganisationSettings, dispatch_uid=f"chrome-org-{signal}"
        )
        signal.connect(
            forget_restricted_paths,
            sender=PageViewRestriction,
            dispatch_uid=f"restrictions-{signal}",
        )
    for signal in (page_published, page_unpublished):
        signal.connect(forget_site_chrome_for_page, dispatch_uid=f"chrome-{signal}")
    post_page_move.connect(forget_site_chrome, dispatch_uid="chrome-moved")
    post_page_move.connect(forget_restricted_paths, dispatch_uid="restrictions-moved")
    page_unpublished.connect(forget_unpublished_page, dispatch_uid="search-unpublished")
    connect_page_signals()
    post_save.disconnect(sync_trees_on_locale_sync_save, sender=LocaleSynchronization)
    post_save.connect(
        sync_trees_unless_loading, sender=LocaleSynchronization, dispatch_uid="locale-sync-saved"
    )


def sync_trees_unless_loading(sender, instance, raw=False, **kwargs):
    """wagtail-localize copies the source language's pages when a synchronisation is saved,
    even while rows are loaded as they are (`raw`: a fixture, a test database restored between
    browser tests), where the locales it names may not be loaded yet. Loaded rows copy
    nothing: their pages are loaded with them."""
    if not raw:
        sync_trees_on_locale_sync_save(instance=instance, **kwargs)
    for model in (Navigation, OrganisationSettings, PageViewRestriction):
        purge_on_change(model)
