"""Which client a request counts as for the rate limits: the visitor nginx names in
X-Real-IP when the request came through a proxy we run, its own address otherwise, with an
IPv6 subscriber's whole /64 counted as one client."""

import pytest
from django.test import RequestFactory

from craftsite.ratelimit import client_bucket

requests = RequestFactory()


def bucket(**meta):
    return client_bucket(requests.get("/", **meta))


def test_through_gunicorns_unix_socket_the_visitor_is_the_one_nginx_names():
    assert bucket(REMOTE_ADDR="", HTTP_X_REAL_IP="203.0.113.7") == "203.0.113.7"
    assert bucket(REMOTE_ADDR="", HTTP_X_REAL_IP="203.0.113.8") == "203.0.113.8"


def test_a_proxy_on_this_host_is_believed(settings):
    settings.TRUSTED_PROXIES = ["127.0.0.1", "::1"]

    assert bucket(REMOTE_ADDR="127.0.0.1", HTTP_X_REAL_IP="203.0.113.7") == "203.0.113.7"


def test_a_visitor_naming_another_address_is_not_believed():
    assert bucket(REMOTE_ADDR="198.51.100.4", HTTP_X_REAL_IP="203.0.113.7") == "198.51.100.4"


@pytest.mark.parametrize("named", ["", "not-an-address", "203.0.113.7, 10.0.0.1", "<script>"])
def test_a_missing_or_malformed_header_falls_back_to_the_connection(named):
    assert bucket(REMOTE_ADDR="198.51.100.4", HTTP_X_REAL_IP=named) == "198.51.100.4"
    assert bucket(REMOTE_ADDR="", HTTP_X_REAL_IP=named) == "unknown"


def test_one_ipv6_subscriber_is_one_client_whatever_address_it_picks():
    first = bucket(REMOTE_ADDR="", HTTP_X_REAL_IP="2001:db8:1:2::1")
    other_address = bucket(REMOTE_ADDR="", HTTP_X_REAL_IP="2001:db8:1:2:ffff:1234:5678:9abc")
    neighbour = bucket(REMOTE_ADDR="", HTTP_X_REAL_IP="2001:db8:1:3::1")

    assert first == other_address == "2001:db8:1:2::/64"
    assert neighbour != first


def test_an_ipv4_address_written_as_ipv6_is_that_ipv4_client():
    assert bucket(REMOTE_ADDR="", HTTP_X_REAL_IP="::ffff:203.0.113.7") == "203.0.113.7"
