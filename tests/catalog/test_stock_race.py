"""Many buyers at once for the last items: exactly as many orders as items, and stock never
below zero. Needs PostgreSQL: SQLite serialises writers, so it cannot show the race."""

import threading

import pytest
from django.db import connection, connections

from catalog.cart import Cart, cart_contents
from catalog.models import Order, ProductVariant, ShippingRate, ShippingZone
from catalog.payments import METHODS
from catalog.services import OutOfStock, place_order
from tests.factories.catalog import add_cooperative, add_product, add_shop

pytestmark = [
    pytest.mark.postgres_only,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

BUYERS = 10
IN_STOCK = 3


@pytest.fixture(autouse=True)
def postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL row locking")


class FakeSession(dict):
    """A session of one buyer's own, without the session store's round trips."""


def test_many_buyers_for_the_last_items(homes):
    cooperative = add_cooperative(add_shop(homes["vi"]), "HTX Dệt", slug="htx-det")
    add_product(cooperative, "Khăn", price=350_000, stock=IN_STOCK, sku="KHAN-01")
    zone = ShippingZone(name="Các tỉnh khác")
    zone.rates = [ShippingRate(up_to_grams=5_000, fee=30_000)]
    zone.save()
    locale = homes["vi"].locale
    barrier = threading.Barrier(BUYERS)
    outcomes = []

    def buy(n):
        try:
            contents = cart_contents(Cart(FakeSession(cart={"KHAN-01": 1})), locale)
            barrier.wait()
            contact = {
                "name": f"Khách {n}",
                "phone": f"09120000{n:02d}",
                "email": f"khach{n}@example.test",
                "province": "Thành phố Hà Nội",
                "commune": "Phường Ba Đình",
                "street": "12 Phan Đình Phùng",
            }
            place_order(contents, zone, contact, METHODS["cod"], "vi")
            outcomes.append("ordered")
        except OutOfStock:
            outcomes.append("out of stock")
        except Exception as error:  # anything else is a failure of the test
            outcomes.append(repr(error))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=buy, args=(n,)) for n in range(BUYERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(outcomes) == ["ordered"] * IN_STOCK + ["out of stock"] * (BUYERS - IN_STOCK)
    assert Order.objects.count() == IN_STOCK
    assert ProductVariant.objects.get(sku="KHAN-01").stock == 0
