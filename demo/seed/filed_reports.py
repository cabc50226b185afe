"""Seed the demo's filed report: last year's programme report, filed by the committee's demo
officer with an illustrative number and note (demo/data/filed_reports.yaml). Filed with a
fixed one-time key, so that running the seed again files nothing more."""

import uuid

from django.contrib.auth import get_user_model
from django.utils import timezone

from craftsite.periods import local_day, year
from demo.data import load
from monitoring.access import WHOLE_PROGRAMME
from monitoring.filing import file_report

DEMO_FILING = uuid.uuid5(uuid.NAMESPACE_URL, "langnghe.example/demo/filed-report/last-year")


def seed_filed_report():
    data = load("filed_reports")
    officer = get_user_model().objects.get(username=data["filed_by"])
    last_year = local_day(timezone.now()).year - 1
    return file_report(
        year(last_year),
        WHOLE_PROGRAMME,
        None,
        user=officer,
        filing_key=DEMO_FILING,
        number=data["number"],
        note=data["note"],
    )
