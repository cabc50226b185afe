"""A product: its page (content, in every language) and its photos. Price and stock are not
content: they live in ProductVariant, keyed to the product's translation key. Pages of the
stories app (crafts, peoples, villages, artisans) are named by lazy strings."""

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail import hooks
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    TitleFieldPanel,
)
from wagtail.fields import RichTextField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from base.mixins import optional_link
from catalog.models.photos import load_images_of, photos_with_images
from catalog.models.product_form import ProductPageForm, VariantsPanel
from catalog.models.variants import ProductVariant
from craftsite.privacy import CachedViewRestrictionsMixin, public
from craftsite.text import fold

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]

# Apps above the catalog add to a product's schema.org data with this hook, without the
# catalog importing them: a function of the product page, its data (a dict it may change)
# and the request.
PRODUCT_DATA_HOOK = "construct_product_structured_data"


class ProductQuerySet(PageQuerySet):
    def with_prices(self):
        """Each product's lowest price on sale and whether any variant is in stock, in the
        same query: from its row of the shop listing (catalog.models.listing_rows), which
        every live public product has, rather than from the variants of every product of the
        query, which cost more the bigger the catalogue. None for a product the shop does not
        list (a draft, one behind a view restriction)."""
        return self.annotate(
            lowest_price=models.F("listed__lowest_price"), available=models.F("listed__in_stock")
        )

    def as_cards(self):
        """Products ready for cards: prices, photos and renditions in three queries."""
        return self.with_prices().prefetch_related(photos_with_images())


