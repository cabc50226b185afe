"""`bench.backoffice_session` signs a cooperative's staff member in for `make bench` to weigh
the back office's screens: the cookie it prints opens them."""

import json

import pytest
from django.test import Client

from bench.backoffice_session import main
from tests.factories.catalog import add_cooperative, add_shop

pytestmark = pytest.mark.django_db


def test_the_printed_session_opens_the_back_office_of_the_first_cooperative(homes, capsys):
    add_cooperative(add_shop(homes["vi"]), "HTX Dệt Kon Kơ Tu", slug="htx-konkotu")

    main("http://127.0.0.1:8000")
    main("http://127.0.0.1:8000")  # the benchmark's database is used again and again

    cookie = json.loads(capsys.readouterr().out.splitlines()[-1])[0]
    client = Client()
    client.cookies[cookie["name"]] = cookie["value"]
    response = client.get("/htx/")
    assert response.status_code == 200
    assert "HTX Dệt Kon Kơ Tu" in response.content.decode()
