from .pages import CooperativePage, ProductPage, ProductPhoto, ProductTag, ShopPage
from .payouts import PayoutAccount
from .variants import ProductVariant
from .vocabulary import Material, Motif

__all__ = [
    "CooperativePage",
    "Material",
    "Motif",
    "PayoutAccount",
    "ProductPage",
    "ProductPhoto",
    "ProductTag",
    "ProductVariant",
    "ShopPage",
]
