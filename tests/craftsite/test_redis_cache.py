"""The production cache backend against a real redis-server: Django's behaviour, with one
client per connection pool, and a site that goes on when Redis stops and comes back."""

import pytest

from craftsite import redis_cache as backend
from craftsite.redis_cache import ResilientRedisCache
from tests.servers import redis_server, stop


@pytest.fixture
def redis(monkeypatch):
    """A redis-server of its own, with a cache on it that retries at once after a failure
    (production waits REDIS_RETRY_SECONDS)."""
    monkeypatch.setattr(backend, "RETRY_SECONDS", 0)
    url, process = redis_server()
    server = {"url": url, "process": process}
    yield server
    stop(server["process"])


def restart(server):
    """Start redis-server again on the same port, empty, as after a crash."""
    _url, server["process"] = redis_server(port=int(server["url"].rsplit(":", 1)[1].split("/")[0]))


def cache_on(server):
    return ResilientRedisCache(server["url"], {"KEY_PREFIX": "test"})


def test_values_go_through_redis_with_one_client(redis):
    cache = cache_on(redis)
    cache.set("price", 350_000)
    assert cache.add("price", 1) is False
    assert cache.get_many(["price", "missing"]) == {"price": 350_000}
    client = cache._cache.get_client(write=True)
    assert cache._cache.get_client(write=True) is client
    assert client.get(cache.make_and_validate_key("price")) is not None


def test_a_new_backend_sees_what_another_wrote(redis):
    cache_on(redis).set("cart-purge", "v2")
    assert cache_on(redis).get("cart-purge") == "v2"


def test_without_redis_every_call_answers_as_a_miss(redis):
    cache = cache_on(redis)
    cache.set("page", "stored")
    stop(redis["process"])

    assert cache.get("page") is None
    assert cache.get("page", "default") == "default"
    assert cache.get_many(["page"]) == {}
    assert cache.add("counter", 1) is False
    assert cache.set("page", "new") is None
    assert cache.delete("page") is False
    assert cache.has_key("page") is False
    with pytest.raises(ValueError):
        cache.incr("counter")


def test_after_an_outage_the_copies_made_before_it_are_forgotten(redis):
    """Had Redis only been out of reach, it would still hold a cart or a page older than
    what was written to the database meanwhile."""
    cache = cache_on(redis)
    cache.set("session:abc", {"cart": {"KKT-01": 1}})
    before = cache_on(redis)  # another process, that saw no outage, wrote this
    stop(redis["process"])
    assert cache.get("session:abc") is None  # this process sees Redis go away
    restart(redis)
    before.set("session:abc", {"cart": {"KKT-01": 1}})  # as if it had survived

    assert cache.get("session:abc") is None
    cache.set("session:abc", {"cart": {"KKT-01": 2}})
    assert before.get("session:abc") == {"cart": {"KKT-01": 2}}


def test_after_an_outage_other_sites_keys_in_the_same_redis_stay(redis):
    cache = cache_on(redis)
    neighbour = ResilientRedisCache(redis["url"], {"KEY_PREFIX": "other-site"})
    stop(redis["process"])
    cache.get("page")
    restart(redis)
    neighbour.set("page", "theirs")
    cache.set("page", "ours")  # Redis answers: this process forgets the site's keys first

    assert cache.get("page") == "ours"
    assert neighbour.get("page") == "theirs"
