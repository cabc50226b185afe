"""How long a visitor's details stay with their visit request (craftsite/personal_data.py)."""

from django.db.models import Q

from craftsite.personal_data import PersonalData, Purpose
from visits.models import VisitAnswer, VisitRequest


def expired_requests(cutoff):
    """Requests received before `cutoff`, whatever their answer: the visit is long over."""
    return VisitRequest.objects.filter(created_at__lt=cutoff)


def requests_of(identifier):
    """The requests with the visitor's phone number or e-mail."""
    return VisitRequest.objects.filter(Q(phone=identifier) | Q(email__iexact=identifier))


def forget_answers(requests):
    """The hosts' notes may name the visitor or repeat their plans: they go too."""
    VisitAnswer.objects.filter(request__in=requests).update(note="")


# Who asked, how to reach them and what they wrote go; the village, the kind of visit, the
# dates, the group's size and the answer stay for the programme's report.
VISIT_REQUESTS = PersonalData(
    purpose=Purpose.VISIT_REQUEST,
    expired=expired_requests,
    blanks={"name": "", "phone": "", "email": "", "message": ""},
    of_person=requests_of,
    forget_related=forget_answers,
)
