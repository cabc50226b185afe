"""Periods are counted in Vietnam's time, whatever the server's or the user's time zone."""

import datetime

from django.utils import timezone

from craftsite import periods


def test_a_month_starts_at_midnight_in_vietnam_whatever_the_active_time_zone():
    first_moment_of_december = datetime.datetime(2026, 11, 30, 17, 0, tzinfo=datetime.UTC)
    last_moment_of_november = first_moment_of_december - datetime.timedelta(microseconds=1)

    with timezone.override("Europe/Paris"):
        december = periods.start_of_month(first_moment_of_december)
        november = periods.start_of_month(last_moment_of_november)

    assert december == first_moment_of_december
    assert november == datetime.datetime(2026, 10, 31, 17, 0, tzinfo=datetime.UTC)
