"""Shop settings that site administrators change in the admin: the bank account buyers pay
into by VietQR transfer, how long a transfer may take, and the cooperatives' home province
(the delivery zone of addresses there)."""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from vietnam_provinces import Province
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

# NAPAS bank identification numbers of the banks most used in the province.
BANKS = [
    ("970405", "Agribank"),
    ("970418", "BIDV"),
    ("970436", "Vietcombank"),
    ("970415", "VietinBank"),
    ("970407", "Techcombank"),
    ("970422", "MB"),
    ("970416", "ACB"),
    ("970403", "Sacombank"),
    ("970425", "ABBANK"),
]
QUANG_NGAI = 51


def province_choices():
    return [(province.code.value, province.name) for province in Province.iter_all()]


@register_setting(icon="tag")
class ShopSettings(BaseGenericSetting):
    bank_bin = models.CharField(_("bank"), max_length=6, choices=BANKS, blank=True)
    account_number = models.CharField(
        _("account number"),
        max_length=19,
        blank=True,
        validators=[RegexValidator(r"^[0-9]{6,19}$", _("Digits only, 6 to 19 of them."))],
    )
    account_holder = models.CharField(
        _("account holder"),
        max_length=80,
        blank=True,
        help_text=_("As the bank prints it, e.g. TRUNG TAM XUC TIEN DU LICH QUANG NGAI"),
    )
    transfer_hours = models.PositiveSmallIntegerField(
        _("hours to pay by transfer"),
        default=48,
        help_text=_("An order not paid by then is cancelled and its items go back on sale."),
    )
    reminder_hours = models.PositiveSmallIntegerField(
        _("remind after (hours)"),
        default=24,
        help_text=_("When to remind a buyer who has not paid their transfer yet."),
    )
    home_province = models.PositiveSmallIntegerField(
        _("cooperatives' province"),
        choices=province_choices,
        default=QUANG_NGAI,
        help_text=_("Addresses in this province get the delivery zone marked as home."),
    )

    terms_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("terms of sale"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("bank_bin"), FieldPanel("account_number"), FieldPanel("account_holder")],
            heading=_("Account for bank transfers (VietQR)"),
        ),
        FieldPanel("transfer_hours"),
        FieldPanel("reminder_hours"),
        FieldPanel("home_province"),
        MultiFieldPanel(
            [FieldPanel("terms_page"), FieldPanel("privacy_page")],
            heading=_("Pages the buyer agrees to at checkout"),
        ),
    ]

    class Meta:
        verbose_name = _("shop settings")

    @property
    def takes_transfers(self):
        return bool(self.bank_bin and self.account_number and self.account_holder)

    @property
    def bank_name(self):
        return dict(BANKS).get(self.bank_bin, "")
