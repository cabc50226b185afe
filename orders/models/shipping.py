"""Delivery fees. Each cooperative sends its own parcel, so the fee is worked out per
cooperative from the parcel's weight and value, by zone: in Vietnam the cooperatives' own
province or the rest of the country, abroad a zone per group of countries. Site
administrators edit the zones and their weight tiers."""

import math

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable

from craftsite.translation import TranslatedField

EXTRA_STEP_GRAMS = 500


class ShippingZone(ClusterableModel):
    name = models.CharField(_("name"), max_length=120)
    name_en = models.CharField(_("name in English"), max_length=120, blank=True)
    home = models.BooleanField(
        _("the cooperatives' own province"),
        default=False,
        help_text=_(
            "Tick for the zone of addresses in the province; the other zone is for the "
            "rest of Vietnam."
        ),
    )
    free_above = models.PositiveIntegerField(
        _("free delivery from (đồng)"),
        null=True,
        blank=True,
        help_text=_("A parcel worth this much or more travels free. Leave empty for never."),
    )
    extra_per_500_grams = models.PositiveIntegerField(
        _("each further 500 g above the last tier (đồng)"), default=0
    )
    countries = CountryField(
        _("countries abroad"),
        multiple=True,
        blank=True,
        help_text=_(
            "Leave empty for a zone in Vietnam. A zone for parcels abroad lists the countries "
            "it covers; those parcels are paid by card only."
        ),
    )
    delivery_days = models.PositiveSmallIntegerField(
        _("days on the way"),
        default=3,
        help_text=_("How long a parcel usually travels once the carrier has it."),
    )

    display_name = TranslatedField("name")

    panels = [
        FieldPanel("name"),
        FieldPanel("name_en"),
        FieldPanel("home"),
        FieldPanel("free_above"),
        InlinePanel("rates", label=_("Weight tiers"), min_num=1),
        FieldPanel("extra_per_500_grams"),
        FieldPanel("delivery_days"),
        FieldPanel("countries"),
    ]

    class Meta:
        verbose_name = _("delivery zone")
        verbose_name_plural = _("delivery zones")
        ordering = ["-home", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["home"], condition=Q(home=True), name="one_home_shipping_zone"
            )
        ]

    def __str__(self):
        return self.display_name

    @classmethod
    def in_vietnam(cls):
        return cls.objects.filter(countries="").prefetch_related("rates")

    @classmethod
    def for_province(cls, province_code, home_province):
        """The zone of an address in Vietnam: the home zone inside the cooperatives'
        province, the first other zone elsewhere."""
        zones = cls.in_vietnam()
        wanted = zones.filter(home=province_code == home_province).first()
        return wanted or zones.first()

    @classmethod
    def for_country(cls, country_code):
        """The zone abroad that covers `country_code`, or None: the site does not ship there."""
        abroad = cls.objects.exclude(countries="").prefetch_related("rates")
        return next(
            (zone for zone in abroad if country_code in {c.code for c in zone.countries}), None
        )

    @classmethod
    def ships_abroad(cls):
        return cls.objects.exclude(countries="").exists()

    def fee_for(self, weight_grams, value):
        """The fee for one parcel: free above the zone's threshold, else the first weight tier
        that holds it, and beyond the last tier that tier's fee plus a fee per further 500 g."""
        if self.free_above is not None and value >= self.free_above:
            return 0
        rates = sorted(self.rates.all(), key=lambda rate: rate.up_to_grams)
        if not rates:
            return None
        for rate in rates:
            if weight_grams <= rate.up_to_grams:
                return rate.fee
        last = rates[-1]
        steps = math.ceil((weight_grams - last.up_to_grams) / EXTRA_STEP_GRAMS)
        return last.fee + steps * self.extra_per_500_grams


class ShippingRate(Orderable):
    zone = ParentalKey(ShippingZone, on_delete=models.CASCADE, related_name="rates")
    up_to_grams = models.PositiveIntegerField(_("up to (grams)"))
    fee = models.PositiveIntegerField(_("fee (đồng)"))

    panels = [FieldPanel("up_to_grams"), FieldPanel("fee")]

    class Meta(Orderable.Meta):
        verbose_name = _("weight tier")
