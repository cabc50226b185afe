"""Shops, cooperatives and products for tests, published like an editor would."""

from catalog.models import CooperativePage, ProductPage, ProductPhoto, ProductVariant, ShopPage
from craftsite.translation import main_language_page
from tests.factories.images import SiteImageFactory
from tests.factories.stories import add_page


def add_shop(home, title="Cửa hàng", slug="cua-hang"):
    return add_page(home, ShopPage(title=title, slug=slug))


def add_cooperative(shop, title, kind="cooperative", **fields):
    slug = fields.pop("slug", title.lower().replace(" ", "-"))
    page = CooperativePage(title=title, slug=slug, legal_name=title, kind=kind, **fields)
    return add_page(shop, page)


def add_product(cooperative, title, price=100_000, stock=1, photo=None, sku=None, **fields):
    """A live product with one photo and one variant."""
    product = ProductPage(
        title=title,
        slug=fields.pop("slug", title.lower().replace(" ", "-")),
        description=fields.pop("description", "<p>Làm tay.</p>"),
        maker_share_percent=fields.pop("maker_share_percent", 60),
        **fields,
    )
    product.photos = [ProductPhoto(image=photo or SiteImageFactory())]
    add_page(cooperative, product)
    ProductVariant.objects.create(
        product=main_language_page(product),
        sku=sku or f"SKU-{product.pk}",
        label="Một màu",
        price=price,
        stock=stock,
    )
    return product
