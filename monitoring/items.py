"""The items of the programme the report is organised by, as this site reads the scheme of
Decision 465/QĐ-UBND (2022). The decision's full text has not been checked here: the titles
follow its published summaries, so that the province's yearly report has one section per
item. They are kept in this one place to be corrected against the decision's text."""

from django.utils.translation import gettext_lazy as _

ITEMS = {
    1: _("Propaganda and awareness; preserving the crafts' know-how"),
    2: _("Teaching crafts and the role of artisans"),
    3: _("Products, markets and sales"),
    4: _("Craft villages, festivals and community tourism"),
    5: _("Support for production: machinery and raw-material areas"),
}
