"""Demo shop: materials, motifs, the shop page, eight cooperatives with their staff groups
and payout accounts, and eighty products with variants, in Vietnamese and English; and
wholesale enquiries to some of the cooperatives.

Crafts, groups, villages and artisans come from the stories demo, passed in by the site's
seed as {(kind, key): {"vi": page, "en": page}}: catalog does not import stories. Every step
looks for what it would create first, so a second run changes nothing."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from catalog.demo import content
from catalog.models import (
    CooperativePage,
    Enquiry,
    EnquiryReply,
    Material,
    Motif,
    PayoutAccount,
    ProductPage,
    ProductPhoto,
    ProductVariant,
    ShippingRate,
    ShippingZone,
    ShopPage,
    ShopSettings,
)
from catalog.staff import ensure_staff_group
from craftsite.demo import images
from craftsite.demo.helpers import demo_image, upsert_child, upsert_translation

LANGUAGES = ("vi", "en")
ENQUIRY_FIELDS = (
    "name",
    "organisation",
    "email",
    "phone",
    "wanted",
    "quantity",
    "message",
    "language",
    "status",
)


def seed_catalog(homes, locale_by_code, stories_pages):
    """Create (or find) the shop under each home page; returns the shop pages by language."""
    return CatalogSeeder(homes, locale_by_code, stories_pages).run()


class CatalogSeeder:
    def __init__(self, homes, locale_by_code, stories_pages):
        self.homes = homes
        self.locales = locale_by_code
        self.stories = stories_pages
        self.images = {}
        self.today = timezone.localdate()

    def run(self):
        self.materials = self.vocabulary(Material, content.MATERIALS, lambda spec, code: spec[code])
        self.motifs = self.vocabulary(Motif, content.MOTIFS, lambda spec, code: spec[code]["name"])
        shops = self.pair(self.homes, self.shop)
        cooperatives = {}
        for spec in content.COOPERATIVES:
            cooperatives[spec["key"]] = self.pair(shops, self.cooperative_builder(spec))
            self.seed_staff_and_payouts(spec, cooperatives[spec["key"]]["vi"])
        for spec in content.PRODUCTS:
            product = self.pair(cooperatives[spec["cooperative"]], self.product_builder(spec))
            self.seed_variants(spec, product["vi"])
        seed_shipping_zones()
        return shops

    # -- helpers ---------------------------------------------------------------------------

    def pair(self, parents, build):
        vi = upsert_child(parents["vi"], build("vi"))
        en = upsert_translation(vi, parents["en"], build("en"))
        return {"vi": vi, "en": en}

    def story_page(self, kind, key, code):
        return self.stories[(kind, key)][code] if key else None

    def image(self, key):
        if key not in self.images:
            spec = content.PRODUCT_IMAGES[key]
            self.images[key] = demo_image(
                spec["title"], spec["alt"], lambda: images.render(*spec["render"])
            )
        return self.images[key]

    def vocabulary(self, model, specs, name_of):
        """Snippets in both languages sharing a translation key: {key: {code: snippet}}."""
        found = {}
        for spec in specs:
            pair = {}
            for code in LANGUAGES:
                extra = {"meaning": spec[code]["meaning"]} if model is Motif else {}
                snippet = model.objects.filter(
                    locale=self.locales[code], name=name_of(spec, code)
                ).first() or model(locale=self.locales[code], name=name_of(spec, code), **extra)
                if code == "en":
                    snippet.translation_key = pair["vi"].translation_key
                if snippet.pk is None:
                    snippet.save()
                pair[code] = snippet
            found[spec["key"]] = pair
        return found

    # -- pages -----------------------------------------------------------------------------

    def shop(self, code):
        text = content.SHOP[code]
        return ShopPage(
            locale=self.locales[code],
            title=text["title"],
            slug=text["slug"],
            introduction=text["introduction"],
            shipping_information=text["shipping_information"],
            returns_information=text["returns_information"],
            hero_image=self.image(content.COOPERATIVES[0]["image"]),
        )

    def cooperative_builder(self, spec):
        def build(code):
            text = spec[code]
            page = CooperativePage(
                locale=self.locales[code],
                title=text["title"],
                slug=spec["slug"][code],
                introduction=text["introduction"],
                certifications=text["certifications"],
                hero_image=self.image(spec["image"]),
                legal_name=spec["legal_name"],
                kind=spec["kind"],
                founded=spec["founded"],
                members=spec["members"],
                women_members=spec["women_members"],
                village=self.story_page("village", spec["village"], code),
                contact_name=spec["contact_name"],
                phone=spec["phone"],
                email=spec["email"],
                capacity_per_month=spec["capacity_per_month"],
                minimum_order=spec["minimum_order"],
                lead_time_days=spec["lead_time_days"],
            )
            page.crafts = [self.story_page("craft", key, code) for key in spec["crafts"]]
            return page

        return build

    def product_builder(self, spec):
        def build(code):
            text = spec[code]
            page = ProductPage(
                locale=self.locales[code],
                title=text["title"],
                slug=spec["slug"][code],
                search_description=text["summary"],
                description=text["description"],
                technique=text["technique"],
                care=text["care"],
                craft=self.story_page("craft", spec["craft"], code),
                ethnic_group=self.story_page("group", spec["group"], code),
                village=self.story_page("village", spec["village"], code),
                making=spec["making"],
                dimensions=spec["dimensions"],
                weight_grams=spec["weight_grams"],
                days_of_work=spec["days_of_work"],
                maker_share_percent=spec["maker_share_percent"],
                motif=self.motifs[spec["motif"]][code] if spec["motif"] else None,
                **self.ocop_fields(spec["ocop"]),
            )
            page.makers = [self.story_page("artisan", key, code) for key in spec["makers"]]
            page.materials = [self.materials[key][code] for key in spec["materials"]]
            page.photos = [
                ProductPhoto(
                    image=self.image(key),
                    alt_text=content.PRODUCT_IMAGES[key]["alt_en"] if code == "en" else "",
                )
                for key in spec["photos"]
            ]
            page.tags.add(*text["tags"])
            return page

        return build

    def ocop_fields(self, ocop):
        if not ocop:
            return {}
        return {
            "ocop_stars": ocop["stars"],
            "ocop_certificate": ocop["certificate"],
            "ocop_expires": self.today + datetime.timedelta(days=ocop["expires_in_days"]),
        }

    # -- data beside the pages ---------------------------------------------------------------

    def seed_staff_and_payouts(self, spec, cooperative):
        ensure_staff_group(cooperative, name=spec["group_name"])
        PayoutAccount.objects.get_or_create(cooperative=cooperative, defaults=spec["payout"])

    def seed_variants(self, spec, product):
        for order, variant in enumerate(spec["variants"]):
            ProductVariant.objects.get_or_create(
                sku=variant["sku"],
                defaults={
                    "product_key": product.translation_key,
                    "label": variant["label"]["vi"],
                    "label_en": variant["label"]["en"],
                    "price": variant["price"],
                    "stock": variant["stock"],
                    "sort_order": order,
                },
            )


def seed_shipping_zones():
    """The two demo delivery zones, once: zones already there are left as administrators
    set them."""
    if ShippingZone.objects.exists():
        return
    for spec in content.SHIPPING_ZONES:
        zone = ShippingZone(
            name=spec["name"],
            name_en=spec["name_en"],
            home=spec["home"],
            free_above=spec["free_above"],
            extra_per_500_grams=spec["extra_per_500_grams"],
        )
        zone.rates = [ShippingRate(up_to_grams=grams, fee=fee) for grams, fee in spec["rates"]]
        zone.save()


def seed_shop_settings(terms_page, privacy_page):
    """A demo bank account for VietQR transfers (a fictional number) and the pages a buyer
    agrees to at checkout; settings an administrator already filled in are kept."""
    shop = ShopSettings.load()
    if shop.takes_transfers:
        return
    shop.bank_bin, shop.account_number = content.SHOP_BANK["bin"], content.SHOP_BANK["account"]
    shop.account_holder = content.SHOP_BANK["holder"]
    shop.terms_page, shop.privacy_page = terms_page, privacy_page
    shop.save()


def seed_enquiries():
    """Demo wholesale enquiries in every status, with the cooperatives' replies, some still
    new after the time allowed. Call it after the shop and the demo accounts exist (replies
    are signed by the cooperatives' demo staff). Enquiries already there are left alone, and
    nothing is mailed."""
    now = timezone.now()
    cooperatives = {spec["key"]: spec["slug"]["vi"] for spec in content.COOPERATIVES}
    products = {spec["key"]: spec["slug"] for spec in content.PRODUCTS}
    for spec in content.ENQUIRIES:
        cooperative = CooperativePage.objects.get(
            slug=cooperatives[spec["cooperative"]], locale__language_code="vi"
        )
        if Enquiry.objects.filter(cooperative=cooperative, email=spec["email"]).exists():
            continue
        received = now - datetime.timedelta(days=spec["days_ago"])
        wanted_in = spec["wanted_by_in_days"]
        enquiry = Enquiry.objects.create(
            cooperative=cooperative,
            product=demo_product(products, spec),
            created_at=received,
            wanted_by=received.date() + datetime.timedelta(days=wanted_in) if wanted_in else None,
            answered_at=received + datetime.timedelta(days=1) if "reply" in spec else None,
            **{field: spec[field] for field in ENQUIRY_FIELDS},
        )
        if "reply" in spec:
            body, username = spec["reply"]
            staff = get_user_model().objects.filter(username=username).first() if username else None
            reply = EnquiryReply.objects.create(enquiry=enquiry, body=body, user=staff)
            EnquiryReply.objects.filter(pk=reply.pk).update(sent_at=enquiry.answered_at)


def demo_product(products, spec):
    """The product the buyer asked from, in the language they wrote in, if any."""
    if not spec["product"]:
        return None
    slug = products[spec["product"]][spec["language"]]
    return ProductPage.objects.filter(slug=slug, locale__language_code=spec["language"]).first()
