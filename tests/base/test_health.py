"""The health endpoint the load balancer asks: healthy only when the database and the cache
both answer."""

import pytest

pytestmark = pytest.mark.django_db


def test_a_healthy_server_says_so(client):
    response = client.get("/health/")

    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_a_server_whose_cache_is_unreachable_is_taken_out_of_rotation(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",  # the discard port: nothing answers there
        }
    }

    response = client.get("/health/")

    assert response.status_code == 503
    assert response.json() == {"database": "ok", "cache": "failing"}
