"""Which stored pages a change of a review makes stale: the product's page in every
language, which shows the approved reviews, their answers and the average rating."""

from catalog.models import ProductPage
from catalog.purges import page_url
from craftsite.purges import purge_on_change
from reviews.models import Review


def register():
    """Declare the reviews' purges (craftsite.purges); called by the app's `ready`."""
    purge_on_change(Review, lambda review: product_pages(review.product_id))


def product_pages(product_id):
    """The addresses of the product, reviewed through its main-language page, in every
    language."""
    product = ProductPage.objects.filter(pk=product_id).only("translation_key").first()
    if product is None:
        return set()
    translations = ProductPage.objects.filter(translation_key=product.translation_key)
    return {url for url in map(page_url, translations) if url}
