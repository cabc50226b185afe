"""The shop listing's own tables, so that a listing costs the same whatever the size of the
catalogue:

- `ListedProduct`: one row per product page the listing shows (live, not behind a view
  restriction, in a shop), with everything the listing filters, counts, sorts and draws a
  card from: its shop and cooperative, craft, ethnic group, village, lowest price on sale,
  whether any variant is in stock, OCOP stars and expiry, first publication, title, address
  and first photo. `ListedProductMaterial` holds its materials as the counts below took them.
- `ListingCount`: for each shop, how many listed products have each filter value (given
  nothing), and how many have each value *given* one or two other values (`given`
  "craft:12", facet "material", value "3": the products of craft 12 made of material 3). The
  facets of a listing under at most two other filters are read from here, whatever the number
  of products; OCOP (valid until a date, so not counted ahead) and three or more other
  filters count their matching rows (catalog.models.listing).

The rows and counts change in the same transaction as what changes them: `refresh_products`,
`refresh_prices` and `drop_products`, called from the hooks in catalog.listing_sync. Counts
change by increments (`add_counts`), never by recounting, so a change costs the same whatever
the size of the catalogue. `rebuild_listing` computes everything again (the data migration,
the benchmark's bulk seeding and `manage.py rebuild_listing`)."""

from collections import Counter
from itertools import combinations, islice

from django.apps import apps as installed_apps
from django.db import connection, models
from django.db.models import Exists, Max, Min, OuterRef, Subquery
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

STEP = Page.steplen  # characters of a page's tree path per level

PRICE_RANGES = {
    "under-200k": (None, 199_999, _("Under 200,000 ₫")),
    "200k-500k": (200_000, 500_000, _("200,000 – 500,000 ₫")),
    "500k-1m": (500_001, 1_000_000, _("500,000 – 1,000,000 ₫")),
    "over-1m": (1_000_001, None, _("Over 1,000,000 ₫")),
}
# The listing's filters on page links, by URL parameter, and the row's column for each.
PAGE_COLUMNS = {
    "craft": "craft_id",
    "group": "ethnic_group_id",
    "village": "village_id",
    "cooperative": "cooperative_id",
}
# Facets shown with counts; "all" counts every product. "in_stock" is a filter only, but is
# counted ahead too, for the number of products under two or three filters.
# The editorial pages a row names, which a product may name in another language than its own.
LINKED_COLUMNS = ("craft_id", "ethnic_group_id", "village_id")
COUNTED = ("craft", "group", "village", "cooperative", "material", "price")
COUNTED_AHEAD = (*COUNTED, "in_stock")
ALL = "all"
BATCH = 2000


def linked_by_id(model):
    """A page the row names by id only, with no database constraint: the listing's hooks
    keep it right, and a page being deleted need not wait for its rows."""
    return models.ForeignKey(
        model, null=True, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+"
    )


class ListedProduct(models.Model):
    """A product as the shop listing sees it: a copy of what the listing filters, counts,
    sorts and shows, kept in step with the product by catalog.listing_sync. The page links
    are plain ids without database constraints: the hooks put the row right in the same
    transaction as the page they point to changes or goes."""

    product = models.OneToOneField(
        "catalog.ProductPage",
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="listed",
        verbose_name=_("product"),
    )
    shop = models.ForeignKey(
        "catalog.ShopPage",
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        db_index=False,  # first column of the indexes below
        related_name="+",
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale",
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        db_index=False,
        related_name="+",
    )
    translation_key = models.UUIDField(db_index=True)
    path = models.CharField(max_length=255)
    url_path = models.TextField()
    title = models.CharField(max_length=255)
    cooperative = linked_by_id("catalog.CooperativePage")
    craft = linked_by_id("stories.CraftPage")
    ethnic_group = linked_by_id("stories.EthnicGroupPage")
    village = linked_by_id("stories.VillagePage")
    lowest_price = models.PositiveIntegerField(null=True)
    in_stock = models.BooleanField(default=False)
    ocop_stars = models.PositiveSmallIntegerField(null=True)
    ocop_expires = models.DateField(null=True)
    first_published_at = models.DateTimeField(null=True)
    image = models.ForeignKey(
        "base.SiteImage",
        null=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        db_index=False,
        related_name="+",
    )

    class Meta:
        verbose_name = _("listed product")
        verbose_name_plural = _("listed products")
        indexes = [
            # The two orders of the listing, each read from the top until the page is full.
            models.Index(
                fields=["shop", "-first_published_at", "-product"], name="listed_newest_idx"
            ),
            models.Index(fields=["shop", "lowest_price", "product"], name="listed_price_idx"),
            # OCOP is counted by reading its products (valid until a date, not counted ahead).
            models.Index(
                fields=["shop", "ocop_expires"],
                condition=models.Q(ocop_stars__isnull=False),
                name="listed_ocop_idx",
            ),
        ]

    def __str__(self):
        return self.title


