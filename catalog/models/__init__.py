from .enquiries import Enquiry, EnquiryReply
from .orders import Fulfilment, Order, OrderEvent, OrderLine, StripeEvent
from .pages import CooperativePage, ProductPage, ProductPhoto, ProductTag, ShopPage
from .payouts import PayoutAccount
from .settings import ShopSettings
from .shipping import ShippingRate, ShippingZone
from .variants import ProductVariant
from .vocabulary import Material, Motif

__all__ = [
    "CooperativePage",
    "Enquiry",
    "EnquiryReply",
    "Fulfilment",
    "Material",
    "Motif",
    "Order",
    "OrderEvent",
    "OrderLine",
    "PayoutAccount",
    "ProductPage",
    "ProductPhoto",
    "ProductTag",
    "ProductVariant",
    "ShippingRate",
    "ShippingZone",
    "ShopPage",
    "ShopSettings",
    "StripeEvent",
]
