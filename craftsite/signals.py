from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from catalog.models import ProductPage
from craftsite.chrome import forget_site_chrome
from craftsite.models import Navigation, OrganisationSettings
from craftsite.page_cache import purge_all
from craftsite.privacy import forget_restricted_paths


def purge_pages_after_change(sender, instance=None, **kwargs):
    """A page, the navigation or the organisation's details appear in menus, listings and
    cards all over the site: forget every stored page once the change is committed. A
    product knows exactly which pages show it (catalog.page_purge), so it is left to that."""
    if not isinstance(instance, ProductPage):
        transaction.on_commit(purge_all)


def connect():
    for signal in (post_save, post_delete):
        signal.connect(forget_site_chrome, sender=Navigation, dispatch_uid=f"chrome-nav-{signal}")
        signal.connect(
            forget_site_chrome, sender=OrganisationSettings, dispatch_uid=f"chrome-org-{signal}"
        )
    page_published.connect(forget_site_chrome, dispatch_uid="chrome-published")
    page_unpublished.connect(forget_site_chrome, dispatch_uid="chrome-unpublished")
    post_page_move.connect(forget_site_chrome, dispatch_uid="chrome-moved")
    for signal in (post_save, post_delete):
        signal.connect(
            forget_restricted_paths,
            sender=PageViewRestriction,
            dispatch_uid=f"restrictions-{signal}",
        )
    post_page_move.connect(forget_restricted_paths, dispatch_uid="restrictions-moved")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(purge_pages_after_change, dispatch_uid=f"page-cache-{signal}")
    for model in (Navigation, OrganisationSettings, PageViewRestriction):
        for signal in (post_save, post_delete):
            signal.connect(
                purge_pages_after_change, sender=model, dispatch_uid=f"page-cache-{model}-{signal}"
            )
