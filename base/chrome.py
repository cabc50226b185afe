"""The parts every page repeats (header menu, footer links and text, the organisation's legal
details), built once per language and kept in the cache. Saving the navigation or the
organisation settings, or publishing, unpublishing, moving or deleting a page, forgets it."""

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language
from wagtail.models import Site
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


def build_chrome(request):
    navigation = navigation_for_language(get_language())
    organisation = OrganisationSettings.for_request(request)
    return {
        "header": menu_links(navigation.header_links, request) if navigation else [],
        "footer": menu_links(navigation.footer_links, request) if navigation else [],
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


def menu_links(stream, request):
    """Label, address and page id of each link; links to pages that are not live are left
    out rather than leading visitors to a "not found" page."""
    links = []
    for item in stream:
        link = item.value
        page = link["page"]
        if page is not None:
            if page.live:
                links.append(
                    {
                        "label": link["label"] or page.title,
                        "url": page.get_url(request),
                        "page_id": page.pk,
                    }
                )
        elif link["url"]:
            links.append({"label": link["label"], "url": link["url"], "page_id": None})
    return links
