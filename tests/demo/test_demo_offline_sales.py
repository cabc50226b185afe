"""The demo's sales outside the site: every month since January of last year, of every
channel, some item by item and some as one amount, labelled illustrative, made once, and
counted by the programme report."""

import pytest

from craftsite import periods
from demo.seed.offline_sales import seed_offline_sales
from monitoring.access import WHOLE_PROGRAMME
from monitoring.report import period_report
from offline_sales.models import OfflineSale, OfflineSaleLine

pytestmark = pytest.mark.django_db


def test_the_demo_sales_outside_the_site_fill_last_year_and_are_made_once(programme):
    made = seed_offline_sales()

    assert made == OfflineSale.objects.count() > 100
    assert seed_offline_sales() == 0
    assert OfflineSale.objects.count() == made
    assert set(OfflineSale.objects.values_list("channel", flat=True)) == set(OfflineSale.Channel)
    assert all(
        place.endswith(" · minh họa")
        for place in OfflineSale.objects.values_list("place", flat=True)
    )
    told_as_amount = OfflineSale.objects.filter(amount__isnull=False)
    assert 0 < told_as_amount.count() < made
    # Saved one by one, every sale would have the totals the bulk seed gave it.
    for sale in OfflineSale.objects.prefetch_related("lines")[:40]:
        assert (sale.revenue, sale.makers_share) == sale.totals()
        assert sale.revenue > 0
    products = {programme[key].pk for key in ("scarf", "skirt", "basket")}
    assert set(OfflineSaleLine.objects.values_list("product", flat=True)) <= products

    last_year = periods.year(periods.this_year() - 1)
    report = period_report(last_year, "cooperative", WHOLE_PROGRAMME)
    channels = {table.key: table for table in report.tables}["by-channel"]
    assert [sales > 0 for _channel, sales, *_rest in channels.rows[1:]] == [True] * 4
    months = {
        sale.sold_on.month
        for sale in OfflineSale.objects.filter(sold_on__year=last_year.first_day.year)
    }
    assert months == set(range(1, 13))
