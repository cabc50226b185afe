"""The administrator's exchange-rate screen (Settings → Exchange rates): an override per
currency wins while it is set, bad values are refused with a reason, and only
administrators reach it."""

from datetime import date
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from currencies.models import ExchangeRate

pytestmark = pytest.mark.django_db


@pytest.fixture
def usd():
    return ExchangeRate.objects.create(
        currency="USD", fetched_rate=Decimal("25980"), rate_date=date(2026, 12, 6)
    )


@pytest.fixture
def administrator(client):
    user = get_user_model().objects.create_superuser("root", "root@example.test", "x")
    client.force_login(user)
    return user


def test_the_list_shows_the_fetched_rates_in_vietnamese(client, administrator, usd):
    response = client.get(reverse("exchange_rates:index"))

    assert response.status_code == 200
    content = response.content.decode()
    assert "Tỷ giá" in content
    assert "USD" in content


def test_an_override_is_set_and_cleared(client, administrator, usd):
    url = reverse("exchange_rates:edit", args=[usd.pk])

    client.post(url, {"currency": "USD", "override": "25000"})
    assert client.get("/exchange-rates.json").json()["rates"]["USD"] == "25000.0000"

    client.post(url, {"currency": "USD", "override": ""})
    assert client.get("/exchange-rates.json").json()["rates"]["USD"] == "25980.0000"


@pytest.mark.parametrize(
    ("override", "field"),
    [("0", "override"), ("-5", "override"), ("abc", "override"), ("1" * 20, "override")],
)
def test_a_bad_override_is_refused_with_a_reason(client, administrator, usd, override, field):
    response = client.post(
        reverse("exchange_rates:edit", args=[usd.pk]), {"currency": "USD", "override": override}
    )

    assert response.status_code == 200
    assert response.context["form"].errors[field]
    usd.refresh_from_db()
    assert usd.override is None


@pytest.mark.parametrize("code", ["THB", "<b>", "usd"])
def test_only_offered_currencies_may_be_added(client, administrator, code):
    response = client.post(reverse("exchange_rates:add"), {"currency": code, "override": "10"})

    assert response.status_code == 200
    assert "Hãy chọn một trong các loại tiền" in str(response.context["form"].errors["currency"])
    assert not ExchangeRate.objects.exists()


def test_editors_cannot_reach_it(client, usd):
    editor = get_user_model().objects.create_user("editor", "e@example.test", "x")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)

    response = client.get(reverse("exchange_rates:edit", args=[usd.pk]))

    assert response.status_code in (302, 403)
    assert client.post(
        reverse("exchange_rates:edit", args=[usd.pk]), {"currency": "USD", "override": "1"}
    ).status_code in (302, 403)
    usd.refresh_from_db()
    assert usd.override is None
