"""The production cache backend against a real redis-server: Django's behaviour, with one
client per connection pool."""

import pytest

from craftsite.redis_cache import ReusedClientRedisCache
from tests.servers import redis_server, stop


@pytest.fixture(scope="module")
def redis_cache():
    url, process = redis_server()
    yield ReusedClientRedisCache(url, {"KEY_PREFIX": "test"})
    stop(process)


def test_values_go_through_redis_with_one_client(redis_cache):
    redis_cache.set("price", 350_000)
    assert redis_cache.add("price", 1) is False
    assert redis_cache.get_many(["price", "missing"]) == {"price": 350_000}
    client = redis_cache._cache.get_client(write=True)
    assert redis_cache._cache.get_client(write=True) is client
    assert client.get(redis_cache.make_and_validate_key("price")) is not None


def test_a_new_backend_sees_what_another_wrote(redis_cache):
    redis_cache.set("cart-purge", "v2")
    other = ReusedClientRedisCache(redis_cache._servers[0], {"KEY_PREFIX": "test"})
    assert other.get("cart-purge") == "v2"
