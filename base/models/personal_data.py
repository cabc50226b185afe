"""The record that an administrator exported or erased one person's data: the law asks the
site to answer such requests and to show later that it did."""

from django.conf import settings
from django.db import models
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _


def hashed_identifier(identifier):
    """The person's phone number or e-mail as a keyed hash: the record does not keep the
    data it was about, yet a later request for the same person shows the same hash (while
    SECRET_KEY is unchanged). A plain hash would not do: every phone number can be tried."""
    return salted_hmac("personal-data-request", identifier).hexdigest()


class PersonalDataRequest(models.Model):
    class Action(models.TextChoices):
        EXPORT = "export", _("Exported")
        ERASE = "erase", _("Erased")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("done by"),
    )
    at = models.DateTimeField(_("done at"), auto_now_add=True)
    action = models.CharField(_("action"), max_length=10, choices=Action.choices)
    identifier_hash = models.CharField(_("phone or e-mail, hashed"), max_length=64)
    counts = models.JSONField(_("records, by purpose"))

    class Meta:
        verbose_name = _("personal data request")
        verbose_name_plural = _("personal data requests")
        ordering = ["-at"]

    def __str__(self):
        return f"{self.get_action_display()} {self.at:%Y-%m-%d %H:%M}"

    @classmethod
    def record(cls, user, action, identifier, counts):
        return cls.objects.create(
            user=user, action=action, identifier_hash=hashed_identifier(identifier), counts=counts
        )
