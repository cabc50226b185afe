"""The last seat of a class goes to exactly one of many people registering at once. Needs
PostgreSQL: SQLite serialises writers, so it cannot show the race."""

import threading

import pytest
from django.db import connection, connections

from stories.models import ClassRegistration
from stories.services import register_for_class

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
    barrier = threading.Barrier(8)
    errors = []

    def attempt(n):
        try:
            barrier.wait()
            register_for_class(
                event, name=f"Học viên {n}", phone=f"09120000{n:02d}", age=15, village="Đăk Răng"
            )
        except Exception as error:
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=attempt, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    statuses = sorted(ClassRegistration.objects.values_list("status", flat=True))
    assert statuses == ["confirmed"] * 2 + ["waiting"] * 6


def test_the_same_phone_twice_at_once_registers_once(section):
    event = section["event"]["vi"]
    barrier = threading.Barrier(4)
    outcomes = []

    def attempt():
        try:
            barrier.wait()
            register_for_class(event, name="Y Nhung", phone="0912345678", age=15, village="Le")
            outcomes.append("registered")
        except Exception as error:
            outcomes.append(type(error).__name__)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=attempt) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(outcomes) == ["AlreadyRegistered"] * 3 + ["registered"]
    assert ClassRegistration.objects.count() == 1
