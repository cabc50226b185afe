"""A large catalogue for benchmarks, built in bulk: tens of thousands of product pages in a
minute or less instead of hours of `add_child` and `save_revision`.

Pages are inserted straight into the tables with the helpers of `bench.bulk`
(treebeard paths computed there, `bulk_create` for the base `Page` rows, one `executemany`
for the page type's own table). No revision, log entry, search entry or reference-index
entry is written, and no signal is sent."""

import random
import sys
import time
import uuid
from datetime import timedelta
from io import BytesIO

from django.conf import settings
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from PIL import Image
from wagtail.images import get_image_model

from bench.bulk import (
    BATCH_SIZE,
    SeedError,
    Translated,
    insert_links,
    insert_pages,
    last_child_step,
    page_fields,
    recount_children,
    refuse_unless_allowed,
)
from catalog.models import (
    CooperativePage,
    Material,
    Motif,
    ProductPage,
    ProductPhoto,
    ProductVariant,
    ShopPage,
)
from catalog.models.listing_rows import rebuild_listing

SLUG_PREFIX = "bench-"
SKU_PREFIX = "BENCH-"
PLACEHOLDER_IMAGE_TITLE = "Ảnh sản phẩm thử nghiệm (benchmark)"

# (Vietnamese, English) words for made-up but plausible product titles.
ITEMS = [
    ("Khăn", "scarf"),
    ("Túi", "bag"),
    ("Gùi", "back basket"),
    ("Váy", "skirt"),
    ("Áo", "jacket"),
    ("Thảm", "rug"),
    ("Giỏ", "basket"),
    ("Khay", "tray"),
]
STYLES = [
    ("thổ cẩm", "Brocade"),
    ("mây tre", "Rattan and bamboo"),
    ("dệt tay", "Handwoven"),
    ("nhuộm chàm", "Indigo-dyed"),
    ("hoa văn thoi", "Diamond-patterned"),
]
VARIANT_LABELS = [
    ("Đỏ đen", "Red and black"),
    ("Chàm", "Indigo"),
    ("Trắng ngà", "Ivory"),
]


def seed_catalogue(products=1000, cooperatives=10, out=None):
    """Add a large benchmark catalogue under the existing shop: `cooperatives` cooperatives
    and `products` products spread over them (both per language), in the shop's language and
    in every language the shop is translated into (translations share the translation key),
    each product with 1-3 variants, a photo, materials and a craft, people and village of the
    stories pages. Run `manage.py seed_demo` first.

    Pages are bulk-inserted: no revisions, no log entries, no signals (so no staff groups for
    the new cooperatives; the shop listing's rows and counts are computed again at the end),
    no search index entries (`bench.bulk.index_pages` or `manage.py update_index` index them)
    and no reference index entries (`manage.py rebuild_references_index`). Every call APPENDS
    a new batch: slugs start with 'bench-<n>-' and SKUs with 'BENCH-<n>-', n counting up from
    1; nothing is ever replaced or deleted.

    Writes one line of what it added to `out` (standard output by default) and returns the
    counts of `CatalogueBuilder.run`. Raises SeedError when the settings do not allow demo
    content or there is no shop, ValueError for sizes out of range."""
    refuse_unless_allowed()
    if products < 0 or cooperatives < 1:
        raise ValueError("Give 0 or more products and 1 or more cooperatives.")
    out = sys.stdout if out is None else out
    started = time.monotonic()
    with transaction.atomic():
        builder = CatalogueBuilder(products, cooperatives)
        counts = builder.run()
    elapsed = time.monotonic() - started
    out.write(
        f"Benchmark batch {builder.batch}: {counts['cooperatives']} cooperatives and "
        f"{counts['products']} products in {', '.join(counts['languages'])} "
        f"({counts['pages']} pages), {counts['variants']} variants, "
        f"{counts['photos']} photos in {elapsed:.1f} s.\n"
    )
    return counts


