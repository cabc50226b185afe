"""The daily look for work waiting too long. The apps that own the work (orders, enquiries)
register a check in their `AppConfig.ready` with `check_daily`; `manage.py notify_overdue`
runs them all, so that this app never reads theirs. Each check tells the staff once per
item (notifications.sending stores one message per kind and item)."""

import logging

from django.utils import timezone

logger = logging.getLogger(__name__)

DAILY_CHECKS = []


def check_daily(check):
    """Register `check(now)`, which notifies the staff of each item waiting too long and
    returns how many items it found."""
    if check not in DAILY_CHECKS:
        DAILY_CHECKS.append(check)


def notify_overdue(now=None):
    """Run every registered check; how many items each found, by its name."""
    now = now or timezone.now()
    found = {check.__qualname__: check(now) for check in DAILY_CHECKS}
    logger.info("Overdue items found: %s", found)
    return found
