"""The public rates document the page script reads: the rate in use of each offered
currency, the override winning while it is set, cacheable by everyone for an hour and purged
when a rate changes."""

from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse

from craftsite.page_cache import cache as page_cache
from craftsite.page_cache import record_key
from currencies.models import ExchangeRate

pytestmark = pytest.mark.django_db

URL = "/exchange-rates.json"


def add_rate(code, value, override=None):
    return ExchangeRate.objects.create(
        currency=code,
        fetched_rate=Decimal(value),
        rate_date=date(2026, 12, 6),
        source="Vietcombank",
        override=None if override is None else Decimal(override),
    )


def test_the_document_holds_the_rates_with_their_date_and_source(client):
    add_rate("USD", "25980.0000")
    add_rate("JPY", "167.6800")

    document = client.get(URL).json()

    assert reverse("exchange_rates") == URL
    assert document == {
        "date": "2026-12-06",
        "source": "Vietcombank",
        "rates": {"JPY": "167.6800", "USD": "25980.0000"},
    }


def test_the_override_wins_while_it_is_set(client):
    usd = add_rate("USD", "25980", override="25000")
    assert client.get(URL).json()["rates"]["USD"] == "25000.0000"

    usd.override = None
    usd.save()

    assert client.get(URL).json()["rates"]["USD"] == "25980.0000"


def test_an_override_gives_a_rate_to_a_currency_never_fetched(client):
    ExchangeRate.objects.create(currency="KRW", override=Decimal("18"))

    assert client.get(URL).json()["rates"] == {"KRW": "18.0000"}


def test_currencies_without_a_rate_or_no_longer_offered_are_left_out(client):
    ExchangeRate.objects.create(currency="EUR")
    add_rate("THB", "760")

    assert client.get(URL).json() == {"date": None, "source": "", "rates": {}}


def test_browsers_and_shared_caches_may_keep_it_for_an_hour(client):
    response = client.get(URL)

    assert response["Content-Type"] == "application/json"
    assert "public" in response["Cache-Control"]
    assert "max-age=3600" in response["Cache-Control"]


def test_a_post_is_refused(client):
    assert client.post(URL).status_code == 405


def test_a_changed_rate_purges_the_document(settings, django_capture_on_commit_callbacks):
    """Through the purge registry, which also tells the shared caches in front of the site."""
    settings.PAGE_CACHE_SECONDS = 600
    page_cache().set(record_key(URL), {"version": "before", "parameters": {}})

    with django_capture_on_commit_callbacks(execute=True):
        add_rate("USD", "25980")

    assert page_cache().get(record_key(URL))["version"] != "before"


def test_a_rate_costs_one_query(client, django_assert_num_queries):
    add_rate("USD", "25980")
    add_rate("EUR", "30252")

    with django_assert_num_queries(1):
        client.get(URL)
