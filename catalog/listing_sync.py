"""Keeps the shop listing's rows and counts (catalog.models.listing_rows) in step with what
they copy, in the same transaction as each change. Connected by `connect`, from the app's
`ready`, to the signals the page-cache purges also listen to (catalog.purges,
craftsite.purges), plus the saves of the product page itself:

- a product page saved (created, published, unpublished, a translation added): its row, from
  inside Wagtail's own transaction for the save (`post_save`; `page_published` only comes
  after it), the materials (`m2m_changed`) and photos (`post_save`, `post_delete`) that
  Wagtail saves with the page right after;
- a product page unpublished (`page_unpublished`): its row goes, for the English alias of
  a Vietnamese product, which Wagtail takes offline with its original by saving it as a
  plain page, unheard by the product's `post_save` (Wagtail also sends it for a live page
  being deleted: removing is all it does);
- a product page deleted: its row goes before the page does (`pre_delete`); its variants
  go before it, which updates the prices of its translations;
- a variant saved or deleted, or its stock changed by a query (`stock_changed`, called by
  orders.services): price and "in stock" of the product's rows in every language;
- a page moved (`post_page_move`) or a cooperative or shop published with a new address
  (`page_published`): the rows under it; a view restriction added or removed: the rows
  under the restricted page;
- a material, craft, ethnic group or village deleted: taken off the rows that named it.

While pages are being deleted, rows are only changed or removed, never added from the pages
(which may be going too): a deletion's handlers use `rewrite_rows`, `refresh_prices` and
`refresh_images`, which touch only the rows there are."""

from django.db.models import QuerySet
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from catalog.models import (
    CooperativePage,
    ListedProduct,
    Material,
    ProductPage,
    ProductPhoto,
    ProductVariant,
    ShopPage,
)
from catalog.models.listing_rows import (
    drop_products,
    forget_material,
    forget_page,
    refresh_images,
    refresh_prices,
    refresh_products,
)
from catalog.purges import purge_product

# What a row copies from its product page; a save naming none of these (a draft's revision,
# Wagtail's bookkeeping) changes nothing the listing shows.
COPIED = {
    "live",
    "title",
    "slug",
    "url_path",
    "path",
    "depth",
    "locale",
    "translation_key",
    "craft",
    "ethnic_group",
    "village",
    "ocop_stars",
    "ocop_expires",
    "first_published_at",
    "materials",
    "photos",
}
COPIED |= {f"{name}_id" for name in ("locale", "craft", "ethnic_group", "village")}
LINKED_PAGES = {"craft": "craft_id", "ethnic_group": "ethnic_group_id", "village": "village_id"}


def connect():
    post_save.connect(product_saved, sender=ProductPage, dispatch_uid="listing-product")
    page_unpublished.connect(
        product_unpublished, sender=ProductPage, dispatch_uid="listing-product-unpublished"
    )
    pre_delete.connect(product_deleting, sender=ProductPage, dispatch_uid="listing-product-going")
    m2m_changed.connect(
        materials_changed, sender=ProductPage.materials.through, dispatch_uid="listing-materials"
    )
    post_save.connect(photo_saved, sender=ProductPhoto, dispatch_uid="listing-photo")
    post_delete.connect(photo_deleted, sender=ProductPhoto, dispatch_uid="listing-photo-gone")
    for signal, done in ((post_save, "saved"), (post_delete, "gone")):
        signal.connect(
            variant_changed, sender=ProductVariant, dispatch_uid=f"listing-variant-{done}"
        )
        signal.connect(
            restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"listing-restriction-{done}",
        )
    post_delete.connect(material_deleted, sender=Material, dispatch_uid="listing-material-gone")
    for name, column in LINKED_PAGES.items():
        post_delete.connect(
            linked_page_deleted(column),
            sender=ProductPage._meta.get_field(name).related_model,
            weak=False,
            dispatch_uid=f"listing-{name}-gone",
        )
    page_published.connect(page_published_again, dispatch_uid="listing-page-published")
    post_page_move.connect(page_moved, dispatch_uid="listing-page-moved")


def stock_changed(product_keys):
    """Stock changed by a query (orders.services), which sends no signal: the listing's rows
    of these products (by translation key) now, their stored pages once it commits."""
    refresh_prices(product_keys)
    for key in set(product_keys):
        purge_product(key)


def variants_stock_changed(variant_ids):
    keys = ProductVariant.objects.filter(pk__in=variant_ids).values_list(
        "product__translation_key", flat=True
    )
    stock_changed(set(keys))


# -- the product page and what is saved with it -------------------------------------------------


def product_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or (update_fields is not None and not COPIED.intersection(update_fields)):
        return
    refresh_products([instance.pk])


def product_unpublished(sender, instance, **kwargs):
    drop_products([instance.pk])


def product_deleting(sender, instance, **kwargs):
    drop_products([instance.pk])


def materials_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if not reverse:
        refresh_products([instance.pk])
    elif pk_set:
        refresh_products(pk_set)
    else:  # material.products.clear(): the products the rows counted it for
        listed = ListedProduct.objects.filter(materials__material=instance)
        refresh_products(listed.values_list("pk", flat=True))


def photo_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        refresh_products([instance.product_id])


def photo_deleted(sender, instance, **kwargs):
    refresh_images([instance.product_id])


def variant_changed(sender, instance, raw=False, **kwargs):
    if raw:
        return
    keys = ProductPage.objects.filter(pk=instance.product_id).values_list(
        "translation_key", flat=True
    )
    refresh_prices(keys)


# -- pages around the product ---------------------------------------------------------------------


def products_under(page):
    return ProductPage.objects.filter(path__startswith=page.path).values_list("pk", flat=True)


def page_moved(sender, instance, **kwargs):
    refresh_products(products_under(instance))


def page_published_again(sender, instance, **kwargs):
    """A cooperative, shop or home page published with a new slug gave its products new
    addresses (Wagtail rewrote them in the save); a product page's own save is handled by
    `product_saved`."""
    if isinstance(instance, ProductPage):
        return
    if not (
        isinstance(instance, CooperativePage)
        or ShopPage.objects.filter(path__startswith=instance.path).exists()
    ):
        return
    if isinstance(instance, CooperativePage):
        rows = ListedProduct.objects.filter(cooperative=instance)
    else:
        rows = ListedProduct.objects.filter(path__startswith=instance.path)
    stale = rows.exclude(url_path__startswith=instance.url_path)
    if stale.exists():
        refresh_products(products_under(instance))


def restriction_changed(sender, instance, origin=None, **kwargs):
    deleting_pages = origin is not None and not (
        isinstance(origin, PageViewRestriction)
        or (isinstance(origin, QuerySet) and origin.model is PageViewRestriction)
    )
    if kwargs.get("raw") or deleting_pages:
        return  # the page and everything under it is being deleted
    refresh_products(products_under(instance.page))


def material_deleted(sender, instance, **kwargs):
    forget_material(instance.pk)


def linked_page_deleted(column):
    def receiver(sender, instance, **kwargs):
        forget_page(column, instance.pk)

    return receiver
