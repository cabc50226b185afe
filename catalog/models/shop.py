"""The shop page: the listing of every product with facets (catalog.models.listing) and the
directory of cooperatives for wholesale buyers (catalog.models.suppliers)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from base.mixins import HeroMixin, OneChildTypeMixin
from catalog.models.listing import PAGE_SIZES, ShopFilters, parse_filters, shop_listing
from catalog.models.products import RICH_TEXT_FEATURES
from catalog.models.suppliers import list_suppliers, parse_supplier_filters
from craftsite.page_cache import query_shown
from craftsite.pagination import paginate, query_without_page

SUPPLIERS_PER_PAGE = 24


class ShopPage(RoutablePageMixin, OneChildTypeMixin, HeroMixin, Page):
    shipping_information = RichTextField(
        _("shipping"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Shown on every product page: how and how fast parcels travel."),
    )
    returns_information = RichTextField(
        _("returns"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Shown on every product page: how a buyer returns an item."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("hero_image"),
        FieldPanel("shipping_information"),
        FieldPanel("returns_information"),
    ]
    parent_page_types = ["base.HomePage"]
    subpage_types = ["catalog.CooperativePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("shop")

    @path("")
    def listing(self, request):
        return self.render(request, context_overrides=self.listing_context(request))

    def listing_context(self, request):
        """Every product on sale, filtered, sorted and paged as the query asks, with the
        facets' counts."""
        filters = parse_filters(request.GET)
        products, facets = shop_listing(self, filters)
        default = ShopFilters()
        query_shown(
            request,
            sort=(filters.sort, default.sort),
            per_page=(filters.per_page, default.per_page),
            ocop=(int(filters.ocop), 0),
            in_stock=(int(filters.in_stock), 0),
            **options_shown(facets),
        )
        page = paginate(request, products, filters.per_page)
        return {
            "filters": filters,
            "facets": facets,
            "products": page,
            # A few page numbers with gaps, not one link per page of the whole catalogue.
            "page_numbers": list(page.paginator.get_elided_page_range(page.number)),
            "query": query_without_page(request),
            "page_sizes": PAGE_SIZES,
        }

    @path("suppliers/", name="suppliers")
    def suppliers(self, request):
        """Cooperatives for wholesale buyers, filtered by craft, ethnic group, village and
        commune."""
        filters = parse_supplier_filters(request.GET)
        cooperatives, options = list_suppliers(self, filters)
        query_shown(request, **options_shown(options))
        return self.render(
            request,
            template="catalog/suppliers.html",
            context_overrides={
                "filters": filters,
                "options": options,
                "cooperatives": paginate(request, cooperatives, SUPPLIERS_PER_PAGE),
                "query": query_without_page(request),
                "canonical_url": request.build_absolute_uri(request.path),
            },
        )


def options_shown(options):
    """{filter: (the value of its selected option, or "" for none; default "")}. A value asked
    for that is not among the options (a made-up id, a filter nothing matches) was not shown."""
    return {
        name: (next((option["value"] for option in choices if option["selected"]), ""), "")
        for name, choices in options.items()
    }
