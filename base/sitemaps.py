"""sitemap.xml listing every public page in every language, each with its translations as
hreflang alternates, as search engines expect from a multilingual site. An untranslated copy
(the English alias of a Vietnamese page, craftsite.translation.is_untranslated_copy) is
neither listed nor an alternate: its text is the original's, its canonical address is the
original's, and a search engine would take it for a duplicate."""

from collections import defaultdict

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page


class MultilingualSitemap(Sitemap):
    def language_roots(self):
        return self.get_wagtail_site().root_page.get_translations(inclusive=True)

    def items(self):
        in_a_language = Q()
        for root in self.language_roots():
            in_a_language |= Q(path__startswith=root.path)
        return (
            Page.objects.live()
            .public()
            .filter(in_a_language, alias_of__isnull=True)
            .order_by("path")
            .defer_streamfields()
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        translations = defaultdict(list)
        for translation in self.items().filter(
            translation_key__in={page.translation_key for page in pages}
        ):
            translations[translation.translation_key].append(translation)
        urls = []
        for item in pages:
            url = {
                "item": item,
                "location": item.get_full_url(self.request),
                "lastmod": item.last_published_at or item.latest_revision_created_at,
            }
            versions = translations[item.translation_key]
            if len(versions) > 1:
                url["alternates"] = [
                    {
                        "lang_code": languages[version.locale_id],
                        "location": version.get_full_url(self.request),
                    }
                    for version in versions
                ]
            urls.append(url)
        lastmods = [url["lastmod"] for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls
