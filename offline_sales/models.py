"""A sale outside the site: one cooperative's sale at a fair, in the village or through a
consignment shop, recorded afterwards by its staff. It is either item lines (a product of the
cooperative, or a free description; quantity; unit price) or one lump amount, when the
cooperative only knows what a day at the fair brought in. Its revenue and makers' share are
worked out from those when it is saved and kept on the sale, so that the programme report
and the admin listing add sales up in one query."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

from craftsite.money import makers_share_of
from craftsite.periods import today

# Nobody sells crafts for more than this in one go: a bigger figure is a typing mistake
# (a few zeros too many), which would swamp the programme's revenue.
MAX_AMOUNT = 10_000_000_000
MAX_QUANTITY = 100_000
# Sales are recorded as they happen; the programme reaches back to 2022, and nothing is
# recorded from before 2000 but by mistake.
EARLIEST_DAY = datetime.date(2000, 1, 1)

AMOUNT_ERRORS = {
    "min_value": _("Enter a whole number of đồng greater than zero."),
    "max_value": _("More than 10 billion đồng: please check the number of zeros."),
    "invalid": _("Enter a whole number of đồng, without dots or commas."),
}
QUANTITY_ERRORS = {
    "min_value": _("Enter a quantity of at least 1."),
    "max_value": _("More than 100,000 pieces: please check the quantity."),
}
PERCENT_ERRORS = {
    "min_value": _("Enter a share from 0 to 100 percent."),
    "max_value": _("Enter a share from 0 to 100 percent."),
}


def not_in_the_future(day):
    """A sale is recorded once it is made: a date after today (in Vietnam) is a mistake."""
    if day > today():
        raise ValidationError(_("The date of a sale cannot be in the future."), code="future")


def amount_field(verbose_name, **kwargs):
    return models.PositiveBigIntegerField(
        verbose_name,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_AMOUNT)],
        error_messages=AMOUNT_ERRORS,
        **kwargs,
    )


def percent_field(verbose_name, help_text):
    return models.PositiveSmallIntegerField(
        verbose_name,
        null=True,
        blank=True,
        validators=[MaxValueValidator(100)],
        error_messages=PERCENT_ERRORS,
        help_text=help_text,
    )


class OfflineSale(ClusterableModel):
    class Channel(models.TextChoices):
        FAIR = "fair", _("Fair or exhibition")
        VILLAGE = "village", _("In the village or at the workshop")
        CONSIGNMENT = "consignment", _("Consignment shop or agent")
        OTHER = "other", _("Other")

    cooperative = models.ForeignKey(
        "catalog.CooperativePage",
        on_delete=models.PROTECT,
        related_name="offline_sales",
        verbose_name=_("cooperative"),
    )
    channel = models.CharField(_("where it was sold"), max_length=12, choices=Channel.choices)
    sold_on = models.DateField(
        _("date sold"),
        default=today,
        validators=[
            MinValueValidator(EARLIEST_DAY, _("Enter a date from 2000 onwards.")),
            not_in_the_future,
        ],
    )
    place = models.CharField(
        _("place or event"),
        max_length=150,
        blank=True,
        help_text=_("Optional, e.g. “Hội chợ OCOP Quảng Ngãi 2026” or the shop's name."),
    )
    amount = amount_field(
        _("amount (đồng)"),
        null=True,
        blank=True,
        help_text=_("Only when you do not list the items: what the whole sale brought in."),
    )
    description = models.CharField(
        _("what was sold"),
        max_length=200,
        blank=True,
        help_text=_("Optional, with an amount, e.g. “Khăn và túi thổ cẩm, 3 ngày hội chợ”."),
    )
    makers_share_percent = percent_field(
        _("makers' share of the amount (%)"),
        _("With an amount: the part of it that goes to the makers."),
    )
    revenue = models.PositiveBigIntegerField(_("revenue (đồng)"), default=0, editable=False)
    makers_share = models.PositiveBigIntegerField(
        _("makers' share (đồng)"), default=0, editable=False
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        editable=False,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    recorded_at = models.DateTimeField(_("recorded at"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("sale outside the site")
        verbose_name_plural = _("sales outside the site")
        ordering = ["-sold_on", "-pk"]
        indexes = [models.Index(fields=["sold_on"])]

    def __str__(self):
        return f"{self.get_channel_display()}, {self.sold_on:%d/%m/%Y}"

    def save(self, *args, **kwargs):
        self.revenue, self.makers_share = self.totals()
        super().save(*args, **kwargs)

    def totals(self):
        """(revenue, makers' share) of the sale: its amount, or the sum of its lines (each
        line's share rounded down, as on the site). Lines not yet saved count too: the admin
        form saves the sale before them."""
        if self.amount is not None:
            return self.amount, makers_share_of(self.amount, self.makers_share_percent or 0)
        lines = list(self.lines.all())
        return sum(line.revenue for line in lines), sum(line.makers_share for line in lines)


class OfflineSaleLine(Orderable):
    sale = ParentalKey(OfflineSale, on_delete=models.CASCADE, related_name="lines")
    product = models.ForeignKey(
        "catalog.ProductPage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("product"),
    )
    description = models.CharField(
        _("or a description"),
        max_length=200,
        blank=True,
        help_text=_("For an item that is not on the site."),
    )
    quantity = models.PositiveIntegerField(
        _("quantity"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_QUANTITY)],
        error_messages=QUANTITY_ERRORS,
    )
    unit_price = amount_field(_("unit price (đồng)"))
    makers_share_percent = percent_field(
        _("makers' share (%)"),
        _("Leave empty to use the share declared on the product."),
    )

    class Meta(Orderable.Meta):
        verbose_name = _("item sold")
        verbose_name_plural = _("items sold")

    def __str__(self):
        return self.description or str(self.product or "")

    @property
    def revenue(self):
        return self.unit_price * self.quantity

    @property
    def makers_share(self):
        return makers_share_of(self.revenue, self.makers_share_percent or 0)
