"""`manage.py fetch_exchange_rates` against a local fake of Vietcombank's feed: good rates are
stored with their date and source, and every kind of bad feed keeps yesterday's rates and
says so in the log."""

import io
from datetime import date
from decimal import Decimal

import pytest
from django.core.management import call_command

from currencies.models import ExchangeRate
from tests.fakes.rate_feed import TODAY_RATES, feed_document, unreachable_url

pytestmark = pytest.mark.django_db

YESTERDAY = date(2026, 12, 5)


def fetch():
    call_command("fetch_exchange_rates", stdout=io.StringIO())


def rates():
    return {rate.currency: rate.fetched_rate for rate in ExchangeRate.objects.all()}


@pytest.fixture
def yesterday():
    """Yesterday's rates, as the last good fetch left them."""
    for code, value in {"USD": "25900", "EUR": "30100", "JPY": "168.5"}.items():
        ExchangeRate.objects.create(
            currency=code, fetched_rate=Decimal(value), rate_date=YESTERDAY, source="Vietcombank"
        )
    return rates()


def test_the_feed_is_stored_with_its_date_and_source(rate_feed):
    fetch()

    usd = ExchangeRate.objects.get(currency="USD")
    assert usd.fetched_rate == Decimal("25980.00")
    assert usd.rate_date == date(2026, 12, 6)  # the feed writes month/day/year
    assert usd.source.endswith("Vietcombank")
    assert rates()["JPY"] == Decimal("167.68")
    assert rates()["KRW"] == Decimal("17.88")  # no buying rate ("-"), but a transfer rate


def test_the_command_updates_yesterdays_rates(rate_feed, yesterday):
    fetch()

    assert rates()["USD"] == Decimal("25980.00")
    assert ExchangeRate.objects.get(currency="EUR").rate_date == date(2026, 12, 6)


def test_currencies_not_offered_are_not_stored(rate_feed):
    rate_feed.document = feed_document({**TODAY_RATES, "THB": ("700", "760.00", "800")})

    fetch()

    assert "THB" not in rates()


BAD_DOCUMENTS = {
    "malformed": b"<ExrateList><DateTime>12/6/2026 8:00:00 AM</DateTime><Exrate",
    "html error page": b"<html><body>Service Unavailable</body></html>",
    "empty": b"",
    "no date": feed_document(when="tomorrow"),
    "billion laughs": (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
        b"<ExrateList><DateTime>12/6/2026 8:00:00 AM</DateTime><Source>&lol3;</Source>"
        b"</ExrateList>"
    ),
    "external entity": (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
        b"<ExrateList><DateTime>12/6/2026 8:00:00 AM</DateTime><Source>&secret;</Source>"
        b'<Exrate CurrencyCode="USD" Transfer="25,980.00"/></ExrateList>'
    ),
    "too large": feed_document(source="x" * 300_000),
}


@pytest.mark.parametrize("kind", BAD_DOCUMENTS)
def test_a_bad_document_keeps_yesterdays_rates(rate_feed, yesterday, caplog, kind):
    rate_feed.document = BAD_DOCUMENTS[kind]

    fetch()

    assert rates() == yesterday
    assert ExchangeRate.objects.get(currency="USD").rate_date == YESTERDAY
    assert "Exchange rates kept from before" in caplog.text


def test_an_http_error_keeps_yesterdays_rates(rate_feed, yesterday, caplog):
    rate_feed.status = 503

    fetch()

    assert rates() == yesterday
    assert "503" in caplog.text


def test_an_unreachable_feed_keeps_yesterdays_rates(rate_feed, yesterday, settings, caplog):
    settings.EXCHANGE_RATES_URL = unreachable_url()

    fetch()

    assert rates() == yesterday
    assert "could not be fetched" in caplog.text


def test_a_feed_that_never_answers_keeps_yesterdays_rates(rate_feed, yesterday, caplog):
    rate_feed.hang = True

    fetch()

    assert rate_feed.requests == 1
    assert rates() == yesterday
    assert "could not be fetched" in caplog.text


def test_only_http_addresses_are_fetched(rate_feed, yesterday, settings, caplog):
    settings.EXCHANGE_RATES_URL = "file:///etc/passwd"

    fetch()

    assert rates() == yesterday
    assert rate_feed.requests == 0


@pytest.mark.parametrize(
    "value",
    ["-", "", "0", "0.00", "-25,980.00", "abc", "NaN", "Infinity", "1e400", "2,598,000,000"],
)
def test_an_unusable_value_keeps_that_currencys_rate(rate_feed, yesterday, caplog, value):
    rate_feed.document = feed_document({**TODAY_RATES, "USD": ("25,950.00", value, "26,340.00")})

    fetch()

    assert rates()["USD"] == yesterday["USD"]
    assert rates()["EUR"] == Decimal("30252.53")  # the others are today's
    assert "USD" in caplog.text


def test_a_rate_that_doubles_overnight_is_refused(rate_feed, yesterday, caplog):
    """A misplaced decimal point in the bank's feed must not show prices a tenth as high."""
    rate_feed.document = feed_document({**TODAY_RATES, "JPY": ("1,660", "1,676.80", "1,764")})

    fetch()

    assert rates()["JPY"] == yesterday["JPY"]
    assert "JPY rate 1676.80 is implausible" in caplog.text


def test_a_currency_missing_from_the_feed_keeps_its_rate(rate_feed, yesterday, caplog):
    rate_feed.document = feed_document({"USD": TODAY_RATES["USD"]})

    fetch()

    assert rates()["USD"] == Decimal("25980.00")
    assert rates()["EUR"] == yesterday["EUR"]
    assert ExchangeRate.objects.get(currency="EUR").rate_date == YESTERDAY
    assert "no usable EUR rate" in caplog.text


def test_hostile_text_in_the_feed_is_stored_as_text(rate_feed):
    rate_feed.document = feed_document(source="&lt;script&gt;alert(1)&lt;/script&gt;")

    fetch()

    assert ExchangeRate.objects.get(currency="USD").source == "<script>alert(1)</script>"


def test_a_feed_older_than_the_stored_rates_is_not_used(rate_feed, yesterday, caplog):
    rate_feed.document = feed_document(when="12/4/2026 8:00:00 AM")

    fetch()

    assert {code: rates()[code] for code in yesterday} == yesterday
    assert rates()["GBP"] == Decimal("34545.45")  # better an older rate than none
    assert "older than the one stored" in caplog.text
