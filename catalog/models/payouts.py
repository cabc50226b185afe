"""Where a cooperative's money goes. Kept out of the cooperative's page so that it never
appears in page revisions, previews or the cooperative staff's editor: only users given this
model's permissions (site administrators) can see it."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PayoutAccount(models.Model):
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
