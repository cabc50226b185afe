from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from craftsite.phones import PhoneNumberField


@register_setting(icon="site")
class OrganisationSettings(BaseSiteSetting):
    """Who runs the site. Vietnamese e-commerce rules (Decree 52/2013, Consumer Protection Law
    2023 art. 37) require a selling site to show its owner's name, address, contacts and
    registration or establishment decision, so the footer of every page prints these."""

    legal_name = models.CharField(_("legal name"), max_length=255)
    english_name = models.CharField(_("name in English"), max_length=255, blank=True)
    address = models.CharField(_("address"), max_length=255)
    # As long as before E.164, for a number typed then that could not be read.
    phone = PhoneNumberField(_("phone"), max_length=32)
    email = models.EmailField(_("e-mail"))
    registration_number = models.CharField(
        _("business registration or establishment decision"),
        max_length=255,
        help_text=_("e.g. 'Quyết định thành lập số 123/QĐ-UBND ngày 01/02/2023'"),
    )
    registration_issuer = models.CharField(_("issued by"), max_length=255, blank=True)
    person_responsible = models.CharField(_("person responsible"), max_length=255, blank=True)
    moit_notification_url = models.URLField(
        _("Ministry of Industry and Trade notification link"),
        blank=True,
        help_text=_("The online.gov.vn record, once the site has been notified."),
    )
    facebook_url = models.URLField(_("Facebook page"), blank=True)
    zalo_url = models.URLField(_("Zalo official account"), blank=True)
    youtube_url = models.URLField(_("YouTube channel"), blank=True)
    tiktok_url = models.URLField(_("TikTok"), blank=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("legal_name"),
                FieldPanel("english_name"),
                FieldPanel("registration_number"),
                FieldPanel("registration_issuer"),
                FieldPanel("person_responsible"),
                FieldPanel("moit_notification_url"),
            ],
            heading=_("Legal details"),
        ),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("phone"), FieldPanel("email")],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("zalo_url"),
                FieldPanel("youtube_url"),
                FieldPanel("tiktok_url"),
            ],
            heading=_("Social links"),
        ),
    ]

    class Meta:
        verbose_name = _("organisation")

    def social_links(self):
        """(name, url) for each social network the organisation has filled in."""
        links = [
            ("Facebook", self.facebook_url),
            ("Zalo", self.zalo_url),
            ("YouTube", self.youtube_url),
            ("TikTok", self.tiktok_url),
        ]
        return [(name, url) for name, url in links if url]
