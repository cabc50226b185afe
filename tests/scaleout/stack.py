"""App servers as production runs them, on the test database and one Redis, and a visitor
who talks to them through the load balancer's headers."""

import re
from contextlib import contextmanager

import requests
from django.conf import settings
from django.db import connection

from orders.models import ShippingRate, ShippingZone
from tests.factories.catalog import add_cooperative, add_product, add_shop
from tests.servers import (
    collect_static,
    database_url,
    gunicorn,
    production_env,
    redis_server,
    stop,
)

HA_NOI, BA_DINH = 1, 4  # a province and one of its communes, from the address data
CHECKOUT = "/vi/cart/checkout/"

# The load balancer terminates TLS and says so; every request names the public host.
PROXY_HEADERS = {"Host": "langnghe.example", "X-Forwarded-Proto": "https"}


@contextmanager
def running_stack(
    django_db_blocker,
    tmp_path_factory,
    servers=1,
    workers=1,
    database=None,
    unix_socket=None,
    **env,
):
    """Redis and `servers` gunicorn servers of `workers` workers each (one on `unix_socket`,
    if given), with production settings on the test database, or on the one at the URL
    `database`; yields {"env", "redis", "redis_process", "urls" (or the socket's path),
    "processes"} and stops them all afterwards."""
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
    started = [
        gunicorn(environment, workers=workers, unix_socket=unix_socket) for _ in range(servers)
    ]
    stack = {
        "env": environment,
        "redis": redis_url,
        "redis_process": redis,
        "urls": [url for url, _process in started],
        "processes": [process for _url, process in started],
    }
    try:
        yield stack
    finally:
        for process in [*stack["processes"], stack["redis_process"]]:
            stop(process)


def add_scarf_for_sale(homes, stock):
    """A cooperative's scarf (sku KKT-01) with `stock` left, and delivery everywhere."""
    cooperative = add_cooperative(add_shop(homes["vi"]), "HTX Dệt", slug="htx-det")
    zone = ShippingZone(name="Cả nước", name_en="Everywhere", home=False)
    zone.rates = [ShippingRate(up_to_grams=5_000, fee=30_000)]
    zone.save()
    return add_product(
        cooperative, "Khăn thổ cẩm", price=350_000, stock=stock, sku="KKT-01", slug="khan"
    )


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
