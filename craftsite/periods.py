"""Periods, defined once for the whole site: a calendar year, a quarter, a month, or the days
from one date to another, in Vietnam's time whatever the server's or the user's time zone.
An order placed at 23:30 on 31 December in Kon Tum is a sale of that year, although it is
16:30 UTC. The programme report and the cooperatives' own figures both count by these. This
module imports no app."""

import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.utils import timezone
from django.utils.translation import gettext as _

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")

# Resolution 08-NQ/TU was adopted in February 2022: the programme has no earlier years.
FIRST_YEAR = 2022


@dataclass(frozen=True)
class Period:
    first_day: datetime.date
    last_day: datetime.date  # included
    label: str  # for readers
    slug: str  # for file names

    @property
    def starts_at(self):
        """The first moment of the period, as an aware datetime."""
        return start_of(self.first_day)

    @property
    def ends_at(self):
        """The first moment after the period: moments counted are `starts_at <= t < ends_at`."""
        return start_of(self.last_day + datetime.timedelta(days=1))

    def months(self):
        """(year, month) of every month the period touches, in order."""
        year, month = self.first_day.year, self.first_day.month
        months = []
        while (year, month) <= (self.last_day.year, self.last_day.month):
            months.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return months


def start_of(day):
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=VIETNAM)


def local_day(moment):
    """The day in Vietnam of an aware datetime."""
    return timezone.localtime(moment, VIETNAM).date()


def today():
    """Today in Vietnam, whatever the server's time zone."""
    return local_day(timezone.now())


def start_of_month(moment=None):
    """The first moment, in Vietnam, of the month of `moment` (now by default)."""
    day = local_day(moment or timezone.now())
    return start_of(day.replace(day=1))


def this_year():
    return timezone.localtime(timezone=VIETNAM).year


def year(number):
    first, last = datetime.date(number, 1, 1), datetime.date(number, 12, 31)
    return Period(first, last, str(number), str(number))


def quarter(year_number, number):
    first = datetime.date(year_number, 3 * number - 2, 1)
    next_quarter = datetime.date(year_number + (number == 4), 3 * number % 12 + 1, 1)
    label = _("Quarter %(quarter)s, %(year)s") % {"quarter": number, "year": year_number}
    last = next_quarter - datetime.timedelta(days=1)
    return Period(first, last, label, f"{year_number}-q{number}")


def between(first_day, last_day):
    label = f"{first_day:%d/%m/%Y} – {last_day:%d/%m/%Y}"
    return Period(first_day, last_day, label, f"{first_day:%Y-%m-%d}-{last_day:%Y-%m-%d}")


def month_label(year_number, month):
    """A month as Vietnamese readers write it, which English readers also follow: 03/2025."""
    return f"{month:02d}/{year_number}"
