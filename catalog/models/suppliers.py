"""The supplier directory: the shop's cooperatives for wholesale buyers, filtered by craft,
ethnic group, village and commune, with what each can make and how fast.

A cooperative's ethnic group and commune are those of its village. As in the shop listing
(`catalog.models.listing`), only well-formed filter values are used, so no query string can produce
an error page, and each filter's options count the cooperatives that match the *other*
filters, one query per filter whatever the number of cooperatives."""

from django.db.models import Count, Q

from catalog.models.cooperatives import CooperativePage
from catalog.models.listing import parse_id
from craftsite.privacy import public

# Filter → (field its value is compared with, field its label is read from).
FILTERS = {
    "craft": ("crafts", "crafts__title"),
    "group": ("village__ethnic_group", "village__ethnic_group__title"),
    "village": ("village", "village__title"),
    "commune": ("village__commune", "village__commune"),
}
PAGE_FILTERS = ("craft", "group", "village")
COMMUNE_LENGTH = 120  # VillagePage.commune's


def parse_supplier_filters(params):
    """{filter: value} from the query string: page ids for craft, group and village, and a
    commune's name of printable characters; anything else is left out."""
    filters = {}
    for name in PAGE_FILTERS:
        value = parse_id(params.get(name, ""))
        if value is not None:
            filters[name] = value
    commune = " ".join(params.get("commune", "").split())
    if commune and len(commune) <= COMMUNE_LENGTH and commune.isprintable():
        filters["commune"] = commune
    return filters


def cooperatives_in(shop):
    return public(CooperativePage.objects.child_of(shop).live())


def matching(filters, skip=None):
    """The filters as one query condition, leaving out the filter `skip`."""
    return Q(**{FILTERS[name][0]: value for name, value in filters.items() if name != skip})


def filter_options(cooperatives, filters):
    """For each filter, its options: {value, label, count, selected}, by label."""
    options = {}
    for name, (field, label) in FILTERS.items():
        rows = (
            cooperatives.filter(matching(filters, skip=name))
            .values(*dict.fromkeys([field, label]))
            .annotate(count=Count("pk", distinct=True))
            .order_by(label)
        )
        options[name] = [
            {
                "value": row[field],
                "label": row[label],
                "count": row["count"],
                "selected": filters.get(name) == row[field],
            }
            for row in rows
            if row[field] not in (None, "")
        ]
    return options


def list_suppliers(shop, filters):
    """The cooperatives to show, by name, with their village, its ethnic group and their
    crafts loaded in two queries; and the filters' options."""
    cooperatives = cooperatives_in(shop)
    found = (
        cooperatives.filter(matching(filters))
        .select_related("village__ethnic_group")
        .prefetch_related("crafts")
        .order_by("title", "pk")
    )
    return found, filter_options(cooperatives, filters)
