"""Seed the demo shop (catalog app): materials, motifs, the shop page, eight cooperatives
with their staff groups and payout accounts, and eighty products with variants, in
Vietnamese and English; then the delivery zones and the shop's bank account and terms.
Texts come from demo/data: materials, motifs, shop, cooperatives, products and
product_images.yaml.

Crafts, groups, villages and artisans are the stories section's pages, passed in as what
seed_stories returned. Every step looks for what it would create first, so a second run
changes nothing."""

import datetime

from catalog.models import (
    CooperativePage,
    Material,
    Motif,
    ProductPage,
    ProductPhoto,
    ProductVariant,
    ShopPage,
)
from catalog.staff import ensure_staff_group
from craftsite.periods import today
from demo.data import load
from demo.helpers import DemoImages, upsert_pair, upsert_vietnamese_only
from orders.models import ShippingRate, ShippingZone, ShopSettings
from payments.models import PayoutAccount


def seed_catalog(homes, locale_by_code, stories):
    """Create (or find) the shop under each home page, and its delivery zones; returns the
    shop pages by language. `stories` is what seed_stories returned."""
    shops = CatalogSeeder(homes, locale_by_code, stories).run()
    seed_shipping_zones()
    return shops


class CatalogSeeder:
    def __init__(self, homes, locale_by_code, stories):
        self.homes = homes
        self.locales = locale_by_code
        self.stories = stories
        self.images = DemoImages(load("product_images")["product_images"])
        self.today = today()

    def run(self):
        self.materials = {
            spec["key"]: Material.objects.get_or_create(
                name=spec["vi"], defaults={"name_en": spec["en"]}
            )[0]
            for spec in load("materials")["materials"]
        }
        self.motifs = {
            spec["key"]: Motif.objects.get_or_create(
                name=spec["vi"]["name"],
                defaults={
                    "name_en": spec["en"]["name"],
                    "meaning": spec["vi"]["meaning"],
                    "meaning_en": spec["en"]["meaning"],
                },
            )[0]
            for spec in load("motifs")["motifs"]
        }
        shops = upsert_pair(self.homes, self.shop)
        cooperatives = {}
        for spec in load("cooperatives")["cooperatives"]:
            cooperatives[spec["key"]] = upsert_pair(shops, self.cooperative_builder(spec))
            self.seed_staff_and_payouts(spec, cooperatives[spec["key"]]["vi"])
        for spec in load("products")["products"]:
            upsert = upsert_pair if "en" in spec else upsert_vietnamese_only
            product = upsert(cooperatives[spec["cooperative"]], self.product_builder(spec))
            self.seed_variants(spec, product["vi"])
        return shops

    # -- helpers ---------------------------------------------------------------------------

    def story_page(self, kind, key, code):
        return self.stories.page(kind, key, code) if key else None

    # -- pages -----------------------------------------------------------------------------

    def shop(self, code):
        text = load("shop")["shop"][code]
        return ShopPage(
            locale=self.locales[code],
            title=text["title"],
            slug=text["slug"],
            introduction=text["introduction"],
            shipping_information=text["shipping_information"],
            returns_information=text["returns_information"],
            hero_image=self.images[load("cooperatives")["cooperatives"][0]["image"]],
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
                hero_image=self.images[spec["image"]],
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
                pickup_address=text.get("pickup_address", ""),
                opening_hours=text.get("opening_hours", ""),
                dispatch_days=spec.get("dispatch_days", 2),
            )
            page.crafts = [self.story_page("craft", key, code) for key in spec["crafts"]]
            return page

        return build

    def customs_fields(self, slug):
        """The product's HS code and customs description, for those that may go abroad (by
        English slug: a product written in Vietnamese only has none, and stays at home)."""
        hs_code, description = load("shop")["customs"].get(slug, ("", ""))
        return {"hs_code": hs_code, "customs_description": description}

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
                **self.customs_fields(spec["slug"].get("en")),
                days_of_work=spec["days_of_work"],
                maker_share_percent=spec["maker_share_percent"],
                motif=self.motifs[spec["motif"]] if spec["motif"] else None,
                **self.ocop_fields(spec["ocop"]),
            )
            page.makers = [self.story_page("artisan", key, code) for key in spec["makers"]]
            page.materials = [self.materials[key] for key in spec["materials"]]
            page.photos = [
                ProductPhoto(
                    image=self.images[key],
                    alt_text=self.images.specs[key]["alt_en"] if code == "en" else "",
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
                    "product": product,
                    "label": variant["label"]["vi"],
                    "label_en": variant["label"]["en"],
                    "price": variant["price"],
                    "stock": variant["stock"],
                    "sort_order": order,
                },
            )


def seed_shipping_zones():
    """The demo delivery zones, in Vietnam and abroad, each once by its name: zones already
    there are left as administrators set them."""
    for spec in load("shop")["shipping_zones"]:
        if ShippingZone.objects.filter(name=spec["name"]).exists():
            continue
        zone = ShippingZone(
            name=spec["name"],
            name_en=spec["name_en"],
            home=spec["home"],
            free_above=spec["free_above"],
            extra_per_500_grams=spec["extra_per_500_grams"],
            delivery_days=spec["delivery_days"],
            countries=spec.get("countries", []),
        )
        zone.rates = [ShippingRate(up_to_grams=grams, fee=fee) for grams, fee in spec["rates"]]
        zone.save()


def seed_shop_settings(terms_page, privacy_page):
    """A demo bank account for VietQR transfers (a fictional number) and the pages a buyer
    agrees to at checkout; settings an administrator already filled in are kept."""
    shop = ShopSettings.load()
    if shop.takes_transfers:
        return
    bank = load("shop")["shop_bank"]
    shop.bank_bin, shop.account_number = bank["bin"], bank["account"]
    shop.account_holder = bank["holder"]
    shop.terms_page, shop.privacy_page = terms_page, privacy_page
    shop.save()
