"""Two app servers behind one load balancer share one PostgreSQL and one Redis: a cart filled
on one is there on the other, and a price changed through one is shown by the other at once,
even though the other had the page in its cache."""

import subprocess
import sys

import pytest
import requests
from redis import Redis

from tests.factories.catalog import add_cooperative, add_product, add_shop
from tests.scaleout.stack import PROXY_HEADERS, Browser, running_stack
from tests.servers import PROJECT

pytestmark = [
    pytest.mark.postgres_only,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture(scope="module")
def stack(django_db_setup, django_db_blocker, tmp_path_factory):
    """Redis and two gunicorn servers with production settings on the test database, started
    once for the module; each test starts with an empty Redis."""
    with running_stack(django_db_blocker, tmp_path_factory, servers=2) as stack:
        yield stack


@pytest.fixture(autouse=True)
def empty_redis(stack):
    Redis.from_url(stack["redis"]).flushall()


@pytest.fixture
def scarf(homes):
    cooperative = add_cooperative(add_shop(homes["vi"]), "HTX Dệt", slug="htx-det")
    return add_product(
        cooperative, "Khăn thổ cẩm", price=350_000, stock=5, sku="KKT-01", slug="khan"
    )


def test_a_cart_filled_on_one_server_is_on_the_other(stack, scarf):
    first, second = stack["urls"]
    buyer = Browser()
    product = buyer.request("GET", f"{first}/vi/cua-hang/htx-det/khan/")
    assert product.status_code == 200
    added = buyer.request(  # the product page's form: no token, the browser's Origin header
        "POST",
        f"{first}/vi/products/{scarf.pk}/add-to-cart/",
        data={"sku": "KKT-01", "quantity": "2"},
    )
    assert added.status_code == 302

    cart = buyer.request("GET", f"{second}/vi/cart/")
    assert cart.status_code == 200
    assert "Khăn thổ cẩm" in cart.text
    assert 'value="2"' in cart.text


def test_a_price_changed_through_one_server_is_shown_by_the_other(stack, scarf):
    first, second = stack["urls"]
    visitor = Browser()
    # The first visits also create the site's settings rows, which purges every page.
    for _ in range(3):
        cached = requests.get(f"{second}/vi/cua-hang/htx-det/khan/", headers=PROXY_HEADERS)
    assert cached.headers["X-Page-Cache"] == "hit"
    assert "350.000" in cached.text

    change_price_on_a_server(stack["env"], "KKT-01", 380_000)

    fresh = visitor.request("GET", f"{second}/vi/cua-hang/htx-det/khan/")
    assert fresh.headers["X-Page-Cache"] == "miss"
    assert "380.000" in fresh.text
    assert "350.000" not in fresh.text


def change_price_on_a_server(env, sku, price):
    """Change a price as the admin does (saving the variant), in a process of its own with
    the servers' settings: its purge reaches the others only through the shared Redis."""
    code = (
        "from django.db import transaction\n"
        "from catalog.models import ProductVariant\n"
        "with transaction.atomic():\n"
        f"    variant = ProductVariant.objects.get(sku={sku!r})\n"
        f"    variant.price = {price}\n"
        "    variant.save()\n"
    )
    subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=PROJECT,
        env=env,
        check=True,
        timeout=120,
    )
