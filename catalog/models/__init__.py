from .cooperatives import CooperativePage, StaffGroup
from .listing_rows import ListedProduct, ListedProductMaterial, ListingCount
from .photos import ProductPhoto
from .products import ProductPage, ProductTag
from .shop import ShopPage
from .variants import ProductVariant
from .vocabulary import Material, Motif

__all__ = [
    "CooperativePage",
    "ListedProduct",
    "ListedProductMaterial",
    "ListingCount",
    "Material",
    "Motif",
    "ProductPage",
    "ProductPhoto",
    "ProductTag",
    "ProductVariant",
    "ShopPage",
    "StaffGroup",
]
