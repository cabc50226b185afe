"""The report page reads each kind of record in one query: its query count is the same for
a few orders as for many more."""

import pytest

from enquiries.models import Enquiry
from tests.monitoring.conftest import placed, report_url, vietnam_time
from tests.queries import warm_query_count

pytestmark = pytest.mark.django_db


def sell(p, months):
    for month in months:
        placed(vietnam_time(2025, month, 3, 9), {p["weavers"]: [(p["scarf"], 1)]})
        placed(
            vietnam_time(2025, month, 4, 9),
            {p["weavers"]: [(p["skirt"], 1)], p["baskets"]: [(p["basket"], 2)]},
            payment_method="vietqr",
        )
        Enquiry.objects.create(
            cooperative=p["baskets"],
            product=p["basket"],
            name="Khách sạn Núi",
            email="mua@example.test",
            quantity=100,
            language="vi",
            created_at=vietnam_time(2025, month, 5, 9),
        )


@pytest.mark.parametrize("user", ["committee", "weaver"])
def test_the_report_queries_do_not_grow_with_the_orders(client, programme, request, user):
    client.force_login(request.getfixturevalue(user))
    url = report_url(year=2025, breakdown="ethnic_group")

    sell(programme, [1])
    few = warm_query_count(client, url)
    sell(programme, range(2, 13))
    many = warm_query_count(client, url)

    assert few == many
