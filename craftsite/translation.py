"""The two ways content meets the site's languages, each done one way. This module imports
no app.

- Records tied to a page (an order's part, an enquiry, a variant, a class registration)
  point at the page in the site's main language, with a foreign key that protects or
  cascades, whatever language the visitor used: staff and reports find one cooperative or
  product, not one per language. A page of any language finds them by its translation key.
- Data that is not a page (materials, motifs, variant labels, delivery zones) is one row
  for every language, with a column per language: `name` in Vietnamese, the main language,
  and `name_en` in English. `TranslatedField` reads the active language's column.
"""

from django.utils.translation import get_language
from wagtail.models import Locale

MAIN_LANGUAGE = "vi"


class TranslatedField:
    """An attribute giving `field` in the active language: `<field>_<language>` when the
    visitor reads another language than Vietnamese and it is filled in, else `<field>`."""

    def __init__(self, field):
        self.field = field

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        language = get_language() or MAIN_LANGUAGE
        if language != MAIN_LANGUAGE:
            translated = getattr(instance, f"{self.field}_{language}", "")
            if translated:
                return translated
        return getattr(instance, self.field)


def is_untranslated_copy(page):
    """Whether `page` is an alias: a copy that Wagtail keeps equal to another page, as
    wagtail-localize's synchronisation makes in English of each Vietnamese page until an
    editor translates it. Such a copy is not a translation: it is left out of the sitemap
    and of the hreflang alternates, and names its original as canonical. Reads no query."""
    return page.alias_of_id is not None


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
