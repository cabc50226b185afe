from .cooperatives import CooperativePage
from .products import ProductPage, ProductPhoto, ProductTag
from .shop import ShopPage
from .variants import ProductVariant
from .vocabulary import Material, Motif

__all__ = [
    "CooperativePage",
    "Material",
    "Motif",
    "ProductPage",
    "ProductPhoto",
    "ProductTag",
    "ProductVariant",
    "ShopPage",
]
