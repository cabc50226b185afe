"""A cooperative's page: who they are, what they make and sell, and their wholesale terms.
Each cooperative owns a subtree of products, so Wagtail's page permissions keep one
cooperative's staff out of another's pages."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
)
from wagtail.models import Page
from wagtail.search import index

from base.mixins import HeroMixin, OneChildTypeMixin, optional_link
from catalog.models.products import ProductPage
from craftsite.pagination import paginate
from craftsite.phones import PhoneNumberField
from craftsite.privacy import public

PRODUCTS_PER_PAGE = 24


class CooperativePage(OneChildTypeMixin, HeroMixin, Page):
    class Kind(models.TextChoices):
        COOPERATIVE = "cooperative", _("Cooperative")
        GROUP = "group", _("Cooperative group")
        HOUSEHOLD = "household", _("Household business")

    legal_name = models.CharField(_("legal name"), max_length=255)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    founded = models.PositiveSmallIntegerField(
        _("founded in"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1950), MaxValueValidator(2100)],
    )
    members = models.PositiveSmallIntegerField(_("members"), default=0)
    women_members = models.PositiveSmallIntegerField(_("of whom women"), default=0)
    village = optional_link("stories.VillagePage", _("village"))
    crafts = ParentalManyToManyField(
        "stories.CraftPage", blank=True, related_name="+", verbose_name=_("crafts")
    )
    contact_name = models.CharField(_("contact person"), max_length=120, blank=True)
    # As long as before E.164, for a number typed then that could not be read.
    phone = PhoneNumberField(_("phone"), max_length=20, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    capacity_per_month = models.PositiveIntegerField(_("pieces per month"), null=True, blank=True)
    minimum_order = models.PositiveIntegerField(_("minimum order (pieces)"), null=True, blank=True)
    lead_time_days = models.PositiveSmallIntegerField(_("lead time (days)"), null=True, blank=True)
    certifications = models.TextField(_("certifications"), blank=True)
    pickup_address = models.CharField(
        _("address for pick-up"),
        max_length=255,
        blank=True,
        help_text=_(
            "Where buyers may collect their parcel, e.g. a visiting tourist. Leave empty if "
            "buyers cannot collect here."
        ),
    )
    opening_hours = models.CharField(
        _("opening hours"),
        max_length=255,
        blank=True,
        help_text=_("When buyers may come, e.g. 'Monday to Saturday, 7:30 to 17:00'."),
    )
    dispatch_days = models.PositiveSmallIntegerField(
        _("days to hand a parcel to the carrier"),
        default=2,
        validators=[MaxValueValidator(60)],
        help_text=_(
            "Used to tell a guest, before they pay, whether a parcel can reach their hotel "
            "before they leave."
        ),
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("search_ascii"),
    ]
    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("hero_image"),
        MultiFieldPanel(
            [
                FieldPanel("legal_name"),
                FieldPanel("kind"),
                FieldPanel("founded"),
                FieldRowPanel([FieldPanel("members"), FieldPanel("women_members")]),
                FieldPanel("village"),
                FieldPanel("crafts"),
            ],
            _("Cooperative"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("phone"), FieldPanel("email")], _("Contact")
        ),
        MultiFieldPanel(
            [
                FieldPanel("capacity_per_month"),
                FieldPanel("minimum_order"),
                FieldPanel("lead_time_days"),
                FieldPanel("certifications"),
            ],
            _("Wholesale"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("pickup_address"),
                FieldPanel("opening_hours"),
                FieldPanel("dispatch_days"),
            ],
            _("Pick-up and delivery"),
        ),
    ]
    parent_page_types = ["catalog.ShopPage"]
    subpage_types = ["catalog.ProductPage"]
    related_on_route = ("village", "hero_image")

    class Meta:
        verbose_name = _("cooperative")

    def clean(self):
        super().clean()
        if self.women_members > self.members:
            raise ValidationError({"women_members": _("Cannot be more than the members.")})

    @property
    def offers_pickup(self):
        """Buyers may collect parcels here once the cooperative says where."""
        return bool(self.pickup_address)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["products"] = paginate(request, self.products(), PRODUCTS_PER_PAGE)
        return context

    def products(self):
        """Live products as cards, with their photos loaded in the same few queries."""
        products = public(ProductPage.objects.child_of(self).live())
        return products.order_by("-first_published_at", "pk").as_cards()


class StaffGroup(models.Model):
    """The auth group of a cooperative's staff, named explicitly: one group for one
    cooperative (its page in the main language) and one cooperative for one group, which
    the database holds to. A group found by its name could be another cooperative's: two
    cooperatives of the same name would share one group, and each see the other's orders."""

    cooperative = models.OneToOneField(
        CooperativePage, on_delete=models.CASCADE, related_name="staff_group"
    )
    group = models.OneToOneField(
        "auth.Group", on_delete=models.CASCADE, related_name="cooperative_staff"
    )

    class Meta:
        verbose_name = _("cooperative staff group")

    def __str__(self):
        return self.group.name
