from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from craftsite.chrome import forget_site_chrome
from craftsite.models import Navigation, OrganisationSettings
from craftsite.privacy import forget_restricted_paths


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
