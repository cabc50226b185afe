"""Seed the demo's visit requests (visits app): a host for one village, and requests to
villages in every state, one still new after the time allowed. Data come from
demo/data/visits.yaml; villages are found by their keys in villages.yaml."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from craftsite.periods import today
from demo.data import load
from stories.models import VillagePage
from visits.hosts import name_host
from visits.models import VisitAnswer, VisitRequest

VISITOR_FIELDS = ("kind", "language", "guide_language", "name", "phone", "email", "group_size")


def demo_villages():
    """{village key: its Vietnamese page}."""
    slugs = {spec["key"]: spec["slug"]["vi"] for spec in load("villages")["villages"]}
    pages = VillagePage.objects.filter(locale__language_code="vi", slug__in=slugs.values())
    by_slug = {page.slug: page for page in pages}
    return {key: by_slug[slug] for key, slug in slugs.items()}


def seed_visits():
    """Demo hosts and visit requests, with the hosts' answers. Call it after the villages
    and the demo accounts exist. Requests already there are left alone, and nothing is
    mailed."""
    data = load("visits")
    villages = demo_villages()
    users = get_user_model().objects
    for username, village in data["hosts"]:
        name_host(villages[village], users.get(username=username))
    now = timezone.now()
    for spec in data["visit_requests"]:
        village = villages[spec["village"]]
        if VisitRequest.objects.filter(village=village, name=spec["name"]).exists():
            continue
        arrival = today() + datetime.timedelta(days=spec["arrival_in_days"])
        received = now - datetime.timedelta(days=spec["days_ago"])
        answer = spec.get("answer")
        visit = VisitRequest.objects.create(
            village=village,
            arrival=arrival,
            departure=arrival + datetime.timedelta(days=spec["nights"]) if spec["nights"] else None,
            message=spec["message"],
            created_at=received,
            status=answer[0] if answer else VisitRequest.Status.NEW,
            answered_at=received + datetime.timedelta(days=1) if answer else None,
            **{field: spec[field] for field in VISITOR_FIELDS},
        )
        if answer:
            outcome, note, proposed_in_days = answer
            proposed = (
                today() + datetime.timedelta(days=proposed_in_days) if proposed_in_days else None
            )
            host = users.filter(hosted_villages__village=village).first()
            saved = VisitAnswer.objects.create(
                request=visit, outcome=outcome, note=note, proposed_arrival=proposed, user=host
            )
            VisitAnswer.objects.filter(pk=saved.pk).update(sent_at=visit.answered_at)
