"""The shop and product pages cost the same number of queries with 100 products as with
10,000: nothing on them is loaded per product or per variant."""

from io import StringIO

import pytest

from bench.bulk_catalogue import seed_catalogue
from catalog.models import ProductPage
from tests.queries import BUDGET, warm_query_count

pytestmark = pytest.mark.django_db


def query_counts(client, shops):
    product = ProductPage.objects.filter(slug__startswith="bench-").order_by("path").first()
    shop = shops["en"].url
    return {
        "shop": warm_query_count(client, shop),
        "shop, 48 per page, filtered": warm_query_count(client, f"{shop}?per_page=48&in_stock=1"),
        "product": warm_query_count(client, product.url),
        "cooperative": warm_query_count(client, product.get_parent().url),
    }


def test_page_queries_are_the_same_for_100_and_10000_products(client, shop, shops):
    seed_catalogue(products=99, cooperatives=5, out=StringIO())
    with_100 = query_counts(client, shops)

    seed_catalogue(products=9_900, cooperatives=45, out=StringIO())
    with_10000 = query_counts(client, shops)

    assert ProductPage.objects.filter(locale__language_code="vi").count() == 10_000
    assert with_10000 == with_100
    assert max(with_100.values()) <= BUDGET
