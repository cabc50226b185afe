"""A hundred buyers reach for the last ten scarves at once, through two app servers sharing
one PostgreSQL: exactly ten orders are made, the stock ends at nought and never below, and
every other buyer is told, on the checkout page, that the scarf sold out."""

from concurrent.futures import ThreadPoolExecutor
from threading import Barrier

import pytest
from bs4 import BeautifulSoup

from catalog.models import ProductVariant
from orders.models import Order
from tests.scaleout.stack import Browser, add_scarf_for_sale, place_cash_order, running_stack

pytestmark = [
    pytest.mark.postgres_only,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

BUYERS = 100
STOCK = 10


@pytest.fixture(scope="module")
def stack(django_db_setup, django_db_blocker, tmp_path_factory):
    with running_stack(django_db_blocker, tmp_path_factory, servers=2, workers=2) as stack:
        yield stack


@pytest.fixture
def scarf(homes):
    return add_scarf_for_sale(homes, stock=STOCK)


def test_a_hundred_buyers_for_the_last_ten_scarves(stack, scarf):
    servers = stack["urls"]
    buyers = [Browser(address=f"203.0.113.{number}") for number in range(BUYERS)]
    for number, buyer in enumerate(buyers):
        added = buyer.request(
            "POST",
            f"{servers[number % 2]}/vi/products/{scarf.pk}/add-to-cart/",
            data={"sku": "KKT-01", "quantity": "1"},
        )
        assert added.status_code == 302
    at_once = Barrier(20)

    def check_out(number):
        at_once.wait() if number < 20 else None
        return place_cash_order(
            buyers[number],
            servers[number % 2],
            phone=f"09120{number:05d}",
            email=f"buyer{number}@example.test",
            street=f"{number} Phan Đình Phùng",
        )

    with ThreadPoolExecutor(max_workers=20) as pool:
        answers = list(pool.map(check_out, range(BUYERS)))

    ordered = [a for a in answers if a.status_code == 302 and "/orders/" in a.headers["Location"]]
    refused = [a for a in answers if a not in ordered]
    assert len(ordered) == STOCK
    assert Order.objects.count() == STOCK
    assert ProductVariant.objects.get(sku="KKT-01").stock == 0
    assert all(answer.status_code in (200, 302) for answer in refused)
    for number, answer in enumerate(answers):
        if answer in refused:  # the checkout form again, or the cart: with the reason
            page = (
                answer
                if answer.status_code == 200
                else buyers[number].request("GET", servers[number % 2] + answer.headers["Location"])
            )
            told = BeautifulSoup(page.text, "html.parser").select(".message, .form-errors")
            assert any("Khăn thổ cẩm" in message.get_text() for message in told), page.text
