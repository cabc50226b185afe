"""The last seat of a class goes to exactly one of many people registering at once. Needs
PostgreSQL: SQLite serialises writers, so it cannot show the race."""

import pytest
from django.db import connection

from stories.models import ClassRegistration
from stories.services import register_for_class
from tests.concurrency import at_once

pytestmark = [
    pytest.mark.postgres_only,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture(autouse=True)
def postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL row locking")


def test_many_people_for_the_last_two_seats(section):
    event = section["event"]["vi"]  # two seats

    def attempt(n):
        register_for_class(
            event, name=f"Học viên {n}", phone=f"09120000{n:02d}", age=15, village="Đăk Răng"
        )

    outcomes = at_once(attempt, 8)

    assert outcomes == [None] * 8
    statuses = sorted(ClassRegistration.objects.values_list("status", flat=True))
    assert statuses == ["confirmed"] * 2 + ["waiting"] * 6


def test_the_same_phone_twice_at_once_registers_once(section):
    event = section["event"]["vi"]

    def attempt(n):
        register_for_class(event, name="Y Nhung", phone="+84912345678", age=15, village="Le")
        return "registered"

    outcomes = at_once(attempt, 4)

    assert sorted(o if isinstance(o, str) else type(o).__name__ for o in outcomes) == [
        "AlreadyRegistered"
    ] * 3 + ["registered"]
    assert ClassRegistration.objects.count() == 1