class CatalogueBuilder:
    """Everything about a product or cooperative is drawn once (a "spec"), then written in
    every language: Vietnamese texts for the shop's own language, English for the others."""

    def __init__(self, product_count, cooperative_count):
        self.product_count = product_count
        self.cooperative_count = cooperative_count
        self.now = timezone.now()
        self.today = timezone.localdate()

    def run(self):
        shops = find_shops()
        self.locale_ids = [shop["locale_id"] for shop in shops]
        self.batch = next_batch()
        self.rng = random.Random(self.batch)
        self.images = photo_images()
        self.links = {
            name: Translated(
                ProductPage._meta.get_field(name).related_model.objects.live(), self.locale_ids
            )
            for name in ("craft", "ethnic_group", "village")
        }
        # Materials and motifs are one row for every language.
        self.materials = list(Material.objects.order_by("pk").values_list("pk", flat=True))
        self.motifs = list(Motif.objects.order_by("pk").values_list("pk", flat=True))
        cooperatives = [self.cooperative_spec(n) for n in range(1, self.cooperative_count + 1)]
        products = [self.product_spec(n, cooperatives) for n in range(1, self.product_count + 1)]

        pages = photos = 0
        # The new pages' ids by model, for whoever indexes them afterwards.
        self.page_ids = {CooperativePage: [], ProductPage: []}
        for shop in shops:
            language = "vi" if shop["locale_id"] == self.locale_ids[0] else "en"
            cooperative_pages = self.add_cooperatives(shop, language, cooperatives)
            product_pages = self.add_products(language, cooperative_pages, products)
            photos += self.add_photos(product_pages, products)
            pages += len(cooperative_pages) + len(product_pages)
            self.page_ids[CooperativePage] += [page["id"] for page, _spec in cooperative_pages]
            self.page_ids[ProductPage] += [page["id"] for page in product_pages]
            if shop["locale_id"] == self.locale_ids[0]:
                main_product_ids = [page["id"] for page in product_pages]
            recount_children(shop)
        variants = self.add_variants(products, main_product_ids)
        # The shop listing's own rows and counts, which no signal kept in step here
        rebuild_listing(shop_ids=[shop["id"] for shop in shops])
        return {
            "languages": [shop["language"] for shop in shops],
            "cooperatives": self.cooperative_count,
            "products": self.product_count,
            "pages": pages,
            "variants": variants,
            "photos": photos,
        }

    # -- what each page will be ----------------------------------------------------------------

    def cooperative_spec(self, number):
        rng = self.rng
        members = rng.randint(5, 80)
        name = f"{self.batch}-{number}"
        return {
            "key": uuid.uuid4(),
            "slug": {"vi": f"{SLUG_PREFIX}{name}-htx", "en": f"{SLUG_PREFIX}{name}-cooperative"},
            "title": {"vi": f"HTX thử nghiệm {name}", "en": f"Benchmark cooperative {name}"},
            "village": self.links["village"].pick(rng),
            "crafts": self.links["craft"].sample(rng, 2),
            "products": 0,
            "fields": {
                "hero_image_id": rng.choice(self.images),
                "introduction": "Hợp tác xã tạo ra để đo tốc độ của trang web.",
                "legal_name": f"Hợp tác xã thử nghiệm {name}",
                "kind": rng.choice(CooperativePage.Kind.values),
                "founded": rng.randint(1990, self.today.year),
                "members": members,
                "women_members": rng.randint(0, members),
                "email": f"bench-{name}@langnghe.example",
                "capacity_per_month": rng.randint(20, 2000),
                "minimum_order": rng.choice([None, 10, 50, 100]),
                "lead_time_days": rng.randint(3, 60),
            },
        }

    def product_spec(self, number, cooperatives):
        """Products are dealt to the cooperatives in turn."""
        rng = self.rng
        cooperative = (number - 1) % len(cooperatives)
        cooperatives[cooperative]["products"] += 1
        item, item_en = rng.choice(ITEMS)
        style, style_en = rng.choice(STYLES)
        name = f"{self.batch}-{number}"
        ocop = rng.random() < 0.2
        return {
            "number": number,
            "key": uuid.uuid4(),
            "cooperative": cooperative,
            "step": cooperatives[cooperative]["products"],
            "slug": {"vi": f"{SLUG_PREFIX}{name}-sp", "en": f"{SLUG_PREFIX}{name}-product"},
            "title": {"vi": f"{item} {style} số {name}", "en": f"{style_en} {item_en} no. {name}"},
            "summary": {
                "vi": f"{item} {style} của một hợp tác xã thử nghiệm.",
                "en": f"{style_en} {item_en} from a benchmark cooperative.",
            },
            "description": {
                "vi": f"<p>{item} {style}: sản phẩm tạo ra để đo tốc độ của trang web.</p>",
                "en": f"<p>{style_en} {item_en}: made up to measure the site's speed.</p>",
            },
            "published": self.now - timedelta(seconds=rng.randint(0, 2 * 365 * 86400)),
            "craft": self.links["craft"].pick(rng),
            "ethnic_group": self.links["ethnic_group"].pick(rng),
            "motif": rng.choice(self.motifs) if self.motifs and rng.random() < 0.5 else None,
            "materials": rng.sample(self.materials, min(rng.randint(1, 2), len(self.materials))),
            "variants": rng.randint(1, 3),
            "fields": {
                "making": rng.choice(ProductPage.Making.values),
                "dimensions": f"{rng.randint(10, 200)} × {rng.randint(10, 200)} cm",
                "weight_grams": rng.randint(50, 3000),
                "days_of_work": rng.randint(1, 60),
                "maker_share_percent": rng.randint(40, 85),
                "ocop_stars": rng.randint(3, 5) if ocop else None,
                "ocop_certificate": f"{SKU_PREFIX}{name}" if ocop else "",
                "ocop_expires": (
                    self.today + timedelta(days=rng.randint(-90, 900)) if ocop else None
                ),
            },
        }

    # -- pages ---------------------------------------------------------------------------------

    def add_cooperatives(self, shop, language, specs):
        """The cooperative pages of one language, in the order of `specs`."""
        locale_id = shop["locale_id"]
        first_step = last_child_step(shop) + 1
        rows = []
        for offset, spec in enumerate(specs):
            page = page_fields(shop, first_step + offset, spec, language)
            page.update(
                numchild=spec["products"], first_published_at=self.now, last_published_at=self.now
            )
            village_id = self.links["village"].id(spec["village"], locale_id)
            rows.append((page, {**spec["fields"], "village_id": village_id}))
        pages = insert_pages(CooperativePage, rows)
        crafts = [
            (page["id"], craft_id)
            for page, spec in zip(pages, specs, strict=True)
            for key in spec["crafts"]
            if (craft_id := self.links["craft"].id(key, locale_id))
        ]
        insert_links(CooperativePage, "crafts", crafts)
        return [(page, spec) for page, spec in zip(pages, specs, strict=True)]

    def add_products(self, language, cooperatives, specs):
        """The product pages of one language, in the order of `specs`."""
        rows = []
        for spec in specs:
            parent, cooperative = cooperatives[spec["cooperative"]]
            locale_id = parent["locale_id"]
            page = page_fields(parent, spec["step"], spec, language)
            page.update(
                search_description=spec["summary"][language],
                first_published_at=spec["published"],
                last_published_at=spec["published"],
            )
            own = {
                **spec["fields"],
                "description": spec["description"][language],
                "craft_id": self.links["craft"].id(spec["craft"], locale_id),
                "ethnic_group_id": self.links["ethnic_group"].id(spec["ethnic_group"], locale_id),
                # As ProductPage.save does: a product is from its cooperative's village.
                "village_id": self.links["village"].id(cooperative["village"], locale_id),
                "motif_id": spec["motif"],
            }
            rows.append((page, own))
        pages = insert_pages(ProductPage, rows)
        materials = [
            (page["id"], material_id)
            for page, spec in zip(pages, specs, strict=True)
            for material_id in spec["materials"]
        ]
        insert_links(ProductPage, "materials", materials)
        return pages

    # -- data beside the pages -------------------------------------------------------------------

    def add_photos(self, pages, specs):
        photos = [
            ProductPhoto(
                product_id=page["id"],
                image_id=self.images[spec["number"] % len(self.images)],
                alt_text=page["title"],
                sort_order=0,
            )
            for page, spec in zip(pages, specs, strict=True)
        ]
        ProductPhoto.objects.bulk_create(photos, batch_size=BATCH_SIZE)
        return len(photos)

    def add_variants(self, specs, product_ids):
        """Variants belong to the product's page in the main language, so one set serves
        every language."""
        rng = self.rng
        variants = []
        for spec, product_id in zip(specs, product_ids, strict=True):
            base = rng.randint(5, 250) * 10_000
            for order in range(spec["variants"]):
                label, label_en = VARIANT_LABELS[order]
                variants.append(
                    ProductVariant(
                        product_id=product_id,
                        sku=f"{SKU_PREFIX}{self.batch}-{spec['number']}-{order + 1}",
                        label=label,
                        label_en=label_en,
                        price=base + order * 50_000,
                        stock=rng.choice([0, 0, 1, 3, 5, 12, 40]),
                        sort_order=order,
                    )
                )
        ProductVariant.objects.bulk_create(variants, batch_size=BATCH_SIZE)
        return len(variants)


