from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from base.cards import with_card_images
from base.mixins import HeroMixin, OneChildTypeMixin
from catalog.models import ProductPage
from craftsite.privacy import public
from stories.blocks import StoryStreamBlock


class SameLocaleMixin:
    def in_same_locale(self, model):
        """Live public pages of `model` in this page's language, ready to show as cards."""
        return with_card_images(public(model.objects.live()).filter(locale_id=self.locale_id))


class EditorialPage(SameLocaleMixin, HeroMixin, Page):
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

    def products_where(self, **conditions):
        """The newest live products in this page's language that match `conditions` (made in
        this village, of this craft, by this artisan), as cards with prices. Conditions name
        the page by translation key: an English product that is still an alias of the
        Vietnamese one names the Vietnamese craft, village and artisans."""
        products = public(ProductPage.objects.live()).filter(locale_id=self.locale_id, **conditions)
        return products.order_by("-first_published_at").as_cards()[:PRODUCTS_SHOWN]


PRODUCTS_SHOWN = 8


class IndexPage(SameLocaleMixin, OneChildTypeMixin, HeroMixin, Page):
    """A section's landing page (stories, crafts, villages …): one per language under home."""

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("hero_image")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("search_ascii"),
    ]
    parent_page_types = ["base.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True

    def children_of(self, model):
        """Live child pages of `model`, ready to show as cards."""
        return with_card_images(public(model.objects.child_of(self).live()))
