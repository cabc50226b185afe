"""PostgreSQL restarts under a running app server. Meanwhile visitors get the 503 page in their
language at once (a page already in the page cache is still served), and a Stripe webhook gets
a 5xx, so Stripe sends it again. Once PostgreSQL is back the same gunicorn, never restarted,
serves pages again within seconds, and Stripe's next delivery pays the order, once.

The test has a PostgreSQL cluster of its own, since it stops it: the suite's cluster is shared
by the tests running beside it."""

import time

import pytest
import requests

from bench.cluster import DATABASE
from tests.fakes.stripe_events import new_event, signed_event
from tests.scaleout.stack import PROXY_HEADERS, Browser, running_stack
from tests.servers import manage, private_postgres

pytestmark = pytest.mark.postgres_only

WEBHOOK_SECRET = "whsec_test_restart"
CODE = "LN-261129-7KQ4"
SESSION = "cs_test_restart"
TOTAL = 730_000
WEBHOOK = "/payments/stripe/webhook/"
# Pages nobody visits before PostgreSQL stops, so the page cache has no copy of them.
UNSTORED = {
    "/vi/gioi-thieu/": "Trang web tạm gián đoạn trong lúc kết nối lại với dữ liệu.",
    "/en/about/": "The site is briefly unavailable while it reconnects to its data.",
}
# What the site holds when the test starts: its home and about pages in both languages, and a
# card order waiting for its payment (made as the webhook tests make theirs).
SEED = f"""
from datetime import timedelta

from django.utils import timezone

from orders.models import Order
from tests.factories.orders import BUYER
from tests.factories.pages import add_homes, add_standard_page, add_translation
from tests.factories.payments import card_attempt

homes = add_homes()
about = add_standard_page(homes["vi"], "Giới thiệu", "gioi-thieu")
add_translation(about, homes["en"], "About", "about")
order = Order.objects.create(
    code="{CODE}",
    language="en",
    **BUYER,
    payment_method=Order.Payment.CARD,
    status=Order.Status.AWAITING_PAYMENT,
    goods_total=700_000,
    delivery_total=30_000,
    pay_by=timezone.now() + timedelta(hours=2),
)
card_attempt(order, "{SESSION}")
"""


@pytest.fixture
def site(django_db_blocker, tmp_path_factory):
    """gunicorn with production settings on a PostgreSQL of the test's own, migrated and
    filled by manage.py as an operator would; yields (the site's address, the cluster)."""
    with (
        private_postgres() as cluster,
        running_stack(
            django_db_blocker,
            tmp_path_factory,
            database=cluster.url,
            STRIPE_SECRET_KEY="sk_test_restart",
            STRIPE_WEBHOOK_SECRET=WEBHOOK_SECRET,
        ) as stack,
    ):
        manage(stack["env"], "migrate", "-v0")
        manage(stack["env"], "shell", "-c", SEED)
        yield stack["urls"][0], cluster


def timed(visitor, url):
    started = time.monotonic()
    response = visitor.request("GET", url)
    return response, time.monotonic() - started


def store_in_page_cache(visitor, url):
    """Visit the page until the page cache serves it."""
    for _ in range(5):
        response = visitor.request("GET", url)
        assert response.status_code == 200
        if response.headers.get("X-Page-Cache") == "hit":
            return
    raise AssertionError(f"{url} never came from the page cache")


def paid_event(order_id):
    """Stripe's event for the order's session, paid by card."""
    return new_event(
        "checkout.session.completed",
        {
            "id": SESSION,
            "object": "checkout.session",
            "status": "complete",
            "payment_status": "paid",
            "amount_total": TOTAL,
            "currency": "vnd",
            "client_reference_id": CODE,
            "metadata": {"order_id": order_id, "order_code": CODE},
            "payment_intent": "pi_test_restart",
        },
    )


def deliver(site, event):
    """Stripe delivers `event` again, signed anew as each of its deliveries is."""
    body, signature = signed_event(event, WEBHOOK_SECRET)
    headers = {**PROXY_HEADERS, "Content-Type": "application/json", "Stripe-Signature": signature}
    return requests.post(site + WEBHOOK, data=body, headers=headers, timeout=30)


def until_served(visitor, url, seconds):
    """How long until the page is served (200) again."""
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        if visitor.request("GET", url).status_code == 200:
            return time.monotonic() - started
        time.sleep(0.2)
    raise AssertionError(f"{url} not served {seconds} s after PostgreSQL started again")


def order_state(cluster):
    """The order's status and payment, how often it was paid, and the Stripe events kept."""
    return cluster.psql(
        "SELECT o.status, o.payment_status,"
        " (SELECT count(*) FROM orders_orderevent e WHERE e.order_id = o.id AND e.action = 'paid'),"
        " (SELECT count(*) FROM payments_stripeevent)"
        f" FROM orders_order o WHERE o.code = '{CODE}'",
        database=DATABASE,
    )


def test_a_postgresql_restart_is_a_brief_503_and_a_webhook_sent_meanwhile_pays_once(site):
    url, cluster = site
    visitor = Browser()
    assert visitor.request("GET", url + "/en/").status_code == 200
    store_in_page_cache(visitor, url + "/vi/")
    order_id = cluster.psql(f"SELECT id FROM orders_order WHERE code = '{CODE}'", database=DATABASE)
    event = paid_event(order_id)

    port = cluster.port
    cluster.stop()
    during = {path: timed(visitor, url + path) for path in UNSTORED}
    stored = visitor.request("GET", url + "/vi/")
    webhook_during = deliver(url, event)
    cluster.start(fast_writes=True, port=port)

    recovered_after = until_served(visitor, url + "/vi/gioi-thieu/", seconds=10)
    after = [visitor.request("GET", url + path).status_code for path in [*UNSTORED] * 2]
    webhook_after = deliver(url, event)
    paid = order_state(cluster)
    webhook_again = deliver(url, event)

    for path, (response, seconds) in during.items():
        assert response.status_code == 503, path
        assert UNSTORED[path] in response.text
        assert response.headers["Retry-After"] == "30"
        assert seconds < 5, f"{path} took {seconds:.1f} s"
    assert stored.status_code == 200 and stored.headers["X-Page-Cache"] == "hit"
    assert webhook_during.status_code == 503
    assert recovered_after < 5
    assert after == [200] * 4
    assert webhook_after.status_code == 200
    assert paid == "confirmed|paid|1|1"
    assert webhook_again.status_code == 200
    assert order_state(cluster) == "confirmed|paid|1|1"
