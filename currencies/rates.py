"""Keeping today's rates, and what the public rates document says.

A bad feed never costs the rates already stored: a currency the feed leaves out, quotes with
a value that is not a positive number, or quotes at an implausible value keeps yesterday's
rate, with a warning in the log, and a feed that cannot be fetched or read changes nothing."""

import logging
from datetime import date
from decimal import Decimal

from django.db import transaction

from currencies.feed import FeedError, fetch_feed
from currencies.models import ExchangeRate, offered_currencies

logger = logging.getLogger(__name__)

# Any currency a tourist to Vietnam carries is worth between a hundredth of a đồng and a
# million đồng; outside these bounds the feed has gone wrong (a misplaced decimal point).
PLAUSIBLE_RATES = (Decimal("0.01"), Decimal("1000000"))
# No currency halves or doubles against the đồng in a day; a feed that says so is wrong.
LARGEST_DAILY_CHANGE = Decimal(2)
RATE_PLACES = Decimal("0.0001")


def update_rates():
    """Fetch the feed and store its rates. Returns the codes stored; a feed that cannot be
    fetched or read is logged and stores nothing."""
    try:
        feed = fetch_feed()
    except FeedError as error:
        logger.warning("Exchange rates kept from before: %s", error)
        return []
    return store_rates(feed)


@transaction.atomic
def store_rates(feed):
    """Store the feed's plausible rates of the offered currencies, with its date and source.
    Returns the codes stored."""
    known = {rate.currency: rate for rate in ExchangeRate.objects.select_for_update()}
    stored = []
    for code in offered_currencies():
        value = feed.rates.get(code)
        if value is None:
            logger.warning("Exchange rates: no usable %s rate in the feed; kept from before.", code)
            continue
        previous = known.get(code)
        if previous and previous.rate_date and feed.date < previous.rate_date:
            logger.warning(
                "Exchange rates: the feed's %s rate is of %s, older than the one stored; "
                "kept from before.",
                code,
                feed.date,
            )
            continue
        if not is_plausible(value, previous.fetched_rate if previous else None):
            logger.warning(
                "Exchange rates: the feed's %s rate %s is implausible; kept from before.",
                code,
                value,
            )
            continue
        ExchangeRate.objects.update_or_create(
            currency=code,
            defaults={
                "fetched_rate": value.quantize(RATE_PLACES),
                "rate_date": feed.date,
                "source": feed.source,
            },
        )
        stored.append(code)
    return stored


def is_plausible(rate, previous):
    """Within the bounds any offered currency can have, and, when a rate was stored before,
    not more than LARGEST_DAILY_CHANGE times higher or lower than it."""
    low, high = PLAUSIBLE_RATES
    if not low <= rate <= high:
        return False
    if previous is None:
        return True
    return previous / LARGEST_DAILY_CHANGE <= rate <= previous * LARGEST_DAILY_CHANGE


def published_rates():
    """What the public rates document holds: the rate in use of each offered currency that has
    one (so a currency without a rate is simply absent and its prices show VND alone), with
    the date and source of the newest fetched rate."""
    rows = [
        row
        for row in ExchangeRate.objects.filter(currency__in=offered_currencies())
        if row.rate_in_use is not None
    ]
    newest = max(rows, key=lambda row: row.rate_date or date.min, default=None)
    return {
        "date": newest.rate_date.isoformat() if newest and newest.rate_date else None,
        "source": newest.source if newest else "",
        "rates": {row.currency: str(row.rate_in_use) for row in rows},
    }
