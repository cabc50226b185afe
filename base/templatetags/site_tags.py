import json

from django import template
from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from base import chrome
from craftsite.phones import display_phone
from craftsite.translation import is_untranslated_copy

register = template.Library()


def _language_names():
    return dict(settings.LANGUAGES)


@register.simple_tag(takes_context=True)
def page_languages(context):
    """One entry per site language for the switcher and the hreflang links.

    On a page, each language points at that page's live translation (at the same route, on
    a routable page: its directory; or at the same action, when the view names one as
    `page_action`: a URL taking the page's id, such as its quote form); where none exists
    it points at that
    language's home page and is marked `is_translation=False`, so that the switcher still
    works but no false hreflang alternate is announced. Off a page (search, cart) the
    current URL is translated by swapping its language prefix.
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
    action = context.get("page_action")
    languages = []
    for code, name in names.items():
        target = translations.get(code) or homes.get(code)
        if target is not None and action and code in translations:
            url = action_url(action, target)
            full_url = request.build_absolute_uri(url)
        elif target is not None:
            route = same_route(request, target) if code in translations else ""
            url = target.get_url(request) + route
            full_url = target.get_full_url(request) + route
        else:
            url = translate_url(request.get_full_path(), code)
            full_url = request.build_absolute_uri(url)
        languages.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "full_url": full_url,
                "is_current": code == current,
                "is_translation": is_alternate(page, translations.get(code)),
            }
        )
    return languages


def is_alternate(page, translation):
    """Whether `translation` is announced as an hreflang alternate of `page`: off a page
    every language is; on a page, only a translation written in its language, and never
    from or to an untranslated copy (its text is the original's, in the original's
    language)."""
    if not isinstance(page, Page):
        return True
    return not (
        translation is None or is_untranslated_copy(page) or is_untranslated_copy(translation)
    )


@register.simple_tag(takes_context=True)
def untranslated_original(context):
    """On a page that shows another language's page untranslated (an alias that
    wagtail-localize's synchronisation made in English of a Vietnamese page), that original:
    its address, language code and language name. The layout marks the content with the
    original's language, says that the page is not yet translated and names the original as
    canonical. None on every other page, without a query."""
    page = context.get("page")
    if not isinstance(page, Page) or not is_untranslated_copy(page):
        return None
    original = Page.objects.select_related("locale").filter(pk=page.alias_of_id).first()
    if original is None or original.locale_id == page.locale_id:
        return None
    code = original.locale.language_code
    return {
        "url": original.get_full_url(context["request"]),
        "code": code,
        "name": get_language_info(code)["name_translated"],
    }


def action_url(name, page):
    """The address of the action `name` on `page` (a URL taking its id), in its language."""
    with translation.override(page.locale.language_code):
        return reverse(name, args=[page.pk])


def same_route(request, page):
    """The path below `page` of the route that serves this request, when a translation of
    `page` is the routable page that answers ("suppliers/"); else "", the page itself."""
    match = getattr(request, "routable_resolver_match", None)
    routed = getattr(match and match.func, "__self__", None)
    if routed is None or routed.translation_key != page.translation_key:
        return ""
    return page.reverse_subpage(match.url_name, args=match.args, kwargs=match.kwargs)


@register.simple_tag(takes_context=True)
def site_chrome(context):
    return chrome.site_chrome(context["request"])


@register.simple_tag(takes_context=True)
def breadcrumb_trail(context, here=None):
    """[(title, url), …] from the language's home page down to the current page; the home
    page is called "Home" so that a long home title does not crowd the trail. `here` names
    the view of the page being shown (a form, a directory), which then ends the trail."""
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return []
    request = context["request"]
    ancestors = page.get_ancestors().filter(depth__gte=2)
    trail = [
        (_("Home") if ancestor.depth == 2 else ancestor.title, ancestor.get_url(request))
        for ancestor in ancestors
    ]
    trail.append((page.title, page.get_url(request)))
    if here:
        trail.append((here, request.path))
    return trail


@register.simple_tag(takes_context=True)
def structured_data(context, trail):
    """The page's JSON-LD: its own objects, a BreadcrumbList, and the organisation on the home
    page. `</` is escaped so that no text can close the script element."""
    page = context.get("page")
    request = context["request"]
    if not isinstance(page, Page):
        return ""
    objects = list(page.structured_data(request)) if hasattr(page, "structured_data") else []
    if trail:
        objects.append(
            {
                "@context": "https://schema.org",
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {
                        "@type": "ListItem",
                        "position": position,
                        "name": str(title),
                        "item": request.build_absolute_uri(url),
                    }
                    for position, (title, url) in enumerate(trail, start=1)
                ],
            }
        )
    if page.depth == 2:
        objects.append(organisation_data(request))
    return format_html_join(
        "\n",
        '<script type="application/ld+json">{}</script>',
        ((mark_safe(json_for_script(obj)),) for obj in objects),  # noqa: S308
    )


def json_for_script(data):
    return (
        json.dumps(data, ensure_ascii=False)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
    )


def organisation_data(request):
    organisation = chrome.site_chrome(request)["organisation"]
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": organisation["legal_name"] or settings.WAGTAIL_SITE_NAME,
        "url": request.build_absolute_uri("/"),
        "logo": request.build_absolute_uri(static("base/img/favicon.svg")),
    }
    if organisation["phone"]:
        data["telephone"] = organisation["phone"]
    if organisation["email"]:
        data["email"] = organisation["email"]
    if organisation["address"]:
        data["address"] = {
            "@type": "PostalAddress",
            "streetAddress": organisation["address"],
            "addressCountry": "VN",
        }
    same_as = [url for _name, url in organisation["social_links"]]
    if same_as:
        data["sameAs"] = same_as
    return data


@register.simple_tag(takes_context=True)
def social_image_url(context):
    """A 1200×630 JPEG for link previews (Facebook, Zalo), from the page's own image or the
    home page's hero."""
    page = context.get("page")
    request = context["request"]
    image = getattr(page, "listing_image", None) if isinstance(page, Page) else None
    if image is None:
        site = Site.find_for_request(request)
        home = site.root_page.specific if site else None
        image = getattr(home, "listing_image", None)
    if image is None:
        return ""
    return request.build_absolute_uri(image.get_rendition("fill-1200x630|format-jpeg").url)


@register.filter
def vnd(amount):
    """Whole đồng as Vietnamese readers write it ("350.000 ₫") or as English readers do
    ("350,000 VND"). Money is always an integer number of đồng."""
    grouped = f"{int(amount):,}"
    if get_language() == "vi":
        return f"{grouped.replace(',', '.')} ₫"
    return f"{grouped} VND"


@register.filter
def phone(number):
    """A stored number as people write it (craftsite.phones.display_phone); `tel:` links
    keep the stored E.164."""
    return display_phone(number)


@register.simple_tag(takes_context=True)
def toggle_query(context, name, value):
    """The current query string with `name` set to `value`, or removed when it already has
    that value; the page number is dropped because the results change."""
    params = context["request"].GET.copy()
    params.pop("page", None)
    if params.get(name) == str(value):
        params.pop(name)
    else:
        params[name] = value
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"
