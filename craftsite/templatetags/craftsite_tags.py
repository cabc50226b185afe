from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page, Site

from craftsite.models import Navigation

register = template.Library()


def _language_names():
    return dict(settings.LANGUAGES)


@register.simple_tag(takes_context=True)
def page_languages(context):
    """One entry per site language for the switcher and the hreflang links.

    On a page, each language points at that page's live translation; where none exists it
    points at that language's home page and is marked `is_translation=False`, so that the
    switcher still works but no false hreflang alternate is announced. Off a page (search,
    cart) the current URL is translated by swapping its language prefix.
    """
    request = context["request"]
    page = context.get("page")
    current = get_language()
    names = _language_names()
    translations = {}
    homes = {}
    if isinstance(page, Page):
        translations = {
            p.locale.language_code: p
            for p in page.get_translations(inclusive=True).live().select_related("locale")
        }
        site = Site.find_for_request(request)
        missing = [code for code in names if code not in translations]
        if site and missing:
            homes = {
                p.locale.language_code: p
                for p in site.root_page.get_translations(inclusive=True)
                .live()
                .filter(locale__language_code__in=missing)
                .select_related("locale")
            }
    languages = []
    for code, name in names.items():
        target = translations.get(code) or homes.get(code)
        if target is not None:
            url = target.get_url(request)
        else:
            url = translate_url(request.get_full_path(), code)
        languages.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "full_url": target.get_full_url(request)
                if target is not None
                else request.build_absolute_uri(url),
                "is_current": code == current,
                "is_translation": code in translations or not isinstance(page, Page),
            }
        )
    return languages


@register.simple_tag
def site_navigation():
    """The header and footer links for the current language (default language as fallback)."""
    wanted = [get_language(), settings.LANGUAGE_CODE]
    by_language = {
        navigation.locale.language_code: navigation
        for navigation in Navigation.objects.filter(
            locale__language_code__in=wanted
        ).select_related("locale")
    }
    return by_language.get(wanted[0]) or by_language.get(wanted[1])
