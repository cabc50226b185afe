"""The report's question, read strictly from the address: periods in Vietnam's time, and
every malformed parameter answered with a form error, never a server error."""

import datetime

import pytest
from django.urls import reverse
from django.utils.http import urlencode

from craftsite import periods
from tests.monitoring.conftest import report_url


def test_a_year_runs_from_midnight_to_midnight_in_vietnam():
    year = periods.year(2025)

    assert year.starts_at == datetime.datetime(2024, 12, 31, 17, tzinfo=datetime.UTC)
    assert year.ends_at == datetime.datetime(2025, 12, 31, 17, tzinfo=datetime.UTC)
    assert year.months()[0] == (2025, 1)
    assert len(year.months()) == 12


@pytest.mark.parametrize(
    ("number", "first", "last"),
    [
        (1, "2025-01-01", "2025-03-31"),
        (2, "2025-04-01", "2025-06-30"),
        (4, "2025-10-01", "2025-12-31"),
    ],
)
def test_quarters(number, first, last):
    quarter = periods.quarter(2025, number)

    assert (quarter.first_day.isoformat(), quarter.last_day.isoformat()) == (first, last)
    assert quarter.slug == f"2025-q{number}"


def test_a_range_includes_its_last_day_and_every_month_it_touches():
    days = periods.between(datetime.date(2024, 11, 15), datetime.date(2025, 2, 1))

    assert days.ends_at == datetime.datetime(2025, 2, 2, tzinfo=periods.VIETNAM)
    assert days.months() == [(2024, 11), (2024, 12), (2025, 1), (2025, 2)]
    assert days.label == "15/11/2024 – 01/02/2025"


MALFORMED = [
    ({"year": "abc"}, "year"),
    ({"year": "1999"}, "year"),
    ({"year": "2025", "quarter": "5"}, "quarter"),
    ({"year": "2025", "quarter": "x"}, "quarter"),
    ({"first_day": "2025-02-30", "last_day": "2025-03-01"}, "first_day"),
    ({"first_day": "01/02/2025", "last_day": "2025-03-01"}, "first_day"),
    ({"first_day": "2025-02-01"}, "last_day"),
    ({"last_day": "2025-02-01"}, "first_day"),
    ({"first_day": "2025-03-01", "last_day": "2025-02-01"}, "last_day"),
    ({"first_day": "2000-01-01", "last_day": "2025-12-31"}, "last_day"),
    ({"breakdown": "district"}, "breakdown"),
    ({"cooperative": "not-a-key"}, "cooperative"),
    ({"year": ["2024", "x"]}, "year"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("query", "field"), MALFORMED)
def test_malformed_questions_are_form_errors(client, committee, query, field):
    client.force_login(committee)
    url = f"{reverse('monitoring:report')}?{urlencode(query, doseq=True)}"

    response = client.get(url)

    assert response.status_code == 200
    assert list(response.context["form"].errors) == [field]
    assert "report-section" not in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("view", ["monitoring:csv", "monitoring:xlsx", "monitoring:yearly"])
def test_a_malformed_download_goes_back_to_the_form(client, committee, view):
    client.force_login(committee)

    response = client.get(report_url(view, year="abc"))

    assert response.status_code == 302
    assert response.url == f"{reverse('monitoring:report')}?year=abc"