class ListedProductMaterial(models.Model):
    """A material of a listed product, as its counts were taken."""

    listed = models.ForeignKey(
        ListedProduct, on_delete=models.CASCADE, db_index=False, related_name="materials"
    )
    material = models.ForeignKey(
        "catalog.Material",
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        db_index=False,
        related_name="+",
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["listed", "material"], name="listed_material_unique")
        ]
        indexes = [models.Index(fields=["material", "listed"], name="listed_by_material_idx")]


class ListingCount(models.Model):
    """How many listed products of a shop have `facet` = `value`, among those that have the
    `given` values ("" for all of them; "craft:12", or two such joined by "|"). The facet
    "all" counts every listed product."""

    shop = models.ForeignKey(
        "catalog.ShopPage",
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        db_index=False,
        related_name="+",
    )
    given = models.CharField(max_length=64, blank=True)
    facet = models.CharField(max_length=12)
    value = models.CharField(max_length=24, blank=True)
    count = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["shop", "given", "facet", "value"], name="listing_count_unique"
            )
        ]

    def __str__(self):
        return f"{self.given or '*'} → {self.facet}={self.value}: {self.count}"


# -- what a product counts under ------------------------------------------------------------------


def price_range(price):
    """The key of the price range `price` falls in, or None."""
    if price is None:
        return None
    for key, (low, high, _label) in PRICE_RANGES.items():
        if (low is None or price >= low) and (high is None or price <= high):
            return key
    return None


def tokens_of(row, material_ids):
    """The filter values a listed product matches, as (filter, value) pairs of strings."""
    found = [
        (name, str(getattr(row, column)))
        for name, column in PAGE_COLUMNS.items()
        if getattr(row, column) is not None
    ]
    found += [("material", str(material_id)) for material_id in sorted(material_ids)]
    band = price_range(row.lowest_price)
    if band:
        found.append(("price", band))
    if row.in_stock:
        found.append(("in_stock", "1"))
    return found


def cells_of(shop_id, tokens):
    """The counts a product adds one to: every product; each of its values; and each value of
    a facet given one, or two, of its other values (of other filters: a product's two
    materials are never filtered by together). Given values are named "craft:12", two of
    them joined by "|" in sorted order."""
    named = sorted((f"{name}:{value}", name, value) for name, value in tokens)
    yield (shop_id, "", ALL, "")
    for _token, name, value in named:
        yield (shop_id, "", name, value)
    for given, given_name, _value in named:
        for _token, name, value in named:
            if name != given_name and name in COUNTED_AHEAD:
                yield (shop_id, given, name, value)
    for (first, first_name, _v1), (second, second_name, _v2) in combinations(named, 2):
        if first_name == second_name:
            continue
        given = f"{first}|{second}"
        for _token, name, value in named:
            if name not in (first_name, second_name) and name in COUNTED_AHEAD:
                yield (shop_id, given, name, value)


def add_counts(changes):
    """Add `changes` ({(shop, given, facet, value): +n or -n}) to the counts, in one statement
    per thousand cells, in a fixed order so that two transactions never wait on each other's
    cells in a circle."""
    cells = sorted((key, delta) for key, delta in changes.items() if delta)
    if not cells:
        return
    table = connection.ops.quote_name(ListingCount._meta.db_table)
    for start in range(0, len(cells), 1000):
        chunk = cells[start : start + 1000]
        values = ", ".join(["(%s, %s, %s, %s, %s)"] * len(chunk))
        params = [part for (key, delta) in chunk for part in (*key, delta)]
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} (shop_id, given, facet, value, count) VALUES {values} "
                "ON CONFLICT (shop_id, given, facet, value) "
                f"DO UPDATE SET count = {table}.count + excluded.count",
                params,
            )


