"""A person's entry in the registry holds personal data (craftsite/personal_data.py): five
years after the Department last reviewed it, `anonymise_personal_data` blanks the name,
phone, commune, witness and the link to the public page that names the person, and keeps
what the report counts; an entry reviewed since is left alone."""

from datetime import timedelta

import pytest
from django.utils import timezone

from craftsite.personal_data import anonymise_expired
from programme.models import RegisteredPerson

pytestmark = pytest.mark.django_db


def entry(site, phone, reviewed_days_ago):
    person = RegisteredPerson.objects.create(
        name="Y Đrin",
        phone=phone,
        is_artisan=True,
        gender="female",
        birth_year=1960,
        commune="xã Đăk Dục",
        ethnic_group=site["group"]["vi"],
        cooperative=site["weavers"],
        artisan_page=site["artisan"]["vi"],
        consent_method="verbal",
        consent_witness="A Thưa",
    )
    person.crafts.add(site["craft"]["vi"])
    reviewed = timezone.now() - timedelta(days=reviewed_days_ago)
    RegisteredPerson.objects.filter(pk=person.pk).update(updated_at=reviewed)
    return person


DETAILS = ("name", "phone", "commune", "consent_witness", "artisan_page_id")
COUNTED = ("is_artisan", "gender", "birth_year", "ethnic_group_id", "cooperative_id")


def test_entries_not_reviewed_for_five_years_lose_the_persons_details(site):
    old = entry(site, "+84912000001", reviewed_days_ago=1826)
    recent = entry(site, "+84912000002", reviewed_days_ago=1824)

    counts = anonymise_expired()

    assert counts["programme_registry"] == 1
    old_after = RegisteredPerson.objects.get(pk=old.pk)
    assert [getattr(old_after, name) for name in DETAILS] == ["", "", "", "", None]
    assert [getattr(old_after, name) for name in COUNTED] == [
        getattr(old, name) for name in COUNTED
    ]
    assert list(old_after.crafts.all()) == [site["craft"]["vi"]]
    assert old_after.anonymised_at is not None
    assert str(old_after) == "(đã xóa tên)"
    recent_after = RegisteredPerson.objects.get(pk=recent.pk)
    assert (recent_after.name, recent_after.phone, recent_after.anonymised_at) == (
        "Y Đrin",
        "+84912000002",
        None,
    )
    assert anonymise_expired()["programme_registry"] == 0
