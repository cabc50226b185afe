"""Guessing an admin password is cut short: after ten attempts from one client, or twenty
failures of one account from any number of clients, the login refuses for a while without
checking the password."""

import pytest

from craftsite.admin_login import ACCOUNT_FAILURES

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"


def test_the_eleventh_attempt_is_refused_even_with_the_right_password(client, django_user_model):
    django_user_model.objects.create_superuser("admin", "admin@example.test", "right-password")
    for _attempt in range(10):
        wrong = client.post(LOGIN, {"username": "admin", "password": "wrong"})
        assert wrong.status_code == 200

    refused = client.post(LOGIN, {"username": "admin", "password": "right-password"})

    assert refused.status_code == 429
    assert "Quá nhiều lần đăng nhập" in refused.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_correct_login_within_the_limit_works(client, django_user_model):
    django_user_model.objects.create_superuser("admin", "admin@example.test", "right-password")

    response = client.post(LOGIN, {"username": "admin", "password": "right-password"})

    assert response.status_code == 302
    assert client.session["_auth_user_id"]


def test_rotating_addresses_does_not_help_guess_one_accounts_password(client, django_user_model):
    """Each guess from a new address (through the trusted proxy) is a new client, but the
    account counts its failures whatever the address."""
    django_user_model.objects.create_superuser("admin", "admin@example.test", "right-password")
    for n in range(ACCOUNT_FAILURES):
        wrong = client.post(
            LOGIN, {"username": "Admin ", "password": "wrong"}, HTTP_X_REAL_IP=f"198.51.100.{n}"
        )
        assert wrong.status_code == 200

    refused = client.post(
        LOGIN,
        {"username": "admin", "password": "right-password"},
        HTTP_X_REAL_IP="203.0.113.99",
    )

    assert refused.status_code == 429
    assert "_auth_user_id" not in client.session


def test_another_account_logs_in_while_one_is_under_attack(client, django_user_model):
    django_user_model.objects.create_superuser("admin", "admin@example.test", "right-password")
    django_user_model.objects.create_user("htx", "htx@example.test", "htx-password")
    for n in range(ACCOUNT_FAILURES + 1):
        client.post(LOGIN, {"username": "admin", "password": "x"}, HTTP_X_REAL_IP=f"198.51.100.{n}")

    response = client.post(
        LOGIN, {"username": "htx", "password": "htx-password"}, HTTP_X_REAL_IP="203.0.113.5"
    )

    assert response.status_code == 302
