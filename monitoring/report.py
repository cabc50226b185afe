"""The report as tables: what the page shows, the CSV and XLSX exports write and the yearly
report prints, built once from `monitoring.figures`. A table's total row is computed from all
the records, not added up from its rows; the tests check that the rows add up to it.

The tables are grouped in sections, one per item of the programme (`monitoring.items`), as
the province's yearly report is laid out, then an annex saying how the figures are counted.
`item_tables` says which table goes under which item: a new table is one more line there."""

import functools
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from craftsite import periods
from monitoring import figures
from monitoring.figures import BREAKDOWNS, Records
from monitoring.formatting import Dong
from monitoring.items import ITEMS
from monitoring.programme_tables import programme_tables
from monitoring.tables import Table
from offline_sales.models import OfflineSale
from orders.models import Order
from visits.services import visit_requests_in

LABELS = {
    "cooperatives_listed": gettext_lazy("Cooperatives on the site"),
    "cooperatives_active": gettext_lazy("Cooperatives active"),
    "artisans": gettext_lazy("Artisans with a published profile"),
    "products_listed": gettext_lazy("Products listed"),
    "products_on_sale": gettext_lazy("Products on sale (today)"),
    "orders": gettext_lazy("Paid orders"),
    "units": gettext_lazy("Units sold"),
    "revenue": gettext_lazy("Revenue (đồng)"),
    "makers_share": gettext_lazy("Makers' share (đồng)"),
    "outside_sales": gettext_lazy("Sales outside the site"),
    "outside_revenue": gettext_lazy("Revenue outside the site (đồng)"),
    "outside_makers_share": gettext_lazy("Makers' share outside the site (đồng)"),
    "craft_economy_revenue": gettext_lazy("Revenue of the craft economy (đồng)"),
    "enquiries": gettext_lazy("Wholesale enquiries"),
    "enquiries_won": gettext_lazy("Enquiries won"),
    "stories": gettext_lazy("Stories published"),
    "classes": gettext_lazy("Craft classes held"),
    "learners": gettext_lazy("Learners who completed a class"),
    "events": gettext_lazy("Festivals and fairs held"),
    "heritage_sites": gettext_lazy("Heritage sites on the site"),
    "visit_requests": gettext_lazy("Requests to visit a village"),
    "visit_requests_answered": gettext_lazy("Visit requests answered"),
    "visit_requests_accepted": gettext_lazy("Visits welcomed"),
}

DEFINITIONS = {
    "cooperatives_listed": gettext_lazy("Cooperatives whose page was live by the period's end."),
    "cooperatives_active": gettext_lazy("Cooperatives with at least one sale in the period."),
    "artisans": gettext_lazy(
        "Artisans whose public profile, published only with their consent, was live by the "
        "period's end."
    ),
    "products_listed": gettext_lazy(
        "Products whose page was live by the period's end, counted once for all languages."
    ),
    "products_on_sale": gettext_lazy(
        "Listed products with at least one variant on sale today: the site keeps no history of it."
    ),
    "orders": gettext_lazy(
        "Orders placed in the period (Vietnam time) that are paid and not cancelled. A "
        "cash-on-delivery order counts once the cash is in. Refunded and cancelled orders are "
        "left out."
    ),
    "units": gettext_lazy("Items bought in those orders."),
    "revenue": gettext_lazy(
        "What buyers paid for the goods of those orders (unit price × quantity as recorded at "
        "purchase), in whole đồng, without delivery fees."
    ),
    "makers_share": gettext_lazy(
        "Each sold line's revenue × the makers' share (%) the cooperative had declared on the "
        "product when it was sold, as the order recorded it, rounded down to the đồng; totals "
        "are sums of lines. Changing the declaration or deleting the product later does not "
        "change it."
    ),
    "outside_sales": gettext_lazy(
        "Sales the cooperatives recorded as made at fairs and exhibitions, in the village or "
        "at the workshop, through consignment shops and agents, or otherwise outside the "
        "site, dated in the period."
    ),
    "outside_revenue": gettext_lazy(
        "What those sales brought in, item by item (unit price × quantity) or as one amount, "
        "as the cooperatives recorded it, in whole đồng."
    ),
    "outside_makers_share": gettext_lazy(
        "The part of that revenue the cooperatives recorded for the makers: for an item of "
        "theirs, by default the share the product declares; rounded down to the đồng."
    ),
    "craft_economy_revenue": gettext_lazy(
        "Revenue on the site and outside it together: what the crafts brought in, wherever "
        "they were sold."
    ),
    "enquiries": gettext_lazy("Wholesale enquiries received in the period."),
    "enquiries_won": gettext_lazy("Of those, the ones whose deal is marked won."),
    "stories": gettext_lazy("Live stories dated in the period."),
    "classes": gettext_lazy("Live craft classes that started in the period, up to today."),
    "learners": gettext_lazy("Learners of those classes marked as having completed them."),
    "events": gettext_lazy("Live festivals and fairs that started in the period, up to today."),
    "heritage_sites": gettext_lazy(
        "Relics, rong houses and heritage sites whose page was live by the period's end."
    ),
    "visit_requests": gettext_lazy(
        "Requests for a village visit, a homestay night or a craft experience received in the "
        "period."
    ),
    "visit_requests_answered": gettext_lazy("Of those, the ones the village's hosts answered."),
    "visit_requests_accepted": gettext_lazy("Of those, the ones the hosts welcomed."),
    "breakdowns": gettext_lazy(
        "A sale, a listed product and an enquiry about a product count for the product's "
        "craft, ethnic group and commune (its village's), or for its cooperative's village "
        "when the product names none; an enquiry about no product counts for its "
        "cooperative's village. What has none is under “Not stated”. Every breakdown adds up "
        "to the total."
    ),
}

