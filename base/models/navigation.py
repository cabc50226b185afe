from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import TranslatableMixin

from base.blocks import LinkBlock


class Navigation(TranslatableMixin, models.Model):
    """The header menu and footer of one language. Editors translate it like a page, and a
    link to a page follows that page's translation, so each language's menu stays in step."""

    header_links = StreamField(
        [("link", LinkBlock())],
        blank=True,
        verbose_name=_("header menu"),
        help_text=_("Keep it short: five or six links read well on a phone."),
    )
    footer_links = StreamField([("link", LinkBlock())], blank=True, verbose_name=_("footer links"))
    footer_text = RichTextField(
        blank=True, features=["bold", "italic", "link"], verbose_name=_("footer text")
    )

    panels = [FieldPanel("header_links"), FieldPanel("footer_links"), FieldPanel("footer_text")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("navigation")
        verbose_name_plural = _("navigation")

    def __str__(self):
        return str(_("Navigation ({language})").format(language=self.locale.get_display_name()))
