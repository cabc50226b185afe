"""Visit requests, from the visitor's form to the host's answer. Each step runs in one
transaction and mails whoever needs to know once it has committed (see `visits.emails`)."""

from datetime import timedelta

from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from craftsite.emails import after_commit
from craftsite.translation import main_language_page
from visits import emails
from visits.models import VisitAnswer, VisitRequest

# The same request sent again within this time is a double tap or a reload, not a second
# group: it is kept once and the village mailed once.
SAME_REQUEST_WITHIN = timedelta(minutes=30)


def same_request_sent_lately(village, details):
    """The request just like this one (same village, contact, kind and dates) received
    within SAME_REQUEST_WITHIN, if any."""
    return VisitRequest.objects.filter(
        village=village,
        created_at__gte=timezone.now() - SAME_REQUEST_WITHIN,
        **{
            name: details[name]
            for name in ("name", "phone", "email", "kind", "arrival", "departure")
        },
    ).first()


@transaction.atomic
def receive_visit_request(village, *, language, **details):
    """Store a visitor's request to `village` (in whichever language they saw it) and, once
    committed, mail it to the village's hosts and an acknowledgement to the visitor. The
    request points at the village's page in the site's main language, so that its hosts and
    the report find one village. Sent twice, it is stored once."""
    village = main_language_page(village)
    already = same_request_sent_lately(village, details)
    if already:
        return already
    visit_request = VisitRequest.objects.create(village=village, language=language, **details)
    after_commit(emails.send_new_request_to_hosts, visit_request)
    if visit_request.email:
        after_commit(emails.send_request_received, visit_request)
    return visit_request


@transaction.atomic
def answer_visit_request(visit_request, *, outcome, note, user, arrival=None, departure=None):
    """Record a host's answer and, once committed, mail it to the visitor when they gave an
    e-mail. The row is locked, so that two hosts answering at once do not both succeed
    where the rules allow one: the second gets TransitionNotAllowed."""
    visit_request = VisitRequest.objects.select_for_update().get(pk=visit_request.pk)
    visit_request.become(
        outcome, _("Someone has already answered this request: reload the page to see the answer.")
    )
    visit_request.answered_at = visit_request.answered_at or timezone.now()
    visit_request.save(update_fields=["status", "answered_at"])
    answer = VisitAnswer.objects.create(
        request=visit_request,
        outcome=outcome,
        note=note,
        proposed_arrival=arrival,
        proposed_departure=departure,
        user=user,
    )
    if visit_request.email:
        after_commit(emails.send_answer, answer)
    return answer


def visit_requests_in(period):
    """How many visit requests were received in `period` (a `craftsite.periods.Period`, in
    Vietnam's time), how many of those have been answered and how many accepted: for the
    programme's report (item 4, community tourism), in one query."""
    received = VisitRequest.objects.filter(
        created_at__gte=period.starts_at, created_at__lt=period.ends_at
    )
    return received.aggregate(
        received=Count("pk"),
        answered=Count("pk", filter=Q(answered_at__isnull=False)),
        accepted=Count("pk", filter=Q(status=VisitRequest.Status.ACCEPTED)),
    )