BREAKDOWN_TITLES = {
    "cooperative": gettext_lazy("By cooperative"),
    "craft": gettext_lazy("By craft"),
    "ethnic_group": gettext_lazy("By ethnic group"),
    "commune": gettext_lazy("By commune"),
}

# The figures of each item, in the order read. Cooperative staff read the figures about their
# own cooperative (COOPERATIVE_FIGURES) only; the rest are the programme's.
COOPERATIVE_FIGURES = [
    "products_listed",
    "products_on_sale",
    "orders",
    "units",
    "revenue",
    "makers_share",
    "outside_sales",
    "outside_revenue",
    "outside_makers_share",
    "craft_economy_revenue",
    "enquiries",
    "enquiries_won",
]
ITEM_FIGURES = {
    1: ["stories", "artisans"],
    2: ["classes", "learners"],
    3: ["cooperatives_listed", "cooperatives_active", *COOPERATIVE_FIGURES],
    4: [
        "events",
        "heritage_sites",
        "visit_requests",
        "visit_requests_answered",
        "visit_requests_accepted",
    ],
    5: [],
}
PROGRAMME_FIGURES = [name for names in ITEM_FIGURES.values() for name in names]


@dataclass
class Section:
    """The tables of one item of the programme, or of the annex (`item` None)."""

    item: int | None
    title: str
    tables: list

    @property
    def heading(self):
        return f"{self.item}. {self.title}" if self.item else str(self.title)


@dataclass
class Report:
    title: str
    period: periods.Period
    scope_label: str
    sections: list = field(default_factory=list)

    @property
    def tables(self):
        return [table for section in self.sections for table in section.tables]

    def filename(self, extension):
        return f"programme-report-{self.period.slug}.{extension}"


def period_report(period, breakdown, scope):
    """The report page: the figures, one breakdown, the months and the payment methods."""
    return report_of(Records(period, scope), [breakdown])


def full_report(period, scope):
    """Every breakdown of the period: the yearly report for the committee's annual report,
    and what is filed."""
    return report_of(Records(period, scope), list(BREAKDOWNS))


def yearly_report(year, scope):
    return full_report(periods.year(year), scope)


def report_of(records, breakdowns):
    """The sections of the report. For the whole programme every item has its section, as
    the province's layout has, with or without tables; for a cooperative only the items
    with figures about it. The annex says how the figures are counted."""
    tables = item_tables(records, breakdowns)
    sections = [
        Section(item, ITEMS[item], tables[item])
        for item in ITEMS
        if tables[item] or records.scope.whole_programme
    ]
    sections.append(Section(None, _("Annex"), [definitions_table(records), *tables[ANNEX]]))
    return Report(
        _("Programme report, %(period)s") % {"period": records.period.label},
        records.period,
        scope_label(records),
        sections,
    )


