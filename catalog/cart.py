"""The shopping cart of a visitor, kept in their session: no account is needed to buy.
It stores SKUs and quantities only; prices are always read again from the variants."""

from catalog.models import ProductVariant

SESSION_KEY = "cart"
MAX_QUANTITY = 99


class Cart:
    def __init__(self, session):
        self.session = session
        stored = session.get(SESSION_KEY)
        self.lines = dict(stored) if isinstance(stored, dict) else {}

    def quantity_of(self, sku):
        return self.lines.get(sku, 0)

    def add(self, variant: ProductVariant, quantity: int) -> int:
        """Add `quantity` of `variant`, never more than is in stock; returns how many of it
        the cart now holds."""
        wanted = self.quantity_of(variant.sku) + quantity
        self.lines[variant.sku] = max(0, min(wanted, variant.stock, MAX_QUANTITY))
        if not self.lines[variant.sku]:
            del self.lines[variant.sku]
        self.save()
        return self.quantity_of(variant.sku)

    def save(self):
        self.session[SESSION_KEY] = self.lines

    def __len__(self):
        return sum(self.lines.values())
