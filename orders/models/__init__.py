from .orders import Fulfilment, Order, OrderEvent, OrderLine
from .settings import ShopSettings
from .shipping import ShippingRate, ShippingZone

__all__ = [
    "Fulfilment",
    "Order",
    "OrderEvent",
    "OrderLine",
    "ShippingRate",
    "ShippingZone",
    "ShopSettings",
]