def item_tables(records, breakdowns):
    """{item: its tables}, and the annex's under ANNEX. A table with no rows (a
    cooperative's figures of an item about the whole programme) is left out."""
    summaries = {item: figures_table(records, item) for item in ITEMS}
    tables = {item: [summaries[item]] if summaries[item].rows else [] for item in ITEMS}
    tables[ANNEX] = []
    tables[3] += [
        *(breakdown_table(records, breakdown) for breakdown in breakdowns),
        channel_table(records),
        outside_by_cooperative_table(records),
        monthly_table(records),
        payment_table(records),
    ]
    for table in programme_tables(records):
        tables[PROGRAMME_TABLE_ITEMS.get(table.key, 2)].append(table)
    return tables


ANNEX = None
# The item of each table of the programme's registry (monitoring.programme_tables): its
# people (artisans, learners, members) are item 2's, teaching crafts, unless named here.
PROGRAMME_TABLE_ITEMS = {
    "support-projects": 5,
    "raw-material-areas": 5,
    "registry-definitions": ANNEX,
}


def scope_label(records):
    if records.scope.whole_programme:
        return _("All cooperatives")
    cooperatives = records.cooperatives
    return ", ".join(
        sorted(cooperatives[key].title for key in records.scope.cooperatives if key in cooperatives)
    )


def figures_shown(records):
    return PROGRAMME_FIGURES if records.scope.whole_programme else COOPERATIVE_FIGURES


def figures_table(records, item):
    """The figures of one item that the report's scope shows."""
    period = records.period
    sales = figures.sales_totals(records.sales)
    outside = figures.outside_totals(records.outside_sales)
    visits = functools.cache(lambda: visit_requests_in(period))  # three figures, one query
    values = {
        "cooperatives_listed": lambda: len(records.listed_cooperatives),
        "cooperatives_active": lambda: figures.cooperatives_active(records.sales),
        "artisans": lambda: figures.artisans_with_profiles(period),
        "products_listed": lambda: len(records.listed_products),
        "products_on_sale": lambda: figures.products_on_sale(records.listed_products),
        "orders": lambda: sales.orders,
        "units": lambda: sales.units,
        "revenue": lambda: Dong(sales.revenue),
        "makers_share": lambda: Dong(sales.makers_share),
        "outside_sales": lambda: outside.sales,
        "outside_revenue": lambda: Dong(outside.revenue),
        "outside_makers_share": lambda: Dong(outside.makers_share),
        "craft_economy_revenue": lambda: Dong(sales.revenue + outside.revenue),
        "enquiries": lambda: len(records.enquiries),
        "enquiries_won": lambda: figures.enquiries_won(records.enquiries),
        "stories": lambda: figures.stories_published(period),
        "classes": lambda: figures.classes_held(period),
        "learners": lambda: figures.learners_completed(period),
        "events": lambda: figures.festivals_and_fairs_held(period),
        "heritage_sites": lambda: figures.heritage_sites_listed(period),
        "visit_requests": lambda: visits()["received"],
        "visit_requests_answered": lambda: visits()["answered"],
        "visit_requests_accepted": lambda: visits()["accepted"],
    }
    shown = figures_shown(records)
    return Table(
        key=f"item-{item}-figures",
        title=_("Figures of item %(item)s") % {"item": item},
        columns=[_("Figure"), _("Value")],
        rows=[[LABELS[name], values[name]()] for name in ITEM_FIGURES[item] if name in shown],
    )


BREAKDOWN_COLUMNS = [
    "products_listed",
    "products_on_sale",
    "units",
    "revenue",
    "makers_share",
    "enquiries",
    "enquiries_won",
]


def breakdown_row(sales, products, enquiries):
    """The figures of one group of a breakdown, or of all groups for the total row. Orders
    are left out: an order with products of several groups is one order in each."""
    totals = figures.sales_totals(sales)
    return [
        len(products),
        figures.products_on_sale(products),
        totals.units,
        Dong(totals.revenue),
        Dong(totals.makers_share),
        len(enquiries),
        figures.enquiries_won(enquiries),
    ]


def breakdown_table(records, breakdown):
    sales = figures.by_group(records.sales, breakdown)
    products = figures.by_group(records.listed_products, breakdown)
    enquiries = figures.by_group(records.enquiries, breakdown)
    groups = sorted(set(sales) | set(products) | set(enquiries), key=figures.label_order)
    return Table(
        key=f"by-{breakdown.replace('_', '-')}",
        title=BREAKDOWN_TITLES[breakdown],
        columns=[BREAKDOWNS[breakdown], *(LABELS[name] for name in BREAKDOWN_COLUMNS)],
        rows=[
            [
                group.label,
                *breakdown_row(
                    sales.get(group, []), products.get(group, []), enquiries.get(group, [])
                ),
            ]
            for group in groups
        ],
        total=[
            _("Total"),
            *breakdown_row(records.sales, records.listed_products, records.enquiries),
        ],
        chart_column=1 + BREAKDOWN_COLUMNS.index("revenue"),
    )


