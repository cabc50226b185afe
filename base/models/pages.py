from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from base.blocks import BaseStreamBlock, PageCardsBlock
from base.mixins import HeroMixin


class FeaturedPagesBlock(PageCardsBlock):
    """A row of cards linking to chosen pages: stories, villages, products, anything."""

    text = blocks.TextBlock(required=False, label=_("Introduction"))

    class Meta:
        icon = "doc-full"
        template = "blocks/featured_pages_block.html"


class HomeStreamBlock(BaseStreamBlock):
    featured_pages = FeaturedPagesBlock(label=_("Featured pages"))


class HomePage(HeroMixin, Page):
    hero_text = models.CharField(_("hero text"), max_length=255, blank=True)
    hero_link = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("hero button links to"),
    )
    hero_link_label = models.CharField(_("hero button label"), max_length=60, blank=True)
    body = StreamField(HomeStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_image"),
                FieldPanel("hero_text"),
                FieldPanel("hero_link"),
                FieldPanel("hero_link_label"),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("search_ascii"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")


class StandardPage(HeroMixin, Page):
    """About, delivery, returns, privacy, terms: plain pages with a flexible body."""

    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
        index.SearchField("search_ascii"),
    ]

    parent_page_types = ["base.HomePage", "base.StandardPage"]
    subpage_types = ["base.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
