"""The admin form of a sale outside the site, made to be filled in on a phone: the
cooperative is chosen already when the user works for only one, and the checks that involve
the sale and its lines together (items or an amount, a product of this cooperative, a
believable total) answer in words staff understand."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from modelcluster.forms import BaseChildFormSet
from wagtail.admin.forms import WagtailAdminModelForm

from catalog.permissions import products_of
from offline_sales.models import (
    AMOUNT_ERRORS,
    MAX_AMOUNT,
    PERCENT_ERRORS,
    QUANTITY_ERRORS,
)
from offline_sales.permissions import cooperatives_recording_for

TOO_MUCH = _("More than 10 billion đồng in one sale: please check the quantities and prices.")

# Django's own words for a number out of range ("Ensure this value is greater than or equal
# to 0") do not say what to do; these do.
MESSAGES = {
    "amount": AMOUNT_ERRORS,
    "unit_price": AMOUNT_ERRORS,
    "quantity": QUANTITY_ERRORS,
    "makers_share_percent": PERCENT_ERRORS,
}


def with_clear_messages(fields):
    for name, messages in MESSAGES.items():
        if name in fields:
            fields[name].error_messages.update(messages)


class OfflineSaleLineForm(WagtailAdminModelForm):
    """One item sold: a product of the user's cooperatives, or a free description."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        with_clear_messages(self.fields)
        self.fields["product"].queryset = products_of(cooperatives_recording_for(self.for_user))

    def clean(self):
        cleaned_data = super().clean()
        if not cleaned_data.get("product") and not cleaned_data.get("description"):
            raise ValidationError(_("Choose a product or describe the item."), code="no_item")
        return cleaned_data


class OfflineSaleLineFormSet(BaseChildFormSet):
    def clean(self):
        """Lines each believable may still add up to an unbelievable sale."""
        super().clean()
        revenue = sum(
            form.cleaned_data["quantity"] * form.cleaned_data["unit_price"]
            for form in self.forms
            if form.is_valid() and form.cleaned_data and not form.cleaned_data.get("DELETE")
        )
        if revenue > MAX_AMOUNT:
            raise ValidationError(TOO_MUCH, code="too_much")


class OfflineSaleForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        with_clear_messages(self.fields)
        cooperatives = cooperatives_recording_for(self.for_user)
        field = self.fields["cooperative"]
        field.queryset = cooperatives
        if not self.instance.pk and len(cooperatives) == 1:
            field.initial = cooperatives[0].pk
            field.empty_label = None

    def lines(self):
        """The forms of the items kept (not removed, not left empty), each one valid."""
        return [
            form
            for form in self.formsets["lines"].forms
            if form.is_valid()
            and (form.instance.pk or form.has_changed())
            and not form.cleaned_data.get("DELETE")
        ]

    def clean(self):
        cleaned_data = super().clean()
        lines = self.lines()
        if self.formsets["lines"].is_valid():
            self.check_items_or_amount(cleaned_data, lines)
        cooperative = cleaned_data.get("cooperative")
        for line in lines:
            self.settle_line(line, cooperative)
        return cleaned_data

    def check_items_or_amount(self, cleaned_data, lines):
        """A sale is told either item by item or as one amount: both would count it twice,
        neither says nothing."""
        amount = cleaned_data.get("amount")
        if lines and amount is not None:
            self.add_error(
                "amount",
                _("Give either the items sold or one amount, not both: clear one of them."),
            )
        elif not lines and amount is None and "amount" not in self.errors:
            self.add_error("amount", _("Add the items sold, or enter the amount of the sale."))
        elif amount is not None and cleaned_data.get("makers_share_percent") is None:
            self.add_error(
                "makers_share_percent", _("Enter the part of the amount that goes to the makers.")
            )
        if lines:
            cleaned_data["makers_share_percent"] = None  # the lines carry their own

    @staticmethod
    def settle_line(line, cooperative):
        """Refuse a product of another cooperative; take the makers' share the product
        declares when the line gives none."""
        product = line.cleaned_data.get("product")
        if product and cooperative and not product.path.startswith(cooperative.path):
            line.add_error("product", _("This product belongs to another cooperative."))
        elif line.cleaned_data.get("makers_share_percent") is None:
            if product:
                line.instance.makers_share_percent = product.maker_share_percent
            else:
                line.add_error(
                    "makers_share_percent",
                    _("Enter the makers' share of an item that is not on the site."),
                )

    def save(self, commit=True):
        if not self.instance.pk:
            self.instance.recorded_by = self.for_user
        return super().save(commit)
