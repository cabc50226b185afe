"""Dates of events as visitors read them."""

from django import template
from django.utils import timezone

from stories import lunar

register = template.Library()


@register.filter
def lunar_date(moment):
    """The lunar date of the day a moment falls on in Vietnam, for a festival kept by the
    lunar calendar: "mùng 1 tháng 1 âm lịch", "1st day of the 1st lunar month"."""
    return lunar.describe(timezone.localtime(moment).date())
