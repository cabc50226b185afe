"""Prices and stock of every variant a cooperative sells, on one screen: after a market day
or a week at the loom, staff type the new numbers on a phone and save once, instead of
opening each variant in a table that does not fit the screen. Adding a variant or changing
its code stays on the full list."""

from itertools import groupby

from django.core.paginator import Paginator
from django.db.models import F
from django.forms import modelformset_factory
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin

from catalog.models import ProductVariant
from catalog.models.product_form import PriceAndStockForm

PER_PAGE = 50

# The screen edits the variants of one page and adds none: a post claiming more forms than a
# page holds (a crafted TOTAL_FORMS) is refused before a form is built for each, and a row
# beyond the page's variants never creates one.
PriceAndStockFormSet = modelformset_factory(
    ProductVariant,
    form=PriceAndStockForm,
    extra=0,
    can_delete=False,
    edit_only=True,
    max_num=PER_PAGE,
    absolute_max=PER_PAGE,
    validate_max=True,
)


def with_product_titles(variants):
    """Variants with the title of their product in the main language, in the same query."""
    return variants.annotate(product_title=F("product__title"))


class PriceAndStockView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """The variants the user may change, by product, each with its price, stock and
    whether it is on sale, saved together. Variants of other cooperatives are not in the
    form, so a posted id of one changes nothing."""

    permission_required = "change"
    template_name = "catalog/admin/price_and_stock.html"
    page_title = _("Update prices and stock")
    header_icon = "tag"
    index_url_name = None

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_page(self):
        variants = self.permission_policy.instances_user_has_permission_for(
            self.request.user, "change"
        )
        ordered = with_product_titles(variants).order_by("product_title", "sort_order", "pk")
        return Paginator(ordered, PER_PAGE).get_page(self.request.GET.get("p"))

    def get_context_data(self, formset=None, **kwargs):
        page = self.get_page()
        formset = formset or PriceAndStockFormSet(queryset=page.object_list)
        products = groupby(formset.initial_forms, key=lambda form: form.instance.product_title)
        return super().get_context_data(
            formset=formset,
            products=[(title, list(forms)) for title, forms in products],
            page=page,
            all_variants_url=reverse(self.index_url_name),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        formset = PriceAndStockFormSet(request.POST, queryset=self.get_page().object_list)
        if not formset.is_valid():
            messages.error(request, _("Some prices or stock need correcting: see below."))
            return self.render_to_response(self.get_context_data(formset=formset))
        formset.save()
        messages.success(request, _("Prices and stock are saved."))
        return redirect(request.get_full_path())
