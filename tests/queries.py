"""Counting the SQL queries of a page, as the performance budget is stated."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

BUDGET = 20


def warm_query_count(client, url):
    """Queries of a second request for `url`: the first one creates image renditions and
    fills the caches, which a visitor's request finds already done."""
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)
