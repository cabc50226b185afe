"""Guessing an admin password is cut short: after ten attempts from one client, the login
refuses for a while without checking the password."""

import pytest

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
