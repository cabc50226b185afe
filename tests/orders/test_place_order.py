"""Placing an order: stock reserved in the same transaction, a snapshot of what was bought,
one fulfilment per cooperative, and nothing at all when an item ran out."""

import datetime

import pytest

from catalog.models import ProductPage, ProductVariant
from checkout.cart import Cart, cart_contents
from orders.models import Order, ShippingRate, ShippingZone
from orders.services import OutOfStock, order_code, place_order
from payments.methods import METHODS
from tests.factories.catalog import add_cooperative, add_product, add_shop
from tests.factories.orders import BUYER
from tests.factories.pages import add_translation

pytestmark = pytest.mark.django_db


@pytest.fixture
def shop(homes):
    shop = add_shop(homes["vi"])
    weavers = add_cooperative(shop, "HTX Dệt", slug="htx-det")
    baskets = add_cooperative(shop, "Tổ Đan", slug="to-dan")
    add_product(weavers, "Khăn", price=350_000, stock=3, sku="KHAN-01", weight_grams=300)
    add_product(baskets, "Gùi", price=500_000, stock=1, sku="GUI-01", weight_grams=1_500)
    zone = ShippingZone(name="Các tỉnh khác", free_above=None)
    zone.rates = [
        ShippingRate(up_to_grams=1_000, fee=30_000),
        ShippingRate(up_to_grams=2_000, fee=45_000),
    ]
    zone.save()
    return {"zone": zone, "locale": homes["vi"].locale}


def contents_of(client, shop, **lines):
    session = client.session
    session["cart"] = lines
    session.save()
    return cart_contents(Cart(client.session), shop["locale"])


def test_an_order_snapshots_lines_reserves_stock_and_splits_by_cooperative(client, shop):
    contents = contents_of(client, shop, **{"KHAN-01": 2, "GUI-01": 1})

    order = place_order(contents, shop["zone"], BUYER, METHODS["cod"], "vi")

    assert (order.goods_total, order.delivery_total, order.total) == (1_200_000, 75_000, 1_275_000)
    assert order.status == Order.Status.CONFIRMED
    assert order.payment_status == Order.PaymentStatus.UNPAID
    assert sorted(
        (f.cooperative.title, f.delivery_fee, [line.sku for line in f.lines.all()])
        for f in order.fulfilments.all()
    ) == [("HTX Dệt", 30_000, ["KHAN-01"]), ("Tổ Đan", 45_000, ["GUI-01"])]
    assert dict(ProductVariant.objects.values_list("sku", "stock")) == {"KHAN-01": 1, "GUI-01": 0}
    assert [event.action for event in order.events.all()] == ["placed"]

    ProductVariant.objects.filter(sku="KHAN-01").update(price=999_000)
    line = order.lines.get(sku="KHAN-01")
    assert (line.product_title, line.unit_price, line.quantity) == ("Khăn", 350_000, 2)


def test_a_line_records_the_product_and_the_share_declared_on_its_vietnamese_page(
    client, shop, homes
):
    """A buyer reading the English page buys the one product whose share the cooperative
    declares in Vietnamese, even when the English copy has not caught up with it yet."""
    scarf = ProductPage.objects.get(title="Khăn")
    weavers = scarf.get_parent().specific
    shop_en = add_translation(weavers.get_parent().specific, homes["en"], "Shop", "shop")
    weavers_en = add_translation(
        weavers, shop_en, "Weavers", "weavers", legal_name="HTX Dệt", kind="cooperative"
    )
    add_translation(
        scarf, weavers_en, "Scarf", "scarf", description="<p>Handmade.</p>", maker_share_percent=50
    )
    ProductPage.objects.filter(pk=scarf.pk).update(maker_share_percent=70)
    session = client.session
    session["cart"] = {"KHAN-01": 1}
    session.save()
    contents = cart_contents(Cart(client.session), homes["en"].locale)

    order = place_order(contents, shop["zone"], BUYER, METHODS["cod"], "en")

    line = order.lines.get()
    assert (line.product_title, line.product, line.makers_share_percent) == ("Scarf", scarf, 70)


def test_card_and_transfer_orders_wait_for_payment(client, shop):
    contents = contents_of(client, shop, **{"KHAN-01": 1})

    order = place_order(contents, shop["zone"], BUYER, METHODS["vietqr"], "en")

    assert order.status == Order.Status.AWAITING_PAYMENT
    assert order.language == "en"
    assert len(order.token) >= 32


def test_nothing_is_taken_when_an_item_ran_out_meanwhile(client, shop):
    contents = contents_of(client, shop, **{"KHAN-01": 2, "GUI-01": 1})
    ProductVariant.objects.filter(sku="GUI-01").update(stock=0)  # someone else bought it

    with pytest.raises(OutOfStock) as error:
        place_order(contents, shop["zone"], BUYER, METHODS["cod"], "vi")

    assert error.value.skus == ["GUI-01"]
    assert not Order.objects.exists()
    assert ProductVariant.objects.get(sku="KHAN-01").stock == 3


def test_order_codes_are_readable_and_unambiguous():
    code = order_code(datetime.date(2026, 11, 29))

    assert code.startswith("LN-261129-")
    assert not set(code[-4:]) & set("01IO")
