"""Visit requests for admin tests, made directly rather than through the public form (which
has tests of its own), and hosts named as an administrator names them."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from visits.hosts import name_host
from visits.models import VisitRequest

VISITOR = {
    "kind": VisitRequest.Kind.HOMESTAY,
    "group_size": 4,
    "guide_language": VisitRequest.Language.ENGLISH,
    "name": "Emma Laurent",
    "phone": "+447700900123",
    "email": "emma@voyage.example",
    "message": "We would love to learn some weaving.",
    "language": "en",
}


def make_visit_request(village, days_ago=0, arrival_in_days=30, nights=1, **fields):
    """A request to `village`, received `days_ago` days ago, for a stay starting
    `arrival_in_days` days from today."""
    arrival = timezone.localdate() + timedelta(days=arrival_in_days)
    return VisitRequest.objects.create(
        village=village,
        created_at=timezone.now() - timedelta(days=days_ago),
        arrival=arrival,
        departure=arrival + timedelta(days=nights) if nights else None,
        **{**VISITOR, **fields},
    )


def make_host(village, username, email=""):
    """A user named host of `village`, as an administrator names one."""
    user = get_user_model().objects.create_user(
        username=username, password="x", email=email or f"{username}@example.test"
    )
    name_host(village, user)
    return user
