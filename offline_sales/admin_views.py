"""Sales outside the site in the admin: cooperative staff record a sale from their phone in a
few taps and see and correct their own cooperative's sales; site administrators and the
Ethnic Committee read every cooperative's. The listing filters by channel and month and
shows the total of what it lists at the top."""

import django_filters
from django import forms
from django.contrib.admin.utils import unquote
from django.contrib.auth.models import Permission
from django.db.models import Count, Sum
from django.shortcuts import get_object_or_404
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
)
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from base.templatetags.site_tags import vnd
from craftsite.periods import month_label, today
from offline_sales.forms import OfflineSaleForm, OfflineSaleLineForm, OfflineSaleLineFormSet
from offline_sales.models import OfflineSale
from offline_sales.permissions import reads_every_cooperative

# Columns a phone leaves out, and cells never broken in two
# (catalog/static/catalog/css/admin.css).
WIDE_SCREEN_ONLY = "wide-screen-only"
KEEP_TOGETHER = "keep-together"
MONTHS_OFFERED = 24


def recent_months(day=None):
    """("YYYY-MM", label) of the last MONTHS_OFFERED months, this one first: what the
    month filter offers."""
    day = day or today()
    year, month = day.year, day.month
    months = []
    for _month in range(MONTHS_OFFERED):
        months.append((f"{year}-{month:02d}", month_label(year, month)))
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return months


class MonthFilter(django_filters.ChoiceFilter):
    """Sales of one month, given as "YYYY-MM"; a month typed into the address bar that is
    not offered is refused like any other invalid choice."""

    def filter(self, queryset, value):
        if not value:
            return queryset
        year, month = (int(part) for part in value.split("-"))
        return queryset.filter(sold_on__year=year, sold_on__month=month)


class OfflineSaleFilterSet(WagtailFilterSet):
    month = MonthFilter(label=_("Month"), choices=recent_months)

    class Meta:
        model = OfflineSale
        fields = ["channel"]


class LinesPanel(InlinePanel):
    """The items of a sale, each limited to the products of the user's cooperatives (the
    line form needs the user), and together within a believable total."""

    def get_form_options(self):
        options = super().get_form_options()
        options["formsets"][self.relation_name].update(
            formset=OfflineSaleLineFormSet, form=OfflineSaleLineForm, inherit_kwargs=["for_user"]
        )
        return options


class OwnSaleMixin:
    """A sale the user may act on, found among the sales the permission policy gives them:
    another cooperative's sale is "not found", whatever id is typed into the address bar."""

    def get_object(self, queryset=None):
        sales = self.permission_policy.instances_user_has_permission_for(
            self.request.user, self.permission_required
        )
        return get_object_or_404(sales, pk=unquote(str(self.kwargs["pk"])))


class OfflineSaleIndexView(generic.IndexView):
    """The user's sales, the latest first, with the count and total of those listed on
    top."""

    def get_base_queryset(self):
        sales = self.permission_policy.instances_user_has_permission_for(self.request.user, "view")
        return sales.select_related("cooperative")

    @cached_property
    def columns(self):
        columns = [
            TitleColumn(
                "sold_on",
                label=_("Date sold"),
                accessor=lambda sale: f"{sale.sold_on:%d/%m/%Y}",
                get_url=self.get_sale_url,
                classname=KEEP_TOGETHER,
            ),
            Column("channel", label=_("Channel"), accessor="get_channel_display"),
            Column("place", label=_("Place or event"), classname=WIDE_SCREEN_ONLY),
            Column("revenue", label=_("Revenue"), accessor=dong, classname=KEEP_TOGETHER),
            Column(
                "makers_share",
                label=_("Makers' share"),
                accessor=lambda sale: dong(sale, "makers_share"),
                classname=WIDE_SCREEN_ONLY,
            ),
        ]
        if reads_every_cooperative(self.request.user):
            columns.insert(1, Column("cooperative", label=_("Cooperative")))
        return columns

    def get_sale_url(self, sale):
        if self.permission_policy.user_has_permission(self.request.user, "change"):
            return self.get_edit_url(sale)
        return self.get_inspect_url(sale)

    def get_list_more_buttons(self, instance):
        return []  # one tap on the date opens the sale

    def filter_queryset(self, queryset):
        self.listed = super().filter_queryset(queryset)
        return self.listed

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # Every sale the filters let through, on all pages of the listing: one query.
        context["listed"] = self.listed.order_by().aggregate(
            sales=Count("pk"), revenue=Sum("revenue"), makers_share=Sum("makers_share")
        )
        return context


def dong(sale, field="revenue"):
    """An amount of the listing, as the site writes đồng."""
    return vnd(getattr(sale, field))


class OfflineSaleEditView(OwnSaleMixin, generic.EditView):
    pass


class OfflineSaleDeleteView(OwnSaleMixin, generic.DeleteView):
    pass


class OfflineSaleInspectView(OwnSaleMixin, generic.InspectView):
    permission_required = "view"


class OfflineSaleViewSet(ModelViewSet):
    """Sales outside the site, in the menu of cooperative staff, site administrators and the
    Ethnic Committee."""

    model = OfflineSale
    icon = "tag"
    menu_label = _("Sales outside the site")
    menu_order = 246
    add_to_admin_menu = True
    index_view_class = OfflineSaleIndexView
    edit_view_class = OfflineSaleEditView
    delete_view_class = OfflineSaleDeleteView
    inspect_view_class = OfflineSaleInspectView
    inspect_view_enabled = True
    filterset_class = OfflineSaleFilterSet
    copy_view_enabled = False
    index_results_template_name = "offline_sales/admin/index_results.html"
    inspect_view_fields = [
        "cooperative",
        "channel",
        "sold_on",
        "place",
        "amount",
        "description",
        "makers_share_percent",
        "revenue",
        "makers_share",
        "recorded_by",
        "recorded_at",
    ]
    edit_handler = ObjectList(
        [
            FieldPanel("cooperative", widget=forms.Select),
            FieldRowPanel([FieldPanel("channel"), FieldPanel("sold_on")]),
            FieldPanel("place"),
            LinesPanel(
                "lines",
                label=_("Items sold"),
                panels=[
                    FieldPanel("product", widget=forms.Select),
                    FieldPanel("description"),
                    FieldRowPanel([FieldPanel("quantity"), FieldPanel("unit_price")]),
                    FieldPanel("makers_share_percent"),
                ],
            ),
            MultiFieldPanel(
                [
                    FieldPanel("amount"),
                    FieldPanel("description"),
                    FieldPanel("makers_share_percent"),
                ],
                heading=_("Or one amount for the whole sale"),
            ),
        ],
        base_form_class=OfflineSaleForm,
    )

    def get_permissions_to_register(self):
        return Permission.objects.filter(content_type__app_label="offline_sales")
