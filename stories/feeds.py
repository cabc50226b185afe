"""RSS and Atom feeds of stories and events, one per language: each index page serves its own
at `feed/rss/` and `feed/atom/`, so a feed reader gets the pages in the index's language.

Only live pages without a view restriction are listed, as in every listing (IndexPage.children_of).
The feeds are served through Wagtail like their index page, so the page cache stores them and
publishing a story or an event forgets them with every page (craftsite.purges).
"""

from django.contrib.syndication.views import Feed
from django.utils import formats, timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

FEED_TYPES = {"rss": Rss201rev2Feed, "atom": Atom1Feed}
ITEMS_IN_FEED = 30


class IndexFeed(Feed):
    """The items of one index page, in its language: `items(index)` says which, in order."""

    def __init__(self, index, items, feed_type):
        super().__init__()
        self.index = index
        self.items_of = items
        self.feed_type = FEED_TYPES[feed_type]
        self.language = index.locale.language_code

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, *args, **kwargs):
        return self.index

    def title(self, index):
        return f"{index.title} · Làng Nghề"

    def link(self, index):
        return index.get_url(request=self.request)

    def description(self, index):
        return index.introduction or index.title

    def feed_url(self, index):
        return self.request.path

    def items(self, index):
        return self.items_of(index)[:ITEMS_IN_FEED]

    def item_title(self, page):
        return page.title

    def item_description(self, page):
        return page.listing_summary

    def item_link(self, page):
        return page.get_url(request=self.request)

    def item_guid(self, page):
        return f"{page.translation_key}-{page.locale_id}"

    item_guid_is_permalink = False

    def item_pubdate(self, page):
        return page.first_published_at

    def item_updateddate(self, page):
        return page.last_published_at


class EventFeed(IndexFeed):
    """Events coming up, with the date of their next occurrence before the summary."""

    def item_description(self, page):
        when = formats.date_format(timezone.localtime(page.occurrence_starts_at), "DATETIME_FORMAT")
        return " · ".join(filter(None, [when, page.place, page.listing_summary]))