# -- computing rows from the pages -------------------------------------------------------------


class Sources:
    """The models rows are computed from: the app's own, or a migration's historical ones."""

    def __init__(self, apps=None):
        get = (apps or installed_apps).get_model
        self.product = get("catalog", "ProductPage")
        self.cooperative = get("catalog", "CooperativePage")
        self.shop = get("catalog", "ShopPage")
        self.variant = get("catalog", "ProductVariant")
        self.photo = get("catalog", "ProductPhoto")
        self.restriction = get("wagtailcore", "PageViewRestriction")
        self.listed = get("catalog", "ListedProduct")
        self.listed_material = get("catalog", "ListedProductMaterial")
        self.count = get("catalog", "ListingCount")
        self.page = get("wagtailcore", "Page")


ROW_FIELDS = (
    "pk",
    "path",
    "url_path",
    "title",
    "locale_id",
    "translation_key",
    "craft_id",
    "ethnic_group_id",
    "village_id",
    "ocop_stars",
    "ocop_expires",
    "first_published_at",
    "lowest_price",
    "in_stock",
    "image_id",
)


def computed_rows(sources, products):
    """The rows of the live products of `products` (a queryset of product pages) that the
    listing shows: those in a shop and behind no view restriction. Yields (row, material
    ids), reading the pages in batches: a few queries per thousand products."""
    variants = sources.variant.objects.filter(
        product__translation_key=OuterRef("translation_key"), active=True
    )
    first_photo = sources.photo.objects.filter(product=OuterRef("pk")).order_by("sort_order", "pk")
    live = (
        products.filter(live=True)
        .annotate(
            lowest_price=Subquery(variants.order_by("price").values("price")[:1]),
            in_stock=Exists(variants.filter(stock__gt=0)),
            image_id=Subquery(first_photo.values("image_id")[:1]),
        )
        .order_by("path")
        .values_list(*ROW_FIELDS)
    )
    shops = list(sources.shop.objects.values_list("path", "pk"))
    restricted = list(sources.restriction.objects.values_list("page__path", flat=True))
    through = sources.product.materials.through
    rows = live.iterator(chunk_size=BATCH)
    while batch := list(islice(rows, BATCH)):
        listed = []
        for values in batch:
            fields = dict(zip(ROW_FIELDS, values, strict=True))
            path = fields["path"]
            shop = next(((p, pk) for p, pk in shops if path.startswith(p)), None)
            if shop and not any(path.startswith(prefix) for prefix in restricted):
                # The cooperative is the shop's child above the product.
                listed.append((fields, shop[1], path[: len(shop[0]) + STEP]))
        cooperatives = dict(
            sources.cooperative.objects.filter(
                path__in={prefix for _fields, _shop, prefix in listed}
            ).values_list("path", "pk")
        )
        name_pages_in_row_language(sources, [fields for fields, _shop, _prefix in listed])
        materials = {}
        for product_id, material_id in through.objects.filter(
            productpage_id__in=[fields["pk"] for fields, _shop, _prefix in listed]
        ).values_list("productpage_id", "material_id"):
            materials.setdefault(product_id, set()).add(material_id)
        for fields, shop_id, prefix in listed:
            product_id = fields.pop("pk")
            row = sources.listed(
                product_id=product_id,
                shop_id=shop_id,
                cooperative_id=cooperatives.get(prefix),
                **fields,
            )
            yield row, materials.get(product_id, set())


def name_pages_in_row_language(sources, rows):
    """Point each row's craft, ethnic group and village at that page in the product's own
    language, where there is one. An English product that is still an alias of the
    Vietnamese one (wagtail-localize's synchronisation) names the Vietnamese craft, as its
    original does; counted as it is, the English shop would show that craft twice, once for
    translated products and once for the others. Two queries a batch."""
    linked = {fields[column] for fields in rows for column in LINKED_COLUMNS} - {None}
    if not linked:
        return
    keys = dict(sources.page.objects.filter(pk__in=linked).values_list("pk", "translation_key"))
    in_language = {
        (key, locale_id): pk
        for key, locale_id, pk in sources.page.objects.filter(
            translation_key__in=set(keys.values()),
            locale_id__in={fields["locale_id"] for fields in rows},
        ).values_list("translation_key", "locale_id", "pk")
    }
    for fields in rows:
        for column in LINKED_COLUMNS:
            page_id = fields[column]
            if page_id in keys:
                fields[column] = in_language.get((keys[page_id], fields["locale_id"]), page_id)