class ProductTag(TaggedItemBase):
    content_object = ParentalKey(
        "catalog.ProductPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ProductPage(CachedViewRestrictionsMixin, Page):
    class Making(models.TextChoices):
        HANDWOVEN = "handwoven", _("Handwoven")
        HANDMADE = "handmade", _("Handmade")

    description = RichTextField(
        _("description"),
        features=RICH_TEXT_FEATURES,
        help_text=_(
            "A few sentences: what it is, how it is made and what it is for, e.g. 'Khăn dệt "
            "tay bằng sợi bông nhuộm chàm, dài 180 cm, để quàng cổ hoặc trải bàn.'"
        ),
    )
    craft = optional_link(
        "stories.CraftPage",
        _("craft"),
        help_text=_("The craft that makes it, e.g. brocade weaving or basketry."),
    )
    ethnic_group = optional_link(
        "stories.EthnicGroupPage",
        _("ethnic group"),
        help_text=_("The people whose tradition it follows, e.g. Xơ Đăng or Ba Na."),
    )
    village = optional_link(
        "stories.VillagePage", _("village (leave empty for the cooperative's village)")
    )
    makers = ParentalManyToManyField(
        "stories.ArtisanPage",
        blank=True,
        related_name="+",
        verbose_name=_("made by"),
        help_text=_("Artisans who made it and agreed to a public profile."),
    )
    materials = ParentalManyToManyField(
        "catalog.Material",
        blank=True,
        related_name="products",
        verbose_name=_("materials"),
        help_text=_("e.g. cotton yarn, indigo, rattan."),
    )
    motif = models.ForeignKey(
        "catalog.Motif",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="products",
        verbose_name=_("motif"),
        help_text=_("The pattern woven or carved into it, if it has a name."),
    )
    technique = models.CharField(
        _("technique"),
        max_length=160,
        blank=True,
        help_text=_("How it is made, in a few words, e.g. 'dệt trên khung dệt đeo lưng'."),
    )
    tags = ClusterTaggableManager(
        through=ProductTag,
        blank=True,
        verbose_name=_("tags"),
        help_text=_("Words buyers may search for, separated by commas, e.g. quà tặng, khăn."),
    )
    making = models.CharField(
        _("how it is made"), max_length=12, choices=Making.choices, default=Making.HANDMADE
    )
    dimensions = models.CharField(
        _("dimensions"), max_length=120, blank=True, help_text=_("e.g. 60 × 180 cm")
    )
    weight_grams = models.PositiveIntegerField(
        _("weight (grams)"),
        default=0,
        help_text=_("Weight of one piece packed for sending, e.g. 350: it sets the delivery fee."),
    )
    days_of_work = models.PositiveSmallIntegerField(
        _("days of work"),
        null=True,
        blank=True,
        help_text=_("How many days one piece takes to make, e.g. 7."),
    )
    care = models.TextField(
        _("care instructions"),
        blank=True,
        help_text=_("e.g. 'Giặt tay bằng nước lạnh, phơi trong bóng râm.'"),
    )
    maker_share_percent = models.PositiveSmallIntegerField(
        _("makers' share of the price (%)"),
        validators=[MaxValueValidator(100)],
        help_text=_(
            "The part of the price that goes to the makers, as the cooperative declares: "
            "e.g. 70 when the makers receive 70 of every 100 đồng."
        ),
    )
    ocop_stars = models.PositiveSmallIntegerField(
        _("OCOP stars"),
        null=True,
        blank=True,
        validators=[MinValueValidator(3), MaxValueValidator(5)],
        help_text=_("Only for a product with an OCOP certificate: 3, 4 or 5."),
    )
    ocop_certificate = models.CharField(
        _("OCOP certificate number"),
        max_length=120,
        blank=True,
        help_text=_("As printed on the certificate."),
    )
    ocop_expires = models.DateField(
        _("OCOP certificate expires"),
        null=True,
        blank=True,
        help_text=_("The OCOP badge shows until this day."),
    )
    hs_code = models.CharField(
        _("HS code"),
        max_length=10,
        blank=True,
        validators=[RegexValidator(r"^[0-9]{6,10}$", _("6 to 10 digits, without dots."))],
        help_text=_(
            "The customs code of the goods, e.g. 621490 for a cotton scarf. Needed to ship "
            "the product abroad."
        ),
    )
    customs_description = models.CharField(
        _("description for customs (in English)"),
        max_length=120,
        blank=True,
        help_text=_(
            "What the parcel holds, in plain English, e.g. 'Handwoven cotton scarf'. "
            "Needed to ship the product abroad."
        ),
    )

    # What a cooperative fills in first, on a phone, comes first; the rest is folded away.
    content_panels = [
        TitleFieldPanel(
            "title",
            heading=_("Product name"),
            placeholder=_("Product name*"),
            help_text=_("The name buyers see, e.g. 'Khăn thổ cẩm Xơ Đăng'."),
        ),
        InlinePanel(
            "photos",
            label=_("Photos"),
            min_num=1,
            help_text=_(
                "Take them in daylight on a plain background; the first one shows in the shop. "
                "Photos straight from a phone's camera are made smaller for you."
            ),
        ),
        VariantsPanel(
            heading=_("Price and stock"),
            help_text=_(
                "Each colour or size you sell, with its price and how many are ready to send. "
                "Prices and stock change in the shop as soon as you save, even before the "
                "product is approved."
            ),
        ),
        FieldPanel("craft", widget=forms.Select),
        FieldPanel("description"),
        FieldPanel("maker_share_percent"),
        MultiFieldPanel(
            [
                FieldPanel("ethnic_group", widget=forms.Select),
                FieldPanel("village", widget=forms.Select),
                FieldPanel("makers"),
                FieldPanel("making"),
            ],
            _("Who made it"),
            classname="collapsed",
        ),
        MultiFieldPanel(
            [
                FieldPanel("materials"),
                FieldPanel("motif"),
                FieldPanel("technique"),
                FieldPanel("tags"),
            ],
            _("Materials and motif"),
            classname="collapsed",
        ),
        MultiFieldPanel(
            [
                FieldPanel("dimensions"),
                FieldPanel("weight_grams"),
                FieldPanel("days_of_work"),
                FieldPanel("care"),
            ],
            _("Details"),
            classname="collapsed",
        ),
        MultiFieldPanel(
            [FieldPanel("ocop_stars"), FieldPanel("ocop_certificate"), FieldPanel("ocop_expires")],
            _("OCOP"),
            classname="collapsed",
        ),
        MultiFieldPanel(
            [FieldPanel("hs_code"), FieldPanel("customs_description")],
            _("Shipping abroad"),
            classname="collapsed",
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("description"),
        index.SearchField("technique"),
        index.SearchField("search_ascii"),
    ]
    parent_page_types = ["catalog.CooperativePage"]
    subpage_types = []

    # Customs data is the same in every language: a translator has nothing to change in it.
    override_translatable_fields = [
        SynchronizedField("hs_code"),
        SynchronizedField("customs_description"),
    ]

    objects = PageManager.from_queryset(ProductQuerySet)()
    base_form_class = ProductPageForm
    related_on_route = ("motif",)

    class Meta:
        verbose_name = _("product")

    def save(self, *args, **kwargs):
        """A product is from its cooperative's village unless the cooperative says otherwise,
        so that it is found under that village in the shop and on the village's page."""
        if self.village_id is None and self.depth:
            parent = Page.objects.filter(path=self.path[: -self.steplen])
            self.village_id = parent.values_list("cooperativepage__village_id", flat=True).first()
        super().save(*args, **kwargs)

    @property
    def has_customs_data(self):
        """Whether a parcel holding it may go abroad: every customs form asks for both."""
        return bool(self.hs_code and self.customs_description)

    def search_ascii(self):
        """The product's words without diacritics, so "khan tho cam" finds it."""
        words = [self.title, strip_tags(self.description), self.technique, self.search_description]
        words.extend(tag.name for tag in self.tags.all())
        return fold(" ".join(word for word in words if word))

    listing_image_field = None

    @cached_property
    def listing_image(self):
        """The first photo: from the prefetch when there is one; the shop listing sets it
        from its own row (catalog.models.listing.product_cards)."""
        photos = list(self.photos.all())
        return photos[0].image if photos else None

    @property
    def listing_summary(self):
        return self.search_description

    def variants(self):
        """Variants on sale, shared by every translation of this product."""
        return ProductVariant.objects.of_product(self).filter(active=True)

    @cached_property
    def variants_on_sale(self):
        """The variants, fetched once for the page and its structured data."""
        return list(self.variants())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        makers = self.live_makers()
        related = self.related_products()
        load_images_of(products=[self, *related], pages=makers)
        context.update(maker_cards=makers, related_products=related, origin=self.origin())
        return context

    def live_makers(self):
        """The makers with a live public profile, with its photo: a profile behind a view
        restriction is not for every visitor. Read by id, so that the editor's preview also
        shows the makers chosen in the form and not saved yet."""
        artisans = self._meta.get_field("makers").related_model.objects
        chosen = self.makers.values_list("id", flat=True)
        return public(artisans.filter(pk__in=chosen).live()).select_related("hero_image")

    def origin(self):
        """The village and the craft of the product, as plain pages for links, in one query;
        none that is behind a view restriction."""
        village_id = self.village_id or self.cooperative.village_id
        pages = public(Page.objects.live()).filter(pk__in=[village_id, self.craft_id]).in_bulk()
        return {"village": pages.get(village_id), "craft": pages.get(self.craft_id)}

    @cached_property
    def cooperative(self):
        """The cooperative that lists the product: its parent page, which routing through
        the shop has already loaded."""
        return self.get_parent().specific

    @cached_property
    def shop(self):
        """The shop the product is sold in, which says how parcels travel and come back."""
        return self.cooperative.get_parent().specific

    def related_products(self, limit=4):
        """The newest other products of the same craft in this language (of the same
        cooperative when the product names no craft), with their prices."""
        if self.craft_id is None:
            same = ProductPage.objects.child_of(self.cooperative)
        else:
            same = ProductPage.objects.filter(locale_id=self.locale_id, craft_id=self.craft_id)
        return list(
            public(same.live())
            .exclude(pk=self.pk)
            .order_by("-first_published_at")
            .with_prices()[:limit]
        )

    def structured_data(self, request):
        """schema.org Product with one Offer per variant on sale; prices are whole đồng. The
        apps above add their parts with PRODUCT_DATA_HOOK (reviews: the ratings)."""
        cooperative = self.cooperative
        offers = [
            {
                "@type": "Offer",
                "sku": variant.sku,
                "name": variant.label,
                "price": variant.price,
                "priceCurrency": "VND",
                "availability": "https://schema.org/InStock"
                if variant.in_stock
                else "https://schema.org/OutOfStock",
                "url": self.get_full_url(request),
            }
            for variant in self.variants_on_sale
        ]
        data = {
            "@context": "https://schema.org",
            "@type": "Product",
            "name": self.title,
            "url": self.get_full_url(request),
            "brand": {"@type": "Organization", "name": cooperative.legal_name},
            "offers": offers,
        }
        if offers:
            data["sku"] = offers[0]["sku"]
        image = self.listing_image
        if image:
            data["image"] = request.build_absolute_uri(
                image.get_rendition("fill-1200x630|format-jpeg").url
            )
        for add_to_data in hooks.get_hooks(PRODUCT_DATA_HOOK):
            add_to_data(self, data, request)
        return [data]

    def ocop_is_valid(self, today=None):
        """The OCOP badge shows only while the certificate is valid (36 months from issue)."""
        today = today or timezone.localdate()
        return bool(self.ocop_stars and self.ocop_expires and self.ocop_expires >= today)
