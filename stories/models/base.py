from django.http import Http404
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from craftsite.cards import with_card_images
from craftsite.mixins import HeroMixin
from stories.blocks import StoryStreamBlock


class EditorialPage(HeroMixin, Page):
    """What every story, craft, group, village, artisan and event page has: a hero, an
    introduction, a flexible body, and search that ignores Vietnamese diacritics."""

    body = StreamField(StoryStreamBlock(), blank=True, verbose_name=_("body"))

    intro_panels = [FieldPanel("introduction"), FieldPanel("hero_image")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
        index.SearchField("search_ascii"),
    ]

    class Meta:
        abstract = True

    @cached_property
    def private_pages(self):
        """Pages behind a view restriction, looked up once for all the page's lists."""
        return Page.objects.all().private_q()

    def in_same_locale(self, model):
        """Live public pages of `model` in this page's language, ready to show as cards."""
        return with_card_images(
            model.objects.live().exclude(self.private_pages).filter(locale_id=self.locale_id)
        )


class IndexPage(HeroMixin, Page):
    """A section's landing page (stories, crafts, villages …): one per language under home."""

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("hero_image")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("search_ascii"),
    ]
    parent_page_types = ["craftsite.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True

    def route(self, request, path_components):
        """A section holds pages of one type: find the child and its type in one query
        instead of Wagtail's two."""
        if not path_components:
            return super().route(request, path_components)
        [model] = self.allowed_subpage_models()
        try:
            child = model.objects.child_of(self).get(slug=path_components[0])
        except model.DoesNotExist as error:
            raise Http404 from error
        child._cached_parent_obj = self
        return child.route(request, path_components[1:])

    def children_of(self, model):
        """Live child pages of `model`, ready to show as cards."""
        return with_card_images(model.objects.child_of(self).live().public())
