"""Dates on the Vietnamese lunar calendar (âm lịch), for festivals that repeat every year on a
lunar date: Tết on the 1st day of the 1st month, a water-trough festival late in the 3rd month.

Vietnam computes its lunar calendar for UTC+7 (Hồ Ngọc Đức's algorithm, in `lunar_vn`), which
is why Tết 1985 and Tết 2007 fell a day or a month apart from China's (UTC+8): a Chinese
calendar library gives wrong dates here.
"""

import datetime

from django.utils.translation import gettext, pgettext
from lunar_vn import LunarDate, lunar_to_solar, solar_to_lunar

MONTHS = range(1, 13)
DAYS = range(1, 31)
# The days the Vietnamese say "mùng" before ("mùng 1 Tết"); later days are plain numbers.
MUNG_DAYS = range(1, 11)


def solar_date(lunar_year, month, day, leap=False):
    """The solar date of a lunar date in `lunar_year`, by two rules for dates the year lacks.

    A leap month exists only in some years (2023 repeated the 2nd month, 2025 the 6th); a
    festival kept in a leap month is held in the ordinary month of the same number in the other
    years, because to those who hold it the leap month is that month again, not a month of its
    own, and a yearly festival must happen every year.

    A lunar month has 29 or 30 days; a festival on the 30th is held on the 29th when the month is
    short, as the last evening of the year is "ba mươi Tết" even in the years it falls on the
    29th: the festival keeps its place at the end of the month.
    """
    leap = leap and _has_leap_month(lunar_year, month)
    wanted = LunarDate(day, month, lunar_year, leap)
    found = lunar_to_solar(wanted)
    if solar_to_lunar(found) != wanted:
        # lunar_to_solar counts days on from the month's first: a 30th that the month lacks
        # lands on the next month's 1st, so the month's last day is the day before.
        found -= datetime.timedelta(days=1)
    return found


def _has_leap_month(lunar_year, month):
    """Whether the year repeats the month. lunar_to_solar refuses another month's leap flag in a
    leap year but ignores the flag in a year without a leap month: the round trip tells."""
    first = LunarDate(1, month, lunar_year, leap=True)
    try:
        return solar_to_lunar(lunar_to_solar(first)) == first
    except ValueError:
        return False


def lunar_year_of(date):
    return solar_to_lunar(date).year


def first_on_or_after(date, month, day, leap=False):
    """The first solar date on or after `date` that falls on the lunar month and day."""
    lunar_year = lunar_year_of(date)
    found = solar_date(lunar_year, month, day, leap)
    if found < date:
        found = solar_date(lunar_year + 1, month, day, leap)
    return found


def describe(date):
    """The lunar date of a solar date, in the active language: "mùng 5 tháng 2 nhuận âm lịch",
    "5th day of the leap 2nd lunar month"."""
    lunar = solar_to_lunar(date)
    words = {"day": ordinal(lunar.day), "month": ordinal(lunar.month)}
    if lunar.leap and lunar.day in MUNG_DAYS:
        text = pgettext("lunar day 1 to 10", "%(day)s day of the leap %(month)s lunar month")
    elif lunar.leap:
        text = gettext("%(day)s day of the leap %(month)s lunar month")
    elif lunar.day in MUNG_DAYS:
        text = pgettext("lunar day 1 to 10", "%(day)s day of the %(month)s lunar month")
    else:
        text = gettext("%(day)s day of the %(month)s lunar month")
    return text % words


def ordinal(number):
    """A day's or month's number as an ordinal, "1st", "22nd"; Vietnamese keeps the plain
    number ("ngày 22", "tháng 2"), its words come from the sentence around it."""
    if number % 100 in (11, 12, 13):
        text = pgettext("ordinal", "%(number)sth")
    else:
        text = {
            1: pgettext("ordinal ending in 1", "%(number)sst"),
            2: pgettext("ordinal ending in 2", "%(number)snd"),
            3: pgettext("ordinal ending in 3", "%(number)srd"),
        }.get(number % 10) or pgettext("ordinal", "%(number)sth")
    return text % {"number": number}
