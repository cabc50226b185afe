"""Records tied to pages across translations. An order's parts and an enquiry point at the
cooperative's page in the site's main language, whatever language the buyer used, so that
staff and reports find one cooperative, not one per language. This module imports no app."""

from wagtail.models import Locale


def in_main_language(pages):
    """The main-language pages of `pages` (of one page type), by translation key."""
    if not pages:
        return {}
    model = type(pages[0])
    return {
        page.translation_key: page
        for page in model.objects.filter(
            locale=Locale.get_default(),
            translation_key__in=[page.translation_key for page in pages],
        )
    }


def main_language_page(page):
    """`page` in the site's main language, or `page` itself when it has no such translation."""
    return in_main_language([page]).get(page.translation_key, page)
