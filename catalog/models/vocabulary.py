"""Words a buyer filters by that are not pages of their own: what a product is made of and
the motif it carries. Translatable snippets, so each language has its own names while
products of every language point at the same thing."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin


class Material(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=80)

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("material")
        verbose_name_plural = _("materials")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Motif(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=80)
    meaning = models.TextField(_("meaning"), blank=True)

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("motif")
        verbose_name_plural = _("motifs")
        ordering = ["name"]

    def __str__(self):
        return self.name
