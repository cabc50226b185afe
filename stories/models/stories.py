"""Stories: articles about crafts, makers, villages and festivals."""

from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, re_path
from wagtail.models import Page
from wagtail.search import index

from craftsite.page_cache import query_shown
from craftsite.pagination import paginate
from craftsite.privacy import public
from craftsite.text import reading_minutes
from stories.feeds import IndexFeed
from stories.models.base import EditorialPage, IndexPage

STORIES_PER_PAGE = 12


class StoryIndexPage(RoutablePageMixin, IndexPage):
    subpage_types = ["stories.StoryPage"]

    class Meta:
        verbose_name = _("story index")

    def stories(self):
        return self.children_of(StoryPage).order_by("-date", "-pk")

    @re_path(r"^feed/(rss|atom)/$", name="feed")
    def feed(self, request, feed_type):
        return IndexFeed(self, StoryIndexPage.stories, feed_type)(request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        stories = self.stories()
        topic = request.GET.get("topic", "")
        topics = (
            Tag.objects.filter(
                stories_storytopic_items__content_object__in=public(
                    StoryPage.objects.child_of(self).live()
                )
            )
            .distinct()
            .order_by("name")
        )
        if topic and any(t.slug == topic for t in topics):
            stories = stories.filter(topics__slug=topic)
        else:
            topic = ""
        query_shown(request, topic=(topic, ""))
        context.update(
            stories=paginate(request, stories, STORIES_PER_PAGE), topics=topics, topic=topic
        )
        return context


class StoryTopic(TaggedItemBase):
    content_object = ParentalKey(
        "stories.StoryPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class StoryPage(EditorialPage):
    author = models.CharField(_("author"), max_length=120)
    date = models.DateField(_("date"), default=timezone.localdate)
    topics = ClusterTaggableManager(
        through=StoryTopic,
        blank=True,
        verbose_name=_("topics"),
        help_text=_("e.g. thổ cẩm, nghệ nhân, lễ hội"),
    )

    content_panels = [
        *Page.content_panels,
        *EditorialPage.intro_panels,
        MultiFieldPanel(
            [FieldPanel("author"), FieldPanel("date"), FieldPanel("topics")], _("About")
        ),
        FieldPanel("body"),
    ]
    search_fields = [*EditorialPage.search_fields, index.FilterField("date")]
    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types = []
    og_type = "article"

    class Meta:
        verbose_name = _("story")

    def extra_search_text(self):
        return [self.author, *self.topics.names()]

    @property
    def reading_time(self):
        words = self.body.stream_block.get_searchable_content(self.body) if self.body else []
        return reading_minutes(" ".join(words))

    def structured_data(self, request):
        data = {
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": self.title[:110],
            "datePublished": self.date.isoformat(),
            "dateModified": timezone.localtime(
                self.last_published_at or timezone.now()
            ).isoformat(),
            "author": {"@type": "Person", "name": self.author},
            "inLanguage": get_language(),
            "mainEntityOfPage": self.get_full_url(request),
        }
        if self.listing_summary:
            data["description"] = self.listing_summary
        if self.hero_image:
            rendition = self.hero_image.get_rendition("fill-1200x630|format-jpeg")
            data["image"] = request.build_absolute_uri(rendition.url)
        return [data]
