"""What the site-wide app forgets when things change: the parts every page repeats
(base.chrome), the cached list of restricted pages (craftsite.privacy), and the stored pages
that navigation, organisation settings and view restrictions appear on (craftsite.purges); and
the search text of a page taken offline (base.search)."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

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
    for model in (Navigation, OrganisationSettings, PageViewRestriction):
        purge_on_change(model)
