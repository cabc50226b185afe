"""App servers as production runs them, on the test database and one Redis, and a visitor
who talks to them through the load balancer's headers."""

import re

import requests
from django.conf import settings
from django.db import connection

from tests.servers import collect_static, database_url, gunicorn, production_env, redis_server

HA_NOI, BA_DINH = 1, 4  # a province and one of its communes, from the address data
CHECKOUT = "/vi/cart/checkout/"

# The load balancer terminates TLS and says so; every request names the public host.
PROXY_HEADERS = {"Host": "langnghe.example", "X-Forwarded-Proto": "https"}


def start_stack(django_db_blocker, tmp_path_factory, servers=1, workers=1, database=None, **env):
    """Redis and `servers` gunicorn servers of `workers` workers each, with production
    settings on the test database, or on the one at the URL `database`; returns {"env",
    "redis", "redis_process", "urls", "processes"}."""
    redis_url, redis = redis_server()
    if database is None:
        with django_db_blocker.unblock():
            database = database_url(connection.settings_dict)
    environment = production_env(
        database,
        redis_url,
        static_root=tmp_path_factory.mktemp("static"),
        DJANGO_MEDIA_ROOT=str(settings.MEDIA_ROOT),
        **env,
    )
    collect_static(environment)
    started = [gunicorn(environment, workers=workers) for _ in range(servers)]
    return {
        "env": environment,
        "redis": redis_url,
        "redis_process": redis,
        "urls": [url for url, _process in started],
        "processes": [process for _url, process in started],
    }


class Browser:
    """One visitor's cookies, sent to whichever server the load balancer picks. (Cookies are
    Secure in production; the test speaks plain HTTP to the servers, as the proxy does.)"""

    def __init__(self, address="203.0.113.1"):
        self.cookies = {}
        self.address = address  # the visitor's address, as nginx names it in X-Real-IP

    def request(self, method, url, **kwargs):
        response = requests.request(
            method,
            url,
            headers={
                **PROXY_HEADERS,
                "Origin": "https://langnghe.example",
                "X-Real-IP": self.address,
            },
            cookies=self.cookies,
            allow_redirects=False,
            timeout=30,
            **kwargs,
        )
        self.cookies.update(response.cookies.get_dict())
        return response


def place_cash_order(buyer, site, **answers):
    """Fill in the checkout form as a buyer paying cash on delivery would, and send it; the
    checkout page's own answer when it does not show the form (an emptied cart)."""
    page = buyer.request("GET", site + CHECKOUT)
    if page.status_code != 200:
        return page
    fields = dict(
        re.findall(r'name="(csrfmiddlewaretoken|checkout_key)" value="([^"]+)"', page.text)
    )
    return buyer.request(
        "POST",
        site + CHECKOUT,
        data={
            **fields,
            "name": "Nguyễn Thị Lan",
            "phone": "0912345678",
            "email": "lan@example.test",
            "province": HA_NOI,
            "commune": BA_DINH,
            "street": "12 Phan Đình Phùng",
            "payment_method": "cod",
            "consent": "on",
            **answers,
        },
    )
