"""Requests from the public that staff must answer in time (wholesale enquiries, visit
requests): one still new after the time allowed is flagged in the inbox and on the
dashboards, so that someone calls whoever should answer. This module imports no app."""

from django.db import models
from django.db.models import BooleanField, ExpressionWrapper, Q
from django.utils import timezone
from django.utils.functional import lazy
from django.utils.translation import ngettext


class AwaitingAnswerQuerySet(models.QuerySet):
    """Records with a `status` and a time they started waiting; the model names the status
    that waits for an answer (`WAITING_STATUS`), how long an answer may take
    (`ANSWER_WITHIN`) and, when it is not `created_at`, the field (or lookup) holding the
    time the wait began (`WAITING_SINCE`: a part of an order waits from the moment the
    cooperative was told of it, not from when the buyer started paying)."""

    def waiting_too_long(self, now=None):
        """The condition for a record still waiting after the time allowed, as a query
        condition, so that lists can flag such records and dashboards count them in the
        same query."""
        cutoff = (now or timezone.now()) - self.model.ANSWER_WITHIN
        since = getattr(self.model, "WAITING_SINCE", "created_at")
        return Q(status=self.model.WAITING_STATUS, **{f"{since}__lt": cutoff})

    def unanswered_for_too_long(self, now=None):
        return self.filter(self.waiting_too_long(now))

    def with_overdue_flag(self, now=None):
        """Each record with `overdue`: whether it is unanswered for too long."""
        return self.annotate(
            overdue=ExpressionWrapper(self.waiting_too_long(now), output_field=BooleanField())
        )


def overdue_label(answer_within):
    """The flag on records waiting longer than `answer_within`, in the language of the
    request it is shown in."""

    def label():
        days = answer_within.days
        return ngettext(
            "Unanswered for more than %(days)d day",
            "Unanswered for more than %(days)d days",
            days,
        ) % {"days": days}

    return lazy(label, str)()