SALES_COLUMNS = ["orders", "units", "revenue", "makers_share"]


def sales_row(sales):
    totals = figures.sales_totals(sales)
    return [totals.orders, totals.units, Dong(totals.revenue), Dong(totals.makers_share)]


def monthly_table(records):
    """Every month of the period, those without sales too: a gap is a finding."""
    months = figures.by_month(records.sales)
    return Table(
        key="by-month",
        title=_("By month"),
        columns=[_("Month"), *(LABELS[name] for name in SALES_COLUMNS)],
        rows=[
            [periods.month_label(*month), *sales_row(months.get(month, []))]
            for month in records.period.months()
        ],
        total=[_("Total"), *sales_row(records.sales)],
        chart_column=1 + SALES_COLUMNS.index("revenue"),
    )


def payment_table(records):
    """Sales by the way buyers paid: every way the shop offers, those unused too."""
    methods = figures.by_payment_method(records.sales)
    return Table(
        key="by-payment",
        title=_("By payment method"),
        columns=[_("Payment method"), *(LABELS[name] for name in SALES_COLUMNS)],
        rows=[
            [label, *sales_row(methods.get(method, []))] for method, label in Order.Payment.choices
        ],
        total=[_("Total"), *sales_row(records.sales)],
        chart_column=1 + SALES_COLUMNS.index("orders"),
    )


# -- sales outside the site, beside the sales on the site -------------------------------


def channel_table(records):
    """Sales on the site and outside it by channel, every channel, those unused too; the
    total is the whole craft economy the programme follows."""
    online = figures.sales_totals(records.sales)
    channels = figures.by_channel(records.outside_sales)
    outside = figures.outside_totals(records.outside_sales)
    return Table(
        key="by-channel",
        title=_("Sales by channel"),
        columns=[
            _("Channel"),
            _("Sales (paid orders on the site)"),
            LABELS["revenue"],
            LABELS["makers_share"],
        ],
        rows=[
            [_("On the site"), online.orders, Dong(online.revenue), Dong(online.makers_share)],
            *(
                [label, *outside_row(figures.outside_totals(channels.get(channel, [])))]
                for channel, label in OfflineSale.Channel.choices
            ),
        ],
        total=[
            _("Craft economy"),
            online.orders + outside.sales,
            Dong(online.revenue + outside.revenue),
            Dong(online.makers_share + outside.makers_share),
        ],
        chart_column=2,
    )


def outside_row(totals):
    return [totals.sales, Dong(totals.revenue), Dong(totals.makers_share)]


OUTSIDE_COLUMNS = ["outside_sales", "outside_revenue", "outside_makers_share"]


def outside_by_cooperative_table(records):
    """Each cooperative's sales outside the site, beside its revenue on the site: what the
    crafts of each brought in, wherever they were sold."""
    outside = figures.by_cooperative(records.outside_sales)
    online = figures.by_group(records.sales, "cooperative")
    cooperatives = sorted(set(outside) | set(online), key=figures.label_order)

    def row(outside_sales, sales):
        on_site = figures.sales_totals(sales).revenue
        totals = figures.outside_totals(outside_sales)
        return [*outside_row(totals), Dong(on_site), Dong(on_site + totals.revenue)]

    return Table(
        key="outside-by-cooperative",
        title=_("Outside sales by cooperative"),
        columns=[
            BREAKDOWNS["cooperative"],
            *(LABELS[name] for name in OUTSIDE_COLUMNS),
            _("Revenue on the site (đồng)"),
            LABELS["craft_economy_revenue"],
        ],
        rows=[
            [cooperative.label, *row(outside.get(cooperative, []), online.get(cooperative, []))]
            for cooperative in cooperatives
        ],
        total=[_("Total"), *row(records.outside_sales, records.sales)],
        chart_column=1 + len(OUTSIDE_COLUMNS) + 1,
    )


def definitions_table(records):
    """How each figure shown is counted, for the readers of the report and of its files."""
    names = [*figures_shown(records), "breakdowns"]
    labels = {**LABELS, "breakdowns": _("Breakdowns")}
    return Table(
        key="definitions",
        title=_("How the figures are counted"),
        columns=[_("Figure"), _("Definition")],
        rows=[[labels[name], DEFINITIONS[name]] for name in names],
    )