# -- keeping rows and counts in step ------------------------------------------------------------


COMPARED = [field.attname for field in ListedProduct._meta.concrete_fields]


def refresh_products(product_ids):
    """Bring the rows of these product pages in line with the pages: add, change or remove
    each as needed, and the counts with them, in a few queries whatever their number."""
    sources = Sources()
    for chunk in chunks(product_ids):
        pages = sources.product.objects.filter(pk__in=chunk)
        wanted = {row.product_id: (row, mats) for row, mats in computed_rows(sources, pages)}
        replace(sources, current_rows(sources, chunk), wanted)


def chunks(ids):
    """`ids` in sorted batches, so that no query names more of them than a database takes."""
    ids = sorted(set(ids))
    return [ids[start : start + BATCH] for start in range(0, len(ids), BATCH)]


def drop_products(product_ids):
    """Remove the rows of these product pages (about to be deleted), and their counts."""
    sources = Sources()
    for chunk in chunks(product_ids):
        replace(sources, current_rows(sources, chunk), wanted={})


def refresh_prices(translation_keys):
    """Bring the lowest price and "in stock" of the rows of these products (by translation
    key: every language) in line with their variants. Two queries when nothing changed, as
    after most sales."""
    translation_keys = set(translation_keys)
    if not translation_keys:
        return
    sources = Sources()
    rows = list(
        sources.listed.objects.filter(translation_key__in=translation_keys).values_list(
            "product_id", "lowest_price", "in_stock", "translation_key"
        )
    )
    if not rows:
        return
    prices = {
        key: (lowest, most > 0)
        for key, lowest, most in sources.variant.objects.filter(
            product__translation_key__in=translation_keys, active=True
        )
        .values("product__translation_key")
        .annotate(lowest=Min("price"), most=Max("stock"))
        .values_list("product__translation_key", "lowest", "most")
    }

    def change(row, _materials):
        row.lowest_price, row.in_stock = prices.get(row.translation_key, (None, False))

    changed = [
        pk
        for pk, lowest, in_stock, key in rows
        if (lowest, in_stock) != prices.get(key, (None, False))
    ]
    if changed:
        rewrite_rows(changed, change)


def refresh_images(product_ids):
    """Give the rows of these products their first photo again (one of them was deleted)."""
    firsts = {}
    photos = Sources().photo.objects.filter(product_id__in=set(product_ids))
    for product_id, image_id in photos.order_by("-sort_order", "-pk").values_list(
        "product_id", "image_id"
    ):
        firsts[product_id] = image_id  # the last one written is the first photo

    def change(row, _materials):
        row.image_id = firsts.get(row.product_id)

    rewrite_rows(product_ids, change)


def forget_material(material_id):
    """Take a deleted material off the rows that had it."""
    listed = ListedProductMaterial.objects.filter(material_id=material_id)
    rewrite_rows(
        listed.values_list("listed_id", flat=True),
        lambda _row, materials: materials.discard(material_id),
    )


def forget_page(column, page_id):
    """Take a deleted craft, ethnic group or village page off the rows that named it."""
    rewrite_rows(
        ListedProduct.objects.filter(**{column: page_id}).values_list("pk", flat=True),
        lambda row, _materials: setattr(row, column, None),
    )


def rewrite_rows(product_ids, change):
    """Apply `change(row, materials)` to the kept rows of these products, and move the counts
    with them, without reading their pages: safe while pages are being deleted, as it never
    adds a row."""
    sources = Sources()
    for chunk in chunks(product_ids):
        present = current_rows(sources, chunk)
        wanted = {}
        for pk, (row, materials) in present.items():
            new = sources.listed(**{name: getattr(row, name) for name in COMPARED})
            new_materials = set(materials)
            change(new, new_materials)
            wanted[pk] = (new, new_materials)
        replace(sources, present, wanted)


