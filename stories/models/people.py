"""Artisans: the people who keep the crafts alive and teach them to the young."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from base.mixins import optional_link
from craftsite.text import alphabetical
from stories.blocks import HonourBlock, honour_label
from stories.models.base import EditorialPage, IndexPage
from stories.models.events import EventPage

NO_CONSENT = _(
    "This artisan has not agreed to a public profile. Record their consent before publishing."
)


class ArtisanIndexPage(IndexPage):
    subpage_types = ["stories.ArtisanPage"]

    class Meta:
        verbose_name = _("artisan index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["artisans"] = alphabetical(self.children_of(ArtisanPage))
        return context


class ArtisanPageForm(WagtailAdminPageForm):
    """Refuse to publish, or to send for review, a profile whose subject did not consent."""

    def clean(self):
        cleaned_data = super().clean()
        publishing = any(
            action in self.data for action in ("action-publish", "action-submit")
        ) or any(key.startswith("action-workflow-action") for key in self.data)
        if publishing and not cleaned_data.get("consent_given"):
            self.add_error("consent_given", NO_CONSENT)
        return cleaned_data


class ArtisanPage(EditorialPage):
    portrait = optional_link("base.SiteImage", _("portrait"))
    honours = StreamField([("honour", HonourBlock())], blank=True, verbose_name=_("honours"))
    crafts = ParentalManyToManyField(
        "stories.CraftPage", blank=True, related_name="+", verbose_name=_("crafts")
    )
    village = optional_link("stories.VillagePage", _("village"))
    ethnic_group = optional_link("stories.EthnicGroupPage", _("ethnic group"))
    consent_given = models.BooleanField(
        _("the artisan agreed to this public profile"),
        default=False,
        help_text=_("A profile cannot be published without it."),
    )
    consent_recorded_on = models.DateField(_("consent recorded on"), null=True, blank=True)
    consent_note = models.CharField(
        _("how consent was given"),
        max_length=255,
        blank=True,
        help_text=_("e.g. 'Signed form kept at the culture office, 12 March 2026'"),
    )

    base_form_class = ArtisanPageForm
    content_panels = [
        *Page.content_panels,
        *EditorialPage.intro_panels,
        FieldPanel("portrait"),
        FieldPanel("honours"),
        FieldPanel("crafts"),
        FieldPanel("village"),
        FieldPanel("ethnic_group"),
        FieldPanel("body", heading=_("Their story")),
        MultiFieldPanel(
            [
                FieldPanel("consent_given"),
                FieldPanel("consent_recorded_on"),
                FieldPanel("consent_note"),
            ],
            _("Consent"),
        ),
    ]
    parent_page_types = ["stories.ArtisanIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("artisan")

    def products(self):
        return self.products_where(makers__translation_key=self.translation_key)

    def save(self, *args, **kwargs):
        """The last guard: whatever path publishes the page (editor, workflow, script), a live
        profile needs consent."""
        if self.live and not self.consent_given:
            raise ValidationError({"consent_given": NO_CONSENT})
        return super().save(*args, **kwargs)

    @property
    def listing_image(self):
        return self.portrait or self.hero_image

    listing_image_field = "portrait"

    def extra_search_text(self):
        return [honour.value["name"] for honour in self.honours]

    def honour_labels(self):
        return [honour_label(honour.value) for honour in self.honours]

    def classes(self):
        return self.in_same_locale(EventPage).filter(
            kind=EventPage.Kind.CLASS, teacher__translation_key=self.translation_key
        )

    def structured_data(self, request):
        data = {
            "@context": "https://schema.org",
            "@type": "Person",
            "name": self.title,
            "url": self.get_full_url(request),
            "knowsAbout": [craft.title for craft in self.crafts.all()],
        }
        if self.introduction:
            data["description"] = self.introduction
        if self.honours:
            data["award"] = self.honour_labels()
        if self.village:
            data["homeLocation"] = {"@type": "Place", "name": self.village.title}
        return [data]
