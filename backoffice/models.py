from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AppliedChange(models.Model):
    """A change a phone sent to the back office (`backoffice.changes`), kept under the id the
    phone gave it: on a weak signal the answer can be lost after the server applied the
    change, and the phone sends it again; the second time the server answers as the first
    and changes nothing. Holds no buyer's details: the staff member, what kind of change,
    and the answer (the record's new price, stock or status)."""

    change_id = models.UUIDField(_("change id"), unique=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", editable=False
    )
    kind = models.CharField(_("kind of change"), max_length=20, editable=False)
    applied_at = models.DateTimeField(_("applied at"), auto_now_add=True)
    answer = models.JSONField(_("answer"), default=dict, editable=False)

    class Meta:
        verbose_name = _("change sent from a phone")
        verbose_name_plural = _("changes sent from phones")

    def __str__(self):
        return f"{self.kind} {self.change_id}"