def current_rows(sources, product_ids):
    """The rows kept now for these products, with the materials they were counted under."""
    rows = {
        row.product_id: (row, set()) for row in sources.listed.objects.filter(pk__in=product_ids)
    }
    if rows:
        for listed_id, material_id in sources.listed_material.objects.filter(
            listed_id__in=list(rows)
        ).values_list("listed_id", "material_id"):
            rows[listed_id][1].add(material_id)
    return rows


def same(present, wanted):
    if present is None or wanted is None:
        return present is wanted
    return present[1] == wanted[1] and all(
        getattr(present[0], name) == getattr(wanted[0], name) for name in COMPARED
    )


def replace(sources, present, wanted):
    """Turn the rows `present` ({product id: (row, materials)}) into `wanted`, changing only
    what differs, and move the counts by the difference."""
    changed = [
        pk for pk in present.keys() | wanted.keys() if not same(present.get(pk), wanted.get(pk))
    ]
    if not changed:
        return
    changes = Counter()
    for pk in changed:
        if pk in present:
            row, materials = present[pk]
            changes.subtract(cells_of(row.shop_id, tokens_of(row, materials)))
        if pk in wanted:
            row, materials = wanted[pk]
            changes.update(cells_of(row.shop_id, tokens_of(row, materials)))
    gone = [pk for pk in changed if pk in present]
    if gone:
        sources.listed_material.objects.filter(listed_id__in=gone).delete()
        sources.listed.objects.filter(pk__in=gone).delete()
    write_rows(sources, [wanted[pk] for pk in changed if pk in wanted])
    add_counts(changes)


def write_rows(sources, rows):
    sources.listed.objects.bulk_create([row for row, _materials in rows], batch_size=BATCH)
    sources.listed_material.objects.bulk_create(
        [
            sources.listed_material(listed_id=row.product_id, material_id=material_id)
            for row, materials in rows
            for material_id in sorted(materials)
        ],
        batch_size=BATCH,
    )


# -- rebuilding ---------------------------------------------------------------------------------


def rebuild_listing(apps=None, shop_ids=None):
    """Compute every row and count again, for the shops `shop_ids` (all by default). Returns
    the number of rows. For the data migration (with its historical `apps`), the bulk
    seeding of the benchmark and `manage.py rebuild_listing`."""
    sources = Sources(apps)
    shops = sources.shop.objects.all()
    if shop_ids is not None:
        shops = shops.filter(pk__in=shop_ids)
    total = 0
    for shop_id, shop_path in shops.values_list("pk", "path"):
        sources.count.objects.filter(shop_id=shop_id).delete()
        sources.listed_material.objects.filter(listed__shop_id=shop_id).delete()
        sources.listed.objects.filter(shop_id=shop_id).delete()
        counts = Counter()
        batch = []
        products = sources.product.objects.filter(path__startswith=shop_path)
        for row, materials in computed_rows(sources, products):
            batch.append((row, materials))
            counts.update(cells_of(row.shop_id, tokens_of(row, materials)))
            if len(batch) == BATCH:
                write_rows(sources, batch)
                total += len(batch)
                batch = []
        write_rows(sources, batch)
        total += len(batch)
        sources.count.objects.bulk_create(
            [
                sources.count(shop_id=shop, given=given, facet=facet, value=value, count=count)
                for (shop, given, facet, value), count in sorted(counts.items())
            ],
            batch_size=BATCH,
        )
    return total


def kept_listing(shop_ids=None):
    """The rows, their materials and the counts (but those down to 0) as sets, to compare
    what is kept with what `rebuild_listing` computes."""
    rows = ListedProduct.objects.all()
    materials = ListedProductMaterial.objects.all()
    counts = ListingCount.objects.filter(count__gt=0)
    if shop_ids is not None:
        rows = rows.filter(shop_id__in=shop_ids)
        materials = materials.filter(listed__shop_id__in=shop_ids)
        counts = counts.filter(shop_id__in=shop_ids)
    return (
        set(rows.values_list(*COMPARED)),
        set(materials.values_list("listed_id", "material_id")),
        set(counts.values_list("shop_id", "given", "facet", "value", "count")),
    )
