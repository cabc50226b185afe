"""Making a run of labels, and checking a scanned or typed code for the public page."""

from wagtail.models import Locale, Page

from catalog.models import ProductPage
from catalog.models.photos import photos_with_images
from craftsite.privacy import public
from labels.codes import InvalidCode, check_signature, parse_code
from labels.models import Label


def make_labels(label, user):
    """Save the run `label` (from the staff form) with what its labels print, copied from the
    product, the artisan and the village as they are today: a later change of the product's
    name or makers' share must not make a printed label disagree with its page."""
    product = label.product
    label.cooperative = product.cooperative
    label.product_title = product.title
    label.maker_share_percent = product.maker_share_percent
    if label.artisan:
        label.maker_name = label.artisan.title
    label.village = origin_village(label)
    label.village_name = label.village.title if label.village else ""
    label.created_by = user
    label.save()
    return label


def origin_village(label):
    """The village the pieces come from: the artisan's, else the product's (which is the
    cooperative's unless the product says otherwise)."""
    artisan_village = label.artisan.village if label.artisan else None
    return artisan_village or label.product.village or label.cooperative.village


def genuine_label(code):
    """(label run, piece number) of a code this site made for a product it still sells.
    Raises InvalidCode for a code that is malformed, names no label run or a piece it did not
    print, whose signature does not match the run's product, or whose product is no longer
    on sale (unpublished, deleted or hidden): the site cannot vouch for, nor show, a product
    it no longer lists."""
    label_id, piece, signature = parse_code(code)
    label = (
        Label.objects.select_related("product", "cooperative", "artisan", "village")
        .filter(pk=label_id)
        .first()
    )
    if label is None or label.product is None or not label.has_piece(piece):
        raise InvalidCode
    check_signature(label_id, piece, label.product.translation_key, signature)
    if not is_on_sale(label.product):
        raise InvalidCode
    return label, piece


def is_on_sale(product):
    """Whether the shop still lists the product: live, and open to every visitor."""
    return product.live and public(ProductPage.objects.filter(pk=product.pk)).exists()


def who_made_this(label):
    """The pages the public page links to, in the active language where a live public
    translation exists: the product (with its photos), the cooperative, the artisan and the
    village. The product falls back to the label's own; an artisan or village without a
    public page is not linked (the village's printed name is shown instead)."""
    locale = Locale.get_active()
    product = (
        public(
            ProductPage.objects.live().filter(
                locale=locale, translation_key=label.product.translation_key
            )
        )
        .prefetch_related(photos_with_images())
        .first()
    ) or label.product
    others = [page for page in (label.cooperative, label.artisan, label.village) if page]
    here = {
        page.translation_key: page
        for page in public(
            Page.objects.live().filter(
                locale=locale, translation_key__in=[page.translation_key for page in others]
            )
        )
    }

    def translated(page):
        return page and here.get(page.translation_key)

    return {
        "product": product,
        "cooperative": translated(label.cooperative),
        "artisan": translated(label.artisan),
        "village": translated(label.village),
    }
