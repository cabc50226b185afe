"""Reading the daily exchange-rate feed: Vietcombank's public XML document, e.g.

    <ExrateList>
      <DateTime>12/6/2026 8:00:00 AM</DateTime>
      <Exrate CurrencyCode="USD" CurrencyName="US DOLLAR" Buy="25,950.00"
              Transfer="25,980.00" Sell="26,340.00"/>
      ...
      <Source>Joint Stock Commercial Bank for Foreign Trade of Vietnam - Vietcombank</Source>
    </ExrateList>

The date is month/day/year. A value the bank does not quote is "-". The transfer rate is the
one used: it lies between the bank's buying and selling rates, the fairest indication for a
price. Amounts are read as Decimal, never float, so that a rate is stored as written."""

import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring
from django.conf import settings

# The real document is about 3 kB; anything much larger is not the feed.
LARGEST_DOCUMENT = 256 * 1024
FEED_DATE_FORMAT = "%m/%d/%Y %I:%M:%S %p"
SOURCE_LENGTH = 200


class FeedError(Exception):
    """The feed could not be fetched or read; the rates stored before stay in use."""


@dataclass(frozen=True)
class Feed:
    date: date
    source: str
    rates: dict  # currency code → Decimal đồng per unit, for the codes the feed quotes


def fetch_feed():
    """The feed at EXCHANGE_RATES_URL, read. Raises FeedError for anything but a readable
    document over HTTP(S) within EXCHANGE_RATES_TIMEOUT seconds."""
    url = settings.EXCHANGE_RATES_URL
    if not url.startswith(("https://", "http://")):
        raise FeedError(f"EXCHANGE_RATES_URL is not an HTTP(S) address: {url!r}")
    request = urllib.request.Request(url, headers={"User-Agent": "langnghe-exchange-rates"})
    try:
        with urllib.request.urlopen(request, timeout=settings.EXCHANGE_RATES_TIMEOUT) as reply:
            document = reply.read(LARGEST_DOCUMENT + 1)
    except (urllib.error.URLError, OSError, ValueError) as error:
        raise FeedError(f"the feed at {url} could not be fetched: {error}") from error
    if len(document) > LARGEST_DOCUMENT:
        raise FeedError(f"the feed at {url} is larger than {LARGEST_DOCUMENT} bytes")
    return parse_feed(document)


def parse_feed(document):
    """The date, source and quoted rates of a feed document (bytes). Entities, DTDs and
    external references are refused (defusedxml), so a hostile document can neither expand
    into gigabytes nor make the server read a file or an address."""
    try:
        root = fromstring(document)
    except (ParseError, DefusedXmlException, ValueError) as error:
        raise FeedError(f"the feed is not a readable XML document: {error}") from error
    if root.tag != "ExrateList":
        raise FeedError(f"the feed's root element is <{root.tag}>, not <ExrateList>")
    return Feed(
        date=feed_date(root.findtext("DateTime")),
        source=(root.findtext("Source") or "").strip()[:SOURCE_LENGTH],
        rates={
            entry.get("CurrencyCode", "").strip(): rate
            for entry in root.iter("Exrate")
            if (rate := amount(entry.get("Transfer"))) is not None
        },
    )


def feed_date(text):
    try:
        return datetime.strptime((text or "").strip(), FEED_DATE_FORMAT).date()
    except ValueError as error:
        raise FeedError(f"the feed's <DateTime> is not a date: {text!r}") from error


def amount(text):
    """A feed amount such as "25,980.00" as a Decimal, or None when it is missing ("-"),
    not a number, or not a finite positive number."""
    try:
        value = Decimal((text or "").strip().replace(",", ""))
    except InvalidOperation:
        return None
    return value if value.is_finite() and value > 0 else None
