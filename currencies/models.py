"""Today's exchange rate of each currency in which visitors may see indicative prices.

Money on the site is whole đồng; a rate is how many đồng one unit of a foreign currency is
worth. Rates are only ever shown beside a price as an indication: every charge is in VND."""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


def offered_currencies():
    """The codes of INDICATIVE_CURRENCIES, in the order the chooser lists them."""
    return [code for code, _name in settings.INDICATIVE_CURRENCIES]


class ExchangeRate(models.Model):
    """One currency's rate as last fetched from the feed, with the feed's date and source,
    and an administrator's override, which is the rate in use while it is set."""

    currency = models.CharField(_("currency"), max_length=3, unique=True)
    fetched_rate = models.DecimalField(
        _("fetched rate (VND)"), max_digits=14, decimal_places=4, null=True, editable=False
    )
    rate_date = models.DateField(_("date of the rate"), null=True, editable=False)
    source = models.CharField(_("source"), max_length=200, blank=True, editable=False)
    override = models.DecimalField(
        _("override (VND)"),
        max_digits=14,
        decimal_places=4,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0.0001"))],
        help_text=_(
            "How many đồng one unit is worth, used instead of the fetched rate while it is "
            "set. Leave empty to use the fetched rate."
        ),
    )

    class Meta:
        ordering = ["currency"]
        verbose_name = _("exchange rate")
        verbose_name_plural = _("exchange rates")

    def __str__(self):
        return self.currency

    @property
    def rate_in_use(self):
        """The override wins while set: an administrator corrects a wrong feed at once."""
        return self.override if self.override is not None else self.fetched_rate

    def clean(self):
        if self.currency not in offered_currencies():
            raise ValidationError(
                {
                    "currency": _("Choose one of the currencies the site offers: %(codes)s.")
                    % {"codes": ", ".join(offered_currencies())}
                }
            )
