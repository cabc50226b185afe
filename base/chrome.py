"""The parts every page repeats (header menu, footer links and text, the organisation's legal
details), built once per language and kept in the cache. Saving the navigation or the
organisation settings, moving a page, or publishing, unpublishing or deleting a page the menus
link to, forgets it."""

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language
from wagtail.models import Page, Site
from wagtail.rich_text import expand_db_html

from base.models import Navigation, OrganisationSettings

ORGANISATION_FIELDS = [
    "legal_name",
    "english_name",
    "address",
    "phone",
    "email",
    "registration_number",
    "registration_issuer",
    "person_responsible",
    "moit_notification_url",
]


def cache_key(site_id, language):
    return f"site-chrome:{site_id}:{language}"


def site_chrome(request):
    site = Site.find_for_request(request)
    key = cache_key(site.pk if site else 0, get_language())
    chrome = cache.get(key)
    if chrome is None:
        chrome = build_chrome(request)
        cache.set(key, chrome, timeout=None)
    return chrome


def forget_site_chrome(**kwargs):
    keys = [
        cache_key(site_id, code)
        for site_id in [0, *Site.objects.values_list("pk", flat=True)]
        for code, _name in settings.LANGUAGES
    ]
    cache.delete_many(keys)


def forget_site_chrome_for_page(instance, **kwargs):
    """Publishing, unpublishing or deleting a page changes the chrome only when a menu links
    to that page (its title, its address, whether it is live): a new price or a new story
    keeps the chrome, so the pages purged with it are rendered again without rebuilding it."""
    if instance.pk in pages_linked_from_menus():
        forget_site_chrome()


def pages_linked_from_menus():
    """Ids of the pages the navigation of any language links to, read from the stored menus
    without loading the pages."""
    return {
        page_id
        for streams in Navigation.objects.values_list("header_links", "footer_links")
        for page_id in linked_page_ids(*streams)
    }


def linked_page_ids(*streams):
    return [
        item["value"]["page"]
        for stream in streams
        for item in raw(stream)
        if item["value"].get("page")
    ]


def build_chrome(request):
    navigation = navigation_for_language(get_language())
    organisation = OrganisationSettings.for_request(request)
    header, footer = (navigation.header_links, navigation.footer_links) if navigation else ([], [])
    live_pages = Page.objects.live().in_bulk(linked_page_ids(header, footer))
    return {
        "header": menu_links(header, live_pages, request),
        "footer": menu_links(footer, live_pages, request),
        "footer_text": expand_db_html(navigation.footer_text) if navigation else "",
        "organisation": {
            **{field: getattr(organisation, field) for field in ORGANISATION_FIELDS},
            "social_links": organisation.social_links(),
        },
    }


def navigation_for_language(language):
    """The navigation of `language`, or of the default language until it is translated."""
    wanted = [language, settings.LANGUAGE_CODE]
    by_language = {
        navigation.locale.language_code: navigation
        for navigation in Navigation.objects.filter(
            locale__language_code__in=wanted
        ).select_related("locale")
    }
    return by_language.get(wanted[0]) or by_language.get(wanted[1])


def raw(stream):
    """A menu's links as stored: {"page": id or None, "url": …, "label": …} each."""
    return stream.raw_data if stream else []


def menu_links(stream, live_pages, request):
    """Label, address and page id of each link; links to pages that are not live are left
    out rather than leading visitors to a "not found" page. `live_pages` holds the live pages
    of both menus, fetched together."""
    links = []
    for item in raw(stream):
        link = item["value"]
        if link.get("page"):
            if page := live_pages.get(link["page"]):
                links.append(
                    {
                        "label": link.get("label") or page.title,
                        "url": page.get_url(request),
                        "page_id": page.pk,
                    }
                )
        elif link.get("url"):
            links.append({"label": link.get("label"), "url": link["url"], "page_id": None})
    return links
