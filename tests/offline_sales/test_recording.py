"""Cooperative staff record a sale made outside the site from the admin: item by item, with
the makers' share each product declares, or as one amount. Mistakes and hostile input are
refused with a message saying what to fix, and nothing is saved."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from craftsite.periods import local_day
from offline_sales.models import OfflineSale
from tests.factories.offline_sales import record_amount
from tests.html import soup
from tests.offline_sales.conftest import sale_form

pytestmark = pytest.mark.django_db

ADD = reverse("offline_sales:add")


def errors(response):
    """The error messages of the form, as the user reads them."""
    page = soup(response)
    return " ".join(
        element.get_text(" ", strip=True)
        for element in page.select(".error-message, .help-critical, .w-field__errors")
    )


def test_staff_record_items_with_the_shares_their_products_declare(client, shop):
    client.force_login(shop["weaver"])
    form = sale_form(
        shop["weavers"],
        lines=[
            {"product": shop["scarf"], "quantity": 2, "unit_price": 350_000},
            {"product": shop["skirt"], "quantity": 1, "unit_price": 1_200_000},
            {
                "description": "Túi nhỏ",
                "quantity": 3,
                "unit_price": 99_999,
                "makers_share_percent": 50,
            },
        ],
        place="Hội chợ OCOP Quảng Ngãi 2026",
    )

    response = client.post(ADD, form)

    assert response.status_code == 302, errors(response)
    sale = OfflineSale.objects.get()
    assert sale.cooperative == shop["weavers"]
    assert sale.place == "Hội chợ OCOP Quảng Ngãi 2026"
    assert sale.recorded_by == shop["weaver"]
    assert [line.makers_share_percent for line in sale.lines.order_by("sort_order")] == [70, 75, 50]
    assert sale.revenue == 700_000 + 1_200_000 + 299_997
    # Each line rounded down: 490.000 + 900.000 + 149.998 (not 149.998,5).
    assert sale.makers_share == 490_000 + 900_000 + 149_998


def test_staff_record_one_amount_with_the_makers_share_they_give(client, shop):
    client.force_login(shop["weaver"])
    form = sale_form(
        shop["weavers"],
        channel="consignment",
        amount="12500000",
        description="Khăn và túi, gửi bán tháng 1",
        makers_share_percent="65",
    )

    assert client.post(ADD, form).status_code == 302
    sale = OfflineSale.objects.get()
    assert (sale.channel, sale.revenue, sale.makers_share) == ("consignment", 12_500_000, 8_125_000)
    assert sale.description == "Khăn và túi, gửi bán tháng 1"


def test_the_cooperative_is_chosen_already_for_staff_of_one(client, shop):
    client.force_login(shop["weaver"])
    page = soup(client.get(ADD))
    options = page.select("select[name=cooperative] option")
    assert [(option.get_text(), option.has_attr("selected")) for option in options] == [
        ("HTX Dệt", True)
    ]
    products = [option.get_text() for option in page.select("select option") if option.get_text()]
    assert "Gùi mây" not in products  # another cooperative's


AMOUNT = {"amount": "1000000", "makers_share_percent": "60"}


@pytest.mark.parametrize(
    ("fields", "lines", "message"),
    [
        ({"amount": "-5", "makers_share_percent": "60"}, [], "greater than zero"),
        ({"amount": "0", "makers_share_percent": "60"}, [], "greater than zero"),
        ({"amount": "10000000001", "makers_share_percent": "60"}, [], "10 billion"),
        ({"amount": "9" * 40, "makers_share_percent": "60"}, [], "10 billion"),
        ({"amount": "1.000.000", "makers_share_percent": "60"}, [], "whole number"),
        ({}, [], "Add the items sold, or enter the amount"),
        ({"amount": "1000000"}, [], "goes to the makers"),
        ({**AMOUNT, "makers_share_percent": "101"}, [], "from 0 to 100 percent"),
        (AMOUNT, [{"description": "Khăn", "unit_price": 1}], "not both"),
        ({**AMOUNT, "sold_on": "1999-12-31"}, [], "from 2000"),
        ({**AMOUNT, "sold_on": "9999-12-31"}, [], "future"),
        ({**AMOUNT, "sold_on": "hôm qua"}, [], "valid date"),
        ({**AMOUNT, "channel": "online"}, [], "valid choice"),
        ({}, [{"quantity": 1, "unit_price": 1000}], "Choose a product or describe the item"),
        ({}, [{"description": "Khăn", "unit_price": 1000}], "makers' share of an item"),
        (
            {},
            [{"description": "Khăn", "quantity": 0, "unit_price": 1, "makers_share_percent": 5}],
            "at least 1",
        ),
        (
            {},
            [{"description": "Khăn", "quantity": -2, "unit_price": 1, "makers_share_percent": 5}],
            "at least 1",
        ),
        (
            {},
            [
                {
                    "description": "Khăn",
                    "quantity": 100_000,
                    "unit_price": 200_000,
                    "makers_share_percent": 5,
                }
            ],
            "10 billion đồng in one sale",
        ),
    ],
)
def test_mistakes_are_refused_with_a_clear_message_and_nothing_saved(
    client, shop, fields, lines, message
):
    client.force_login(shop["manager"])  # reads the admin in English
    response = client.post(ADD, sale_form(shop["weavers"], lines=lines, **fields))

    assert response.status_code == 200
    assert message in errors(response)
    assert not OfflineSale.objects.exists()


def test_messages_are_in_vietnamese_for_staff(client, shop):
    client.force_login(shop["weaver"])
    response = client.post(ADD, sale_form(shop["weavers"]))
    assert "Hãy thêm các món đã bán, hoặc nhập số tiền của lần bán" in errors(response)


def test_today_in_vietnam_is_not_the_future(client, shop):
    client.force_login(shop["weaver"])
    today = local_day(timezone.now())
    response = client.post(ADD, sale_form(shop["weavers"], sold_on=today.isoformat(), **AMOUNT))
    assert response.status_code == 302
    tomorrow = today + datetime.timedelta(days=1)
    response = client.post(ADD, sale_form(shop["weavers"], sold_on=tomorrow.isoformat(), **AMOUNT))
    assert response.status_code == 200
    assert OfflineSale.objects.count() == 1


def test_staff_cannot_sell_another_cooperatives_product_or_for_another_cooperative(client, shop):
    client.force_login(shop["weaver"])
    other_product = sale_form(
        shop["weavers"], lines=[{"product": shop["basket"], "unit_price": 500_000}]
    )
    other_cooperative = sale_form(shop["baskets"], **AMOUNT)

    for form in (other_product, other_cooperative):
        response = client.post(ADD, form)
        assert response.status_code == 200
        assert "valid choice" in errors(response) or "hợp lệ" in errors(response)
    assert not OfflineSale.objects.exists()


def test_a_product_must_belong_to_the_sales_cooperative(client, shop):
    """Site administrators choose among every cooperative's products: the sale's cooperative
    decides which are right."""
    client.force_login(shop["manager"])
    form = sale_form(shop["weavers"], lines=[{"product": shop["basket"], "unit_price": 500_000}])

    response = client.post(ADD, form)

    assert "This product belongs to another cooperative." in errors(response)
    assert not OfflineSale.objects.exists()


def test_html_is_kept_as_text_and_never_run(client, shop):
    client.force_login(shop["weaver"])
    hostile = '<script>alert("x")</script>'
    form = sale_form(shop["weavers"], place=hostile, description=hostile, **AMOUNT)

    assert client.post(ADD, form).status_code == 302
    assert OfflineSale.objects.get().place == hostile
    listing = client.get(reverse("offline_sales:index"))
    assert hostile.encode() not in listing.content
    assert b"&lt;script&gt;" in listing.content


def test_a_second_submission_records_a_second_sale(client, shop):
    """No idempotency: the same form sent twice (a double tap) is two sales, both listed,
    so that staff see it and delete one; the total shows both."""
    client.force_login(shop["weaver"])
    form = sale_form(shop["weavers"], **AMOUNT)

    client.post(ADD, form)
    client.post(ADD, form)

    assert OfflineSale.objects.count() == 2


def test_staff_correct_a_sale_and_its_totals_follow(client, shop):
    sale = record_amount(shop["weavers"], 1_000_000, percent=60)
    client.force_login(shop["weaver"])
    form = sale_form(
        shop["weavers"],
        lines=[{"product": shop["scarf"], "quantity": 3, "unit_price": 300_000}],
        sold_on="2025-03-01",
    )

    response = client.post(reverse("offline_sales:edit", args=[sale.pk]), form)

    assert response.status_code == 302, errors(response)
    sale.refresh_from_db()
    assert (sale.amount, sale.makers_share_percent) == (None, None)
    assert (sale.revenue, sale.makers_share) == (900_000, 630_000)
    assert sale.lines.get().makers_share_percent == 70


def test_one_tap_from_the_cooperatives_home_to_the_form(client, shop):
    client.force_login(shop["weaver"])
    home = soup(client.get(reverse("wagtailadmin_home")))
    buttons = {
        link.select_one(".coop-action__label").get_text(strip=True): link["href"]
        for link in home.select("a.coop-action")
    }
    assert buttons["Ghi một lần bán ngoài trang web"] == ADD
    assert client.get(ADD).status_code == 200
