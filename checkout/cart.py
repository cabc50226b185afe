"""The shopping cart of a visitor, kept in their session: no account is needed to buy.
It stores SKUs and quantities only; prices, names and stock are always read again from the
variants and products, so the cart shows today's price and never more than is in stock."""

from dataclasses import dataclass, field

from wagtail.models import Locale

from catalog.models import CooperativePage, ProductPage, ProductVariant
from catalog.models.photos import photos_with_images
from orders.models import ShippingZone

SESSION_KEY = "cart"
PRICES_KEY = "cart_prices"
MAX_QUANTITY = 99


class Cart:
    def __init__(self, session):
        self.session = session
        stored = session.get(SESSION_KEY)
        stored = stored if isinstance(stored, dict) else {}
        self.lines = {
            sku: quantity
            for sku, quantity in stored.items()
            if isinstance(sku, str) and isinstance(quantity, int) and quantity > 0
        }
        prices = session.get(PRICES_KEY)
        prices = prices if isinstance(prices, dict) else {}
        self.prices = {
            sku: price
            for sku, price in prices.items()
            if sku in self.lines and isinstance(price, int) and price >= 0
        }

    def quantity_of(self, sku):
        return self.lines.get(sku, 0)

    def add(self, variant: ProductVariant, quantity: int) -> int:
        """Add `quantity` of `variant`, never more than is in stock; returns how many of it
        the cart now holds."""
        return self.set(variant, self.quantity_of(variant.sku) + quantity)

    def set(self, variant: ProductVariant, quantity: int) -> int:
        """Hold `quantity` of `variant` (zero removes it), never more than is in stock."""
        self.lines[variant.sku] = max(0, min(quantity, variant.stock, MAX_QUANTITY))
        if self.lines[variant.sku]:
            self.prices.setdefault(variant.sku, variant.price)
        else:
            self.remove(variant.sku)
        self.save()
        return self.quantity_of(variant.sku)

    def reprice(self, variant):
        """The price the buyer last saw for `variant` if it has changed since, noting today's
        price as seen; None when it has not changed."""
        seen = self.prices.get(variant.sku, variant.price)
        if seen == variant.price:
            return None
        self.prices[variant.sku] = variant.price
        self.save()
        return seen

    def remove(self, sku):
        self.lines.pop(sku, None)
        self.prices.pop(sku, None)
        self.save()

    def clear(self):
        self.lines, self.prices = {}, {}
        self.save()

    def save(self):
        self.session[SESSION_KEY] = self.lines
        self.session[PRICES_KEY] = self.prices


@dataclass
class CartLine:
    variant: ProductVariant
    product: ProductPage
    quantity: int

    @property
    def variant_id(self):
        return self.variant.pk

    @property
    def subtotal(self):
        return self.variant.price * self.quantity


@dataclass
class CooperativeGroup:
    """The lines one cooperative packs and ships: the part of an order it fulfils."""

    cooperative: CooperativePage
    lines: list = field(default_factory=list)
    delivery: list = field(default_factory=list)  # (zone, fee) until the address is known

    @property
    def subtotal(self):
        return sum(line.subtotal for line in self.lines)

    @property
    def weight_grams(self):
        return sum(line.product.weight_grams * line.quantity for line in self.lines)

    def delivery_fee_in(self, zone):
        """This parcel's fee in `zone`; None when the zone has no weight tiers."""
        return zone.fee_for(self.weight_grams, self.subtotal)


@dataclass
class CartChange:
    """Something that changed since the buyer filled the cart, to tell them before they pay."""

    REMOVED, LOWERED, PRICE = "removed", "lowered", "price"

    kind: str
    product_name: str
    variant: ProductVariant | None
    old_price: int | None = None


@dataclass
class CartContents:
    groups: list
    changes: list  # CartChange: since the cart was filled or last shown

    @property
    def total(self):
        return sum(group.subtotal for group in self.groups)


def cart_contents(cart, locale):
    """The cart's lines with today's variants and the products in `locale` (or in the main
    language when not translated), grouped by cooperative, in five queries. Lines whose
    variant is gone, off sale or sold out are taken out, quantities above the stock are
    lowered and new prices noted; each change is reported."""
    variants = (
        ProductVariant.objects.filter(sku__in=list(cart.lines))
        .select_related("product")  # in the main language, where its makers' share is declared
        .in_bulk(field_name="sku")
    )
    products = {}
    for product in (
        ProductPage.objects.live()
        .filter(
            locale__in={locale.pk, Locale.get_default().pk},
            translation_key__in=[v.product.translation_key for v in variants.values()],
        )
        .prefetch_related(photos_with_images())
    ):  # in the buyer's language, else in the site's main language
        if product.locale_id == locale.pk or product.translation_key not in products:
            products[product.translation_key] = product
    parents = {product.path[: -product.steplen] for product in products.values()}
    cooperatives = {
        page.path: page
        for page in CooperativePage.objects.filter(path__in=parents).select_related("village")
    }
    groups, changes = {}, []
    for sku, wanted in list(cart.lines.items()):
        variant = variants.get(sku)
        product = variant and products.get(variant.product.translation_key)
        if product is None or not variant.in_stock:
            cart.remove(sku)
            changes.append(
                CartChange(CartChange.REMOVED, product.title if product else sku, variant)
            )
            continue
        quantity = cart.set(variant, wanted)
        if quantity < wanted:
            changes.append(CartChange(CartChange.LOWERED, product.title, variant))
        if (old_price := cart.reprice(variant)) is not None:
            changes.append(CartChange(CartChange.PRICE, product.title, variant, old_price))
        cooperative = cooperatives[product.path[: -product.steplen]]
        group = groups.setdefault(cooperative.pk, CooperativeGroup(cooperative))
        group.lines.append(CartLine(variant, product, quantity))
    ordered = sorted(groups.values(), key=lambda group: group.cooperative.title)
    return CartContents(groups=ordered, changes=changes)


def estimate_delivery(contents):
    """Each cooperative's delivery fee in every zone of Vietnam, shown until the buyer gives
    an address."""
    zones = list(ShippingZone.in_vietnam())
    for group in contents.groups:
        group.delivery = [(zone, group.delivery_fee_in(zone)) for zone in zones]
    return contents


def deliver_to(zone, contents):
    """Each cooperative's delivery fee once the buyer's province, hence `zone`, is known."""
    for group in contents.groups:
        group.delivery_fee = group.delivery_fee_in(zone) or 0
    contents.delivery_total = sum(group.delivery_fee for group in contents.groups)
    return contents


def collect_at_cooperatives(contents):
    """No delivery fee: the buyer collects each parcel at its cooperative."""
    for group in contents.groups:
        group.delivery_fee = 0
    contents.delivery_total = 0
    return contents
