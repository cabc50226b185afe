"""Relics, rong houses and other heritage sites: where they are, how they are protected and
by which decision, how to visit them, and the villages, festivals and crafts they belong to.

They have a section of their own (as bakerydemo gives locations theirs) rather than living
under the village index: a site such as the Kon Tum prison relic belongs to no village, a
rong house may serve several, and each section holds pages of one type (OneChildTypeMixin).
Village pages list the sites linked to them, and the maps show both."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from base.maps import LocationMixin
from base.panels import LocationPanel
from craftsite.page_cache import query_shown
from craftsite.text import alphabetical
from stories.maps import village_map
from stories.models.base import EditorialPage, IndexPage

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class HeritageIndexPage(IndexPage):
    subpage_types = ["stories.HeritageSitePage"]

    class Meta:
        verbose_name = _("heritage index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sites = self.children_of(HeritageSitePage)
        kind = request.GET.get("kind", "")
        kind = kind if kind in HeritageSitePage.Kind.values else ""
        if kind:
            sites = sites.filter(kind=kind)
        query_shown(request, kind=(kind, ""))
        sites = alphabetical(sites)
        context.update(
            sites=sites,
            kind=kind,
            kinds=HeritageSitePage.Kind.choices,
            map=village_map([], request, heritage_sites=sites),
        )
        return context


class HeritageSitePage(LocationMixin, EditorialPage):
    class Kind(models.TextChoices):
        RELIC = "relic", _("Historical relic")
        COMMUNAL_HOUSE = "communal_house", _("Rong house")
        HERITAGE_SITE = "heritage_site", _("Heritage site")
        OTHER = "other", _("Other")

    class Protection(models.TextChoices):
        SPECIAL_NATIONAL = "special_national", _("Special national relic")
        NATIONAL = "national", _("National relic")
        PROVINCIAL = "provincial", _("Provincial relic")
        INTANGIBLE = "intangible", _("Listed intangible cultural heritage")
        NOT_RANKED = "not_ranked", _("Not ranked")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.RELIC)
    address = models.CharField(
        _("address"),
        max_length=255,
        help_text=_(
            "Street or village and commune, e.g. 'đường Trương Quang Trọng, phường Kon Tum'"
        ),
    )
    province = models.CharField(_("province"), max_length=120, default="Quảng Ngãi")
    protection = models.CharField(
        _("protection status"),
        max_length=20,
        choices=Protection.choices,
        default=Protection.NOT_RANKED,
    )
    decision_number = models.CharField(
        _("decision number"),
        max_length=60,
        blank=True,
        help_text=_("The decision that ranked or listed the site, e.g. '266/QĐ-TTg'"),
    )
    decision_date = models.DateField(_("decision date"), null=True, blank=True)
    decision_body = models.CharField(
        _("deciding body"),
        max_length=255,
        blank=True,
        help_text=_("e.g. 'Thủ tướng Chính phủ' or 'UBND tỉnh Kon Tum'"),
    )
    opening_hours = models.CharField(
        _("opening hours"),
        max_length=255,
        blank=True,
        help_text=_("e.g. 'Every day, 7:30–11:00 and 13:30–17:00'"),
    )
    admission = models.CharField(
        _("admission"), max_length=255, blank=True, help_text=_("e.g. 'Free'")
    )
    visitor_rules = RichTextField(
        _("dress and conduct"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("What visitors should wear, and what is not allowed (photos, touching…)."),
    )
    villages = ParentalManyToManyField(
        "stories.VillagePage", blank=True, related_name="+", verbose_name=_("villages")
    )
    festivals = ParentalManyToManyField(
        "stories.EventPage",
        blank=True,
        related_name="+",
        verbose_name=_("festivals and events"),
    )
    crafts = ParentalManyToManyField(
        "stories.CraftPage", blank=True, related_name="+", verbose_name=_("crafts")
    )

    content_panels = [
        *Page.content_panels,
        *EditorialPage.intro_panels,
        MultiFieldPanel(
            [FieldPanel("kind"), FieldPanel("address"), FieldPanel("province"), LocationPanel()],
            _("Place"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("protection"),
                FieldPanel("decision_number"),
                FieldPanel("decision_date"),
                FieldPanel("decision_body"),
            ],
            _("Protection"),
        ),
        MultiFieldPanel(
            [FieldPanel("opening_hours"), FieldPanel("admission"), FieldPanel("visitor_rules")],
            _("Visiting"),
        ),
        MultiFieldPanel(
            [FieldPanel("villages"), FieldPanel("festivals"), FieldPanel("crafts")],
            _("Linked pages"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [*EditorialPage.search_fields, index.FilterField("kind")]
    parent_page_types = ["stories.HeritageIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("heritage site")

    def clean(self):
        super().clean()
        if self.is_ranked and not self.decision_number:
            raise ValidationError(
                {"decision_number": _("A ranked or listed site needs the number of its decision.")}
            )

    @property
    def is_ranked(self):
        """Ranked or listed by the state: visitors and reviewers can check the decision, so a
        ranked site must name it."""
        return self.protection != self.Protection.NOT_RANKED

    def extra_search_text(self):
        return [
            self.address,
            self.province,
            self.get_kind_display(),
            self.get_protection_display(),
            self.decision_number,
            self.visitor_rules,
        ]

    def linked(self, field):
        """Live public pages linked in `field` (villages, festivals, crafts), as cards."""
        model = self._meta.get_field(field).related_model
        keys = getattr(self, field).values_list("translation_key", flat=True)
        return self.in_same_locale(model).filter(translation_key__in=keys)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        villages = list(self.linked("villages"))
        context.update(
            villages=villages,
            festivals=self.linked("festivals").order_by("-starts_at"),
            crafts=self.linked("crafts"),
            map=village_map(villages, request, heritage_sites=[self])
            if self.has_coordinates
            else None,
        )
        return context

    def structured_data(self, request):
        data = {
            "@context": "https://schema.org",
            "@type": ["TouristAttraction", "LandmarksOrHistoricalBuildings"],
            "name": self.title,
            "url": self.get_full_url(request),
            "address": {
                "@type": "PostalAddress",
                "streetAddress": self.address,
                "addressRegion": self.province,
                "addressCountry": "VN",
            },
            "touristType": ["Cultural tourism", "Heritage tourism"],
        }
        if self.listing_summary:
            data["description"] = self.listing_summary
        if geo := self.geo_coordinates():
            data["geo"] = geo
        return [data]
