"""What payments keep of their own: the Stripe events already applied, and where each
cooperative's money goes."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PayoutAccount(models.Model):
    """Kept out of the cooperative's page so that it never appears in page revisions,
    previews or the cooperative staff's editor: only users given this model's permissions
    (site administrators) can see it."""

    cooperative = models.OneToOneField(
        "catalog.CooperativePage",
        on_delete=models.CASCADE,
        related_name="payout_account",
        verbose_name=_("cooperative"),
    )
    bank = models.CharField(_("bank and branch"), max_length=160)
    account_number = models.CharField(_("account number"), max_length=40)
    account_holder = models.CharField(_("account holder"), max_length=160)

    class Meta:
        verbose_name = _("payout account")
        verbose_name_plural = _("payout accounts")

    def __str__(self):
        return f"{self.cooperative} – {self.bank}"


class StripeEvent(models.Model):
    """A Stripe webhook event already applied: Stripe retries and replays, and each event
    must change an order once."""

    event_id = models.CharField(max_length=80, unique=True)
    type = models.CharField(max_length=80)
    received_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.event_id
