"""Craft villages and how to visit them: the programme links crafts with community tourism."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from base.mixins import optional_link
from craftsite.page_cache import query_shown
from craftsite.text import alphabetical
from stories.blocks import TourismServiceBlock
from stories.maps import village_map
from stories.models.base import EditorialPage, IndexPage
from stories.models.events import EventPage, upcoming
from stories.models.people import ArtisanPage

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class VillageIndexPage(IndexPage):
    subpage_types = ["stories.VillagePage"]

    class Meta:
        verbose_name = _("village index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        villages = (
            self.children_of(VillagePage).select_related("ethnic_group").prefetch_related("crafts")
        )
        groups = {v.ethnic_group.slug: v.ethnic_group for v in villages if v.ethnic_group}
        crafts = {craft.slug: craft for v in villages for craft in v.crafts.all()}
        group = request.GET.get("group", "")
        craft = request.GET.get("craft", "")
        if group in groups:
            villages = villages.filter(ethnic_group__slug=group)
        else:
            group = ""
        if craft in crafts:
            villages = villages.filter(crafts__slug=craft).distinct()
        else:
            craft = ""
        query_shown(request, group=(group, ""), craft=(craft, ""))
        villages = alphabetical(villages)
        context.update(
            villages=villages,
            groups=alphabetical(groups.values()),
            crafts=alphabetical(crafts.values()),
            selected_group=group,
            selected_craft=craft,
            map=village_map(villages, request),
        )
        return context


class VillagePage(EditorialPage):
    ethnic_group = optional_link("stories.EthnicGroupPage", _("ethnic group"))
    crafts = ParentalManyToManyField(
        "stories.CraftPage", blank=True, related_name="+", verbose_name=_("crafts")
    )
    commune = models.CharField(
        _("commune or ward"),
        max_length=120,
        help_text=_("After the 2025 reform, e.g. 'xã Đăk Rơ Wa'"),
    )
    province = models.CharField(_("province"), max_length=120, default="Quảng Ngãi")
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(8), MaxValueValidator(24)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(102), MaxValueValidator(110)],
    )
    getting_there = RichTextField(_("how to get there"), blank=True, features=RICH_TEXT_FEATURES)
    best_season = models.CharField(_("best season to visit"), max_length=255, blank=True)
    things_to_do = RichTextField(_("what to see and do"), blank=True, features=RICH_TEXT_FEATURES)
    services = StreamField(
        [("service", TourismServiceBlock())],
        blank=True,
        verbose_name=_("community tourism services"),
    )

    content_panels = [
        *Page.content_panels,
        *EditorialPage.intro_panels,
        MultiFieldPanel(
            [
                FieldPanel("ethnic_group"),
                FieldPanel("crafts"),
                FieldPanel("commune"),
                FieldPanel("province"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            _("Place"),
        ),
        MultiFieldPanel(
            [FieldPanel("getting_there"), FieldPanel("best_season"), FieldPanel("things_to_do")],
            _("Visiting"),
        ),
        FieldPanel("services"),
        FieldPanel("body"),
    ]
    parent_page_types = ["stories.VillageIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("village")

    def products(self):
        return self.products_where(village__translation_key=self.translation_key)

    def extra_search_text(self):
        return [self.commune, self.province, self.things_to_do, self.getting_there]

    @property
    def has_coordinates(self):
        return self.latitude is not None and self.longitude is not None

    def artisans(self):
        return self.in_same_locale(ArtisanPage).filter(
            village__translation_key=self.translation_key
        )

    def upcoming_events(self):
        return upcoming(
            self.in_same_locale(EventPage).filter(village__translation_key=self.translation_key)
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["map"] = village_map([self], request) if self.has_coordinates else None
        return context

    def structured_data(self, request):
        data = {
            "@context": "https://schema.org",
            "@type": "TouristAttraction",
            "name": self.title,
            "url": self.get_full_url(request),
            "address": {
                "@type": "PostalAddress",
                "addressLocality": self.commune,
                "addressRegion": self.province,
                "addressCountry": "VN",
            },
            "touristType": ["Cultural tourism", "Community tourism"],
        }
        if self.listing_summary:
            data["description"] = self.listing_summary
        if self.has_coordinates:
            data["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": float(self.latitude),
                "longitude": float(self.longitude),
            }
        return [data]