# -- the tree ---------------------------------------------------------------------------------


def find_shops():
    """The shop of the default language first, then its translations, as dicts of the tree
    fields the new pages need (like the dicts of the pages inserted here)."""
    shops = ShopPage.objects.order_by("path")
    source = shops.filter(locale__language_code=settings.LANGUAGE_CODE).first() or shops.first()
    if source is None:
        raise SeedError("There is no shop page to add products to: run `seed_demo` first.")
    translations = ShopPage.objects.filter(translation_key=source.translation_key).exclude(
        pk=source.pk
    )
    fields = ("id", "path", "depth", "locale_id", "url_path")
    return [
        {**{name: getattr(page, name) for name in fields}, "language": page.locale.language_code}
        for page in [source, *translations.select_related("locale").order_by("path")]
    ]


def next_batch():
    """One more than the highest batch number in the slugs and SKUs of earlier runs."""
    numbers = [0]
    slugs = CooperativePage.objects.filter(slug__startswith=SLUG_PREFIX)
    for slug in slugs.values_list("slug", flat=True):
        number = slug[len(SLUG_PREFIX) :].split("-", 1)[0]
        if number.isdigit():
            numbers.append(int(number))
    batch = max(numbers) + 1
    while ProductVariant.objects.filter(sku__startswith=f"{SKU_PREFIX}{batch}-").exists():
        batch += 1
    return batch


# -- photos -----------------------------------------------------------------------------------


def photo_images(most=12):
    """Ids of a handful of images the shop's products already show; failing that, one small
    placeholder image (made once, found again on the next run)."""
    used = ProductPhoto.objects.order_by("image_id").values_list("image_id", flat=True)
    ids = list(used.distinct()[:most])
    if ids:
        return ids
    model = get_image_model()
    existing = model.objects.filter(title=PLACEHOLDER_IMAGE_TITLE).first()
    if existing:
        return [existing.pk]
    buffer = BytesIO()
    Image.new("RGB", (400, 300), (158, 42, 43)).save(buffer, "JPEG")
    image = model.objects.create(
        title=PLACEHOLDER_IMAGE_TITLE,
        file=ImageFile(BytesIO(buffer.getvalue()), name="benchmark-product.jpg"),
    )
    return [image.pk]
