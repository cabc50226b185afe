from .cooperatives import CooperativePage
from .photos import ProductPhoto
from .products import ProductPage, ProductTag
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
