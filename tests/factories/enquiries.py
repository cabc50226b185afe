"""Wholesale enquiries for admin tests, made directly rather than through the public form
(which has tests of its own)."""

from datetime import timedelta

from django.utils import timezone

from enquiries.models import Enquiry

BUYER = {
    "name": "Emma Laurent",
    "organisation": "Maison Artisan",
    "email": "emma@maison.example",
    "wanted": "Table runners",
    "quantity": 60,
    "language": "en",
}


def make_enquiry(cooperative, days_ago=0, **fields):
    """An enquiry to `cooperative`, received `days_ago` days ago."""
    received = timezone.now() - timedelta(days=days_ago)
    return Enquiry.objects.create(
        cooperative=cooperative, created_at=received, **{**BUYER, **fields}
    )
