"""Redis stops while buyers shop, and comes back: pages are served all along (uncached), the
cart and the order placed meanwhile are kept (sessions are written through to PostgreSQL),
and once Redis is back the site stores pages again, with no server error at any point."""

import pytest

from catalog.models import ProductVariant
from orders.models import Order
from tests.scaleout.stack import Browser, add_scarf_for_sale, place_cash_order, running_stack
from tests.servers import redis_server, stop

pytestmark = [
    pytest.mark.postgres_only,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PRODUCT = "/vi/cua-hang/htx-det/khan/"


@pytest.fixture(scope="module")
def stack(django_db_setup, django_db_blocker, tmp_path_factory):
    with running_stack(django_db_blocker, tmp_path_factory, REDIS_RETRY_SECONDS="0.2") as stack:
        yield stack


@pytest.fixture
def scarf(homes):
    return add_scarf_for_sale(homes, stock=5)


def stop_redis(stack):
    stop(stack["redis_process"])


def start_redis_again(stack):
    port = int(stack["redis"].rsplit(":", 1)[1].split("/")[0])
    _url, stack["redis_process"] = redis_server(port=port)


def test_shopping_goes_on_while_redis_is_away_and_after_it_returns(stack, scarf):
    [site] = stack["urls"]
    buyer = Browser()
    responses = [buyer.request("GET", site + PRODUCT)]
    add = f"{site}/vi/products/{scarf.pk}/add-to-cart/"
    responses.append(buyer.request("POST", add, data={"sku": "KKT-01", "quantity": "1"}))

    stop_redis(stack)
    responses += [buyer.request("GET", site + path) for path in (PRODUCT, PRODUCT, "/vi/")]
    responses.append(buyer.request("POST", add, data={"sku": "KKT-01", "quantity": "1"}))
    cart = buyer.request("GET", site + "/vi/cart/")
    ordered = place_cash_order(buyer, site)

    start_redis_again(stack)
    visitor = Browser()
    after = [visitor.request("GET", site + PRODUCT) for _ in range(4)]

    assert [r.status_code for r in responses] == [200, 302, 200, 200, 200, 302]
    assert all("Khăn thổ cẩm" in r.text for r in responses[2:4])
    assert 'value="2"' in cart.text  # both additions, one of them made without Redis
    assert ordered.status_code == 302, ordered.text
    order = Order.objects.get()
    assert order.phone == "+84912345678" and order.lines.get().quantity == 2
    assert ProductVariant.objects.get(sku="KKT-01").stock == 3
    assert [r.status_code for r in after] == [200] * 4
    assert after[-1].headers["X-Page-Cache"] == "hit"
