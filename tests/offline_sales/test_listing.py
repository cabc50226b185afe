"""Who sees which sales outside the site: each cooperative's staff their own only, whatever
id they type into the address bar; site administrators and the Ethnic Committee every
cooperative's, the Committee without changing any; editors none. The listing filters by
channel and month and totals what it lists, in a number of queries that does not grow with
the sales."""

import datetime

import pytest
from django.urls import reverse

from offline_sales.models import OfflineSale
from tests.factories.offline_sales import record_amount, record_items
from tests.html import soup
from tests.offline_sales.conftest import sale_form
from tests.queries import warm_query_count

pytestmark = pytest.mark.django_db

INDEX = reverse("offline_sales:index")


def refused(response):
    """Wagtail refuses an admin page with 403, or by sending the user to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    )


def not_found(client, url):
    """The admin's "not found" arrives after the site's language redirect (LocaleMiddleware
    tries a 404 again under /vi/)."""
    return client.get(url, follow=True).status_code == 404


def listed(client, query=""):
    """(ids of the sales listed, the figures at the top) as the user sees them."""
    response = client.get(INDEX + query)
    assert response.status_code == 200
    page = soup(response)
    ids = {
        int(row.select_one("a")["href"].rstrip("/").rsplit("/", 1)[1])
        for row in page.select("table.listing tbody tr")
    }
    figures = [dd.get_text(strip=True) for dd in page.select(".coop-figures dd")]
    return ids, figures


@pytest.fixture
def sales(shop):
    return {
        "fair": record_amount(shop["weavers"], 2_000_000, percent=50),
        "village": record_items(
            shop["weavers"],
            [(shop["scarf"], 2, 350_000, 70)],
            sold_on=datetime.date(2025, 4, 12),
        ),
        "baskets": record_amount(shop["baskets"], 800_000, channel="consignment"),
    }


def test_staff_list_only_their_cooperatives_sales(client, shop, sales):
    client.force_login(shop["weaver"])
    assert listed(client)[0] == {sales["fair"].pk, sales["village"].pk}
    client.force_login(shop["basket_maker"])
    assert listed(client)[0] == {sales["baskets"].pk}


@pytest.mark.parametrize("view", ["edit", "delete", "inspect"])
def test_another_cooperatives_sale_is_not_found_whatever_the_url(client, shop, sales, view):
    client.force_login(shop["basket_maker"])
    url = reverse(f"offline_sales:{view}", args=[sales["fair"].pk])

    assert not_found(client, url)
    client.post(url, sale_form(shop["baskets"], amount="1", makers_share_percent="1"))
    assert OfflineSale.objects.get(pk=sales["fair"].pk).revenue == 2_000_000


@pytest.mark.parametrize("pk", ["999999", "abc", "1%2F..%2F2", "-1"])
def test_a_sale_id_that_is_not_one_is_not_found(client, shop, sales, pk):
    client.force_login(shop["weaver"])
    assert not_found(client, f"{INDEX}edit/{pk}/")


def test_staff_delete_a_sale_recorded_twice(client, shop, sales):
    client.force_login(shop["weaver"])
    response = client.post(reverse("offline_sales:delete", args=[sales["fair"].pk]))
    assert response.status_code == 302
    assert not OfflineSale.objects.filter(pk=sales["fair"].pk).exists()


def test_the_committee_reads_every_sale_and_changes_none(client, shop, sales):
    client.force_login(shop["committee"])
    assert listed(client)[0] == {sale.pk for sale in sales.values()}
    inspect = client.get(reverse("offline_sales:inspect", args=[sales["baskets"].pk]))
    assert inspect.status_code == 200
    assert "Tổ Đan" in inspect.content.decode()
    assert refused(client.get(reverse("offline_sales:add")))
    assert client.get(reverse("offline_sales:edit", args=[sales["fair"].pk])).status_code in (
        302,
        403,
        404,
    )
    response = client.post(reverse("offline_sales:delete", args=[sales["fair"].pk]), follow=False)
    assert response.status_code in (302, 403, 404)
    assert OfflineSale.objects.count() == 3


def test_site_administrators_see_and_correct_every_sale(client, shop, sales):
    client.force_login(shop["manager"])
    ids, _figures = listed(client)
    assert ids == {sale.pk for sale in sales.values()}
    url = reverse("offline_sales:edit", args=[sales["baskets"].pk])
    form = sale_form(shop["baskets"], amount="900000", makers_share_percent="60")
    assert client.post(url, form).status_code == 302
    assert OfflineSale.objects.get(pk=sales["baskets"].pk).revenue == 900_000


def test_editors_see_no_sales(client, shop, sales):
    client.force_login(shop["editor"])
    assert refused(client.get(INDEX))
    assert client.get(reverse("offline_sales:edit", args=[sales["fair"].pk])).status_code != 200


def test_the_listing_filters_by_channel_and_month_and_totals_what_it_lists(client, shop, sales):
    record_amount(shop["weavers"], 1_000_000, percent=40, sold_on=datetime.date(2025, 4, 2))
    client.force_login(shop["manager"])  # reads the admin in English

    everything = listed(client)[1]
    fairs = listed(client, "?channel=fair")
    april = listed(client, "?month=2025-04")
    fairs_in_april = listed(client, "?channel=fair&month=2025-04")

    # 2.000.000 + 700.000 + 800.000 + 1.000.000; shares 1.000.000 + 490.000 + 480.000 + 400.000
    assert everything == ["4", "4,500,000 VND", "2,370,000 VND"]
    assert fairs[1] == ["2", "3,000,000 VND", "1,400,000 VND"]
    assert april[1] == ["2", "1,700,000 VND", "890,000 VND"]
    assert len(fairs_in_april[0]) == 1


@pytest.mark.parametrize("query", ["?month=2025-13", "?month=<b>", "?channel=online"])
def test_a_filter_typed_wrong_lists_everything_with_a_message(client, shop, sales, query):
    client.force_login(shop["weaver"])
    ids, _figures = listed(client, query)
    assert ids == {sales["fair"].pk, sales["village"].pk}


def test_the_listing_queries_do_not_grow_with_the_sales(client, shop, sales):
    client.force_login(shop["weaver"])
    few = warm_query_count(client, INDEX)
    for day in range(1, 20):
        record_amount(shop["weavers"], 100_000, sold_on=datetime.date(2025, 5, day))
    assert warm_query_count(client, INDEX) == few
