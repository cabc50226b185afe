"""Words a buyer filters by that are not pages of their own: what a product is made of and
the motif it carries. One row for every language, with a column per language
(craftsite.translation), so that products of every language point at the same thing."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from craftsite.translation import TranslatedField


class Material(models.Model):
    name = models.CharField(_("name"), max_length=80, help_text=_("e.g. Sợi bông"))
    name_en = models.CharField(
        _("name in English"), max_length=80, blank=True, help_text=_("e.g. Cotton yarn")
    )

    display_name = TranslatedField("name")

    class Meta:
        verbose_name = _("material")
        verbose_name_plural = _("materials")
        ordering = ["name"]

    def __str__(self):
        return self.display_name


class Motif(models.Model):
    name = models.CharField(_("name"), max_length=80)
    name_en = models.CharField(_("name in English"), max_length=80, blank=True)
    meaning = models.TextField(_("meaning"), blank=True)
    meaning_en = models.TextField(_("meaning in English"), blank=True)

    display_name = TranslatedField("name")
    display_meaning = TranslatedField("meaning")

    class Meta:
        verbose_name = _("motif")
        verbose_name_plural = _("motifs")
        ordering = ["name"]

    def __str__(self):
        return self.display_name
