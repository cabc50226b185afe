from .pages import CooperativePage, ProductPage, ProductPhoto, ShopPage
from .variants import ProductVariant

__all__ = ["CooperativePage", "ProductPage", "ProductPhoto", "ProductVariant", "ShopPage"]
