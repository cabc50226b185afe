"""Many buyers at once for the last items: exactly as many orders as items, and stock never
below zero. Needs PostgreSQL: SQLite serialises writers, so it cannot show the race."""

import threading

import pytest
from django.db import connection, connections

from catalog.cart import Cart, cart_contents
from catalog.models import Order, ProductVariant, ShippingRate, ShippingZone
from catalog.payments import METHODS
from catalog.services import DuplicateCheckout, OutOfStock, place_order
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


def test_a_form_sent_twice_at_the_same_moment_makes_one_order(homes):
    """A double click sends the same checkout form twice at once: the second request waits
    on the first's order number, then finds the order instead of making another."""
    cooperative = add_cooperative(add_shop(homes["vi"]), "HTX Dệt", slug="htx-det")
    add_product(cooperative, "Khăn", price=350_000, stock=5, sku="KHAN-01")
    zone = ShippingZone(name="Các tỉnh khác")
    zone.rates = [ShippingRate(up_to_grams=5_000, fee=30_000)]
    zone.save()
    locale = homes["vi"].locale
    barrier = threading.Barrier(2)
    outcomes = []
    contact = {
        "name": "Khách",
        "phone": "0912000000",
        "email": "khach@example.test",
        "province": "Thành phố Hà Nội",
        "commune": "Phường Ba Đình",
        "street": "12 Phan Đình Phùng",
    }

    def submit():
        try:
            contents = cart_contents(Cart(FakeSession(cart={"KHAN-01": 2})), locale)
            barrier.wait()
            order = place_order(contents, zone, contact, METHODS["cod"], "vi", "same-form")
            outcomes.append(("placed", order.code))
        except DuplicateCheckout as duplicate:
            outcomes.append(("found", duplicate.order.code))
        except Exception as error:  # anything else is a failure of the test
            outcomes.append((repr(error), ""))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=submit) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    order = Order.objects.get()
    assert sorted(outcomes) == [("found", order.code), ("placed", order.code)]
    assert ProductVariant.objects.get(sku="KHAN-01").stock == 3
