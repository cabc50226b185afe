"""Which stored pages a change of a product makes stale, so that a buyer never reads an old
price or "in stock" for a sold-out item: the product in every language, its cooperative,
the shop's listings, the home page, the craft, village and artisan pages that list it, and
the product pages that show it among their related products."""

from wagtail.models import Page

from catalog.models import ProductPage, ProductVariant
from craftsite.purges import purge_after_commit, purge_on_change, purge_on_publish

RELATED_SHOWN = 4


def register():
    """Declare the catalog's purges (craftsite.purges); called by the app's `ready`."""
    purge_on_publish(ProductPage, lambda page: paths_showing_product(page.translation_key))
    purge_on_change(
        ProductVariant,
        lambda variant: paths_showing_product(variant.product.translation_key),
    )


def purge_product(product_key):
    """Forget the stored pages that show the product with this translation key once the
    change commits: for stock taken or returned by a query, which sends no signal
    (catalog.listing_sync.stock_changed)."""
    purge_after_commit(lambda: paths_showing_product(product_key))


def paths_showing_product(product_key):
    products = list(ProductPage.objects.filter(translation_key=product_key))
    page_ids = {product.pk for product in products}
    ancestor_paths = set()
    for product in products:
        page_ids.update(page_id for page_id in (product.craft_id, product.village_id) if page_id)
        # The cooperative, the shop and the home page; not the tree's root.
        ancestor_paths.update(
            product.path[: depth * product.steplen] for depth in range(2, product.depth)
        )
    page_ids.update(
        ProductPage.makers.through.objects.filter(productpage__in=products).values_list(
            "artisanpage_id", flat=True
        )
    )
    # The craft, village and artisan pages in every language: each lists the products that
    # name it or its translation (stories.models.base.EditorialPage.products_where).
    named = Page.objects.filter(pk__in=page_ids).values("translation_key")
    pages = Page.objects.filter(translation_key__in=named) | Page.objects.filter(
        path__in=ancestor_paths
    )
    pages = [*pages, *products_showing_as_related(products)]
    return {url for url in (page_url(page) for page in pages) if url}


def products_showing_as_related(products):
    """A product page shows the newest other products of its craft: when this product is
    one of them, every product page of that craft shows it."""
    showing = []
    for product in products:
        if product.craft_id is None:
            continue
        same_craft = ProductPage.objects.live().filter(
            locale_id=product.locale_id, craft_id=product.craft_id
        )
        newest = same_craft.order_by("-first_published_at").values_list("pk", flat=True)
        if product.pk in newest[: RELATED_SHOWN + 1]:
            showing.extend(same_craft.only("id", "path", "url_path", "locale_id"))
    return showing


def page_url(page):
    """The page's address on its site, without scheme and host."""
    parts = page.get_url_parts()
    return parts[2] if parts else None
