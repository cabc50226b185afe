"""The crafts and the ethnic groups: pages that stories, villages, artisans and products all
point to, and that list everything pointing at them (so this module imports the others, and
they name these pages by lazy strings)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from craftsite.privacy import public
from craftsite.text import alphabetical
from stories.blocks import MotifBlock
from stories.models.base import EditorialPage, IndexPage
from stories.models.events import EventPage
from stories.models.people import ArtisanPage
from stories.models.places import VillagePage

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class CraftIndexPage(IndexPage):
    subpage_types = ["stories.CraftPage"]

    class Meta:
        verbose_name = _("craft index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["crafts"] = alphabetical(self.children_of(CraftPage))
        return context


class CraftPage(EditorialPage):
    """One of the nine crafts of the provincial scheme."""

    endangered = models.BooleanField(
        _("endangered"),
        default=False,
        help_text=_("Few people still practise it; the scheme preserves the know-how."),
    )
    history = RichTextField(_("history"), blank=True, features=RICH_TEXT_FEATURES)
    materials = RichTextField(_("materials"), blank=True, features=RICH_TEXT_FEATURES)
    techniques = RichTextField(_("techniques"), blank=True, features=RICH_TEXT_FEATURES)
    motifs = StreamField([("motif", MotifBlock())], blank=True, verbose_name=_("motifs"))

    content_panels = [
        *Page.content_panels,
        *EditorialPage.intro_panels,
        FieldPanel("endangered"),
        FieldPanel("history"),
        FieldPanel("materials"),
        FieldPanel("techniques"),
        FieldPanel("motifs"),
        FieldPanel("body"),
    ]
    parent_page_types = ["stories.CraftIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("craft")

    def products(self):
        return self.products_where(craft__translation_key=self.translation_key)

    def extra_search_text(self):
        return [self.history, self.materials, self.techniques]

    def villages(self):
        return self.in_same_locale(VillagePage).filter(crafts__translation_key=self.translation_key)

    def artisans(self):
        return self.in_same_locale(ArtisanPage).filter(crafts__translation_key=self.translation_key)

    def classes(self):
        return self.in_same_locale(EventPage).filter(
            kind=EventPage.Kind.CLASS, craft__translation_key=self.translation_key
        )


class EthnicGroupIndexPage(IndexPage):
    subpage_types = ["stories.EthnicGroupPage"]

    class Meta:
        verbose_name = _("ethnic group index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["groups"] = alphabetical(self.children_of(EthnicGroupPage))
        return context


class EthnicGroupPage(EditorialPage):
    """One of the seven local ethnic groups, written with respect: in their own terms, about
    where they live, what they make and how they celebrate."""

    population = models.CharField(
        _("population"),
        max_length=120,
        blank=True,
        help_text=_("With its source and year, e.g. '67,865 (provincial yearbook 2018)'."),
    )
    homeland = RichTextField(_("where they live"), blank=True, features=RICH_TEXT_FEATURES)
    crafts = ParentalManyToManyField(
        "stories.CraftPage", blank=True, related_name="+", verbose_name=_("crafts")
    )
    festivals = RichTextField(_("festivals"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = [
        *Page.content_panels,
        *EditorialPage.intro_panels,
        MultiFieldPanel([FieldPanel("population"), FieldPanel("homeland")], _("People")),
        FieldPanel("crafts"),
        FieldPanel("festivals"),
        FieldPanel("body"),
    ]
    parent_page_types = ["stories.EthnicGroupIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("ethnic group")

    def extra_search_text(self):
        return [self.homeland, self.festivals]

    def craft_list(self):
        return alphabetical(public(self.crafts.live()))

    def villages(self):
        return self.in_same_locale(VillagePage).filter(
            ethnic_group__translation_key=self.translation_key
        )

    def artisans(self):
        return self.in_same_locale(ArtisanPage).filter(
            ethnic_group__translation_key=self.translation_key
        )
