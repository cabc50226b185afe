"""Checkout: the buyer's details, an address from the official list, a payment method, and
an order placed once, at the server's prices, with nothing stored when anything is wrong."""

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from catalog.models import ProductVariant
from checkout import views as order_views
from checkout.cart import SESSION_KEY
from orders.models import Order, ShippingRate, ShippingZone, ShopSettings
from tests.factories.catalog import add_cooperative, add_product, add_shop
from tests.html import soup
from tests.queries import warm_query_count

pytestmark = pytest.mark.django_db

CHECKOUT = "/en/cart/checkout/"
QUANG_NGAI, KON_TUM_WARD = 51, 23293  # Phường Kon Tum, in Quảng Ngãi since 2025
HA_NOI, BA_DINH = 1, 4


@pytest.fixture
def shop(homes):
    shop = add_shop(homes["vi"])
    weavers = add_cooperative(shop, "HTX Dệt", slug="htx-det", email="det@example.test")
    baskets = add_cooperative(shop, "Tổ Đan", slug="to-dan")
    add_product(weavers, "Khăn", price=350_000, stock=3, sku="KHAN-01", weight_grams=300)
    add_product(baskets, "Gùi", price=500_000, stock=2, sku="GUI-01", weight_grams=1_500)
    zones = [("Trong tỉnh", True, (20_000, 30_000)), ("Tỉnh khác", False, (30_000, 45_000))]
    for name, home, fees in zones:
        zone = ShippingZone(name=name, name_en=f"{name} (en)", home=home)
        zone.rates = [
            ShippingRate(up_to_grams=1_000, fee=fees[0]),
            ShippingRate(up_to_grams=2_000, fee=fees[1]),
        ]
        zone.save()


def fill(client, **lines):
    session = client.session
    session[SESSION_KEY] = lines
    session.save()


def checkout_form(client):
    """Open the checkout page and return its form's fields as the browser would send them."""
    page = soup(client.get(CHECKOUT))
    return {"checkout_key": page.select_one("input[name=checkout_key]")["value"]}


def answers(client, **overrides):
    return {
        **checkout_form(client),
        "name": "  Nguyễn   Thị Lan ",
        "phone": "+84 912 345 678",
        "email": "lan@example.test",
        "province": str(HA_NOI),
        "commune": str(BA_DINH),
        "street": "12 Phan Đình Phùng",
        "note": "Gọi trước khi giao",
        "payment_method": "cod",
        "consent": "on",
        **overrides,
    }


def stock():
    return dict(ProductVariant.objects.values_list("sku", "stock"))


def test_an_empty_cart_goes_back_to_the_cart(client, shop):
    response = client.get(CHECKOUT)

    assert response.status_code == 302 and response["Location"] == "/en/cart/"


def test_the_checkout_page_shows_the_order_and_asks_for_consent_unticked(client, shop):
    fill(client, **{"KHAN-01": 2})

    page = soup(client.get(CHECKOUT))

    assert "Khăn" in page.select_one(".summary").get_text()
    assert "700,000 VND" in page.select_one(".summary").get_text()
    assert not page.select_one("input[name=consent]").has_attr("checked")
    assert [i["value"] for i in page.select("input[name=payment_method]")] == ["cod"]
    assert page.select_one("button.checkout__submit").get_text(strip=True) == "Place order"
    assert page.select_one("label[for=id_province]").get_text(strip=True) == "Province or city:"
    assert len(page.select("select[name=province] option")) == 35  # 34 provinces and a prompt


def test_cash_on_delivery_order_is_confirmed_split_and_mailed(
    client, shop, django_capture_on_commit_callbacks
):
    fill(client, **{"KHAN-01": 2, "GUI-01": 1})

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(CHECKOUT, answers(client))

    order = Order.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/en/orders/{order.token}/"
    assert (order.name, order.phone, order.status) == (
        "Nguyễn Thị Lan",
        "+84912345678",
        "confirmed",
    )
    assert (order.province, order.commune, order.language) == (
        "Thành phố Hà Nội",
        "Phường Ba Đình",
        "en",
    )
    assert (order.goods_total, order.delivery_total) == (1_200_000, 30_000 + 45_000)
    assert stock() == {"KHAN-01": 1, "GUI-01": 1}
    assert client.session[SESSION_KEY] == {}
    assert sorted(message.to[0] for message in mail.outbox) == [
        "det@example.test",
        "lan@example.test",
    ]
    buyer_mail = next(m for m in mail.outbox if m.to == ["lan@example.test"])
    assert order.code in buyer_mail.subject and "1,275,000 VND" in buyer_mail.body
    assert f"/en/orders/{order.token}/" in buyer_mail.body
    cooperative_mail = next(m for m in mail.outbox if m.to == ["det@example.test"])
    assert "Khăn" in cooperative_mail.body and "Gùi" not in cooperative_mail.body
    # The note is for the cooperatives; the buyer's address is not confirmed.
    assert "Gọi trước khi giao" in cooperative_mail.body
    assert "Gọi trước khi giao" not in buyer_mail.body


def test_a_foreign_buyer_orders_with_a_uk_mobile_and_sees_it_as_written_abroad(
    client, shop, django_capture_on_commit_callbacks
):
    fill(client, **{"KHAN-01": 1})

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(CHECKOUT, answers(client, phone="+44 7700 900123"))

    order = Order.objects.get()
    assert response.status_code == 302 and order.phone == "+447700900123"
    page = soup(client.get(response["Location"]))
    assert "Nguyễn Thị Lan · +44 7700 900123" in page.get_text(" ", strip=True)
    cooperative_mail = next(m for m in mail.outbox if m.to == ["det@example.test"])
    assert "Nguyễn Thị Lan, +44 7700 900123" in cooperative_mail.body


@pytest.mark.parametrize("typed", ["0912 345 678", "0084 912 345 678", "84912345678"])
def test_a_vietnamese_number_is_stored_one_way_however_it_is_typed(client, shop, typed):
    fill(client, **{"KHAN-01": 1})

    client.post(CHECKOUT, answers(client, phone=typed))

    assert Order.objects.get().phone == "+84912345678"


def test_an_address_in_the_cooperatives_province_gets_the_home_fee(client, shop):
    fill(client, **{"KHAN-01": 1})

    client.post(CHECKOUT, answers(client, province=str(QUANG_NGAI), commune=str(KON_TUM_WARD)))

    assert Order.objects.get().delivery_total == 20_000


def test_choosing_a_province_lists_its_communes_and_the_fee_without_errors(client, shop):
    fill(client, **{"KHAN-01": 1})

    response = client.post(
        CHECKOUT, {**checkout_form(client), "province": str(QUANG_NGAI), "refresh": "1"}
    )

    page = soup(response)
    communes = [o.get_text() for o in page.select("select[name=commune] option")]
    assert "Phường Kon Tum" in communes and "Phường Ba Đình" not in communes
    assert "20,000 VND" in page.select_one(".summary").get_text()
    assert not page.select(".field__error")
    assert not Order.objects.exists()


@pytest.mark.parametrize(
    "field, value, error",
    [
        ("phone", "12345", "Enter a phone number, for example 0912 345 678"),
        ("phone", "0912 345 678 9999", "Enter a phone number, for example 0912 345 678"),
        ("phone", "+84 91234567", "or from abroad with the country code"),
        ("phone", "+44 7700", "for example +44 7700 900123"),
        ("phone", "09l2 345 678", "Enter a phone number"),
        ("phone", "<script>0912345678</script>", "Enter a phone number"),
        ("phone", "0912\x1b345678", "Enter a phone number"),
        ("phone", "9" * 500, "Ensure this value has at most 32 characters"),
        ("email", "lan@", "Enter a valid email address"),
        ("province", "99", "Select a valid choice"),
        ("province", "1; DROP TABLE", "Select a valid choice"),
        ("commune", str(KON_TUM_WARD), "Select a valid choice"),  # not in Hà Nội
        ("commune", "", "This field is required"),
        ("street", "   ", "This field is required"),
        ("name", "x" * 101, "at most 100 characters"),
        ("name", "Lan, nhận quà tại https://qua.example", "Write plain words, without links"),
        ("name", "<b>Lan</b>", "Write plain words, without links"),
        ("street", "Xem www.qua.example", "Write plain words, without links"),
        ("street", "12 Phan Đình Phùng\r\nBcc: x@example.test", "Write plain words"),
        ("note", "Gọi trước \u202eelpmaxe.aug", "The message holds characters we cannot read"),
        ("payment_method", "stripe", "Select a valid choice"),  # not configured
        ("payment_method", "vietqr", "Select a valid choice"),  # no bank account set
        ("consent", "", "Please agree to the terms"),
    ],
)
def test_bad_answers_are_refused_next_to_the_field_and_nothing_is_stored(
    client, shop, field, value, error
):
    fill(client, **{"KHAN-01": 1})

    response = client.post(CHECKOUT, answers(client, **{field: value}))

    assert response.status_code == 400
    assert error in soup(response).select_one(f"#id_{field}_error, .field--error").get_text()
    assert not Order.objects.exists()
    assert stock()["KHAN-01"] == 3
    assert client.session[SESSION_KEY] == {"KHAN-01": 1}


def test_tampered_price_fields_are_ignored(client, shop):
    fill(client, **{"KHAN-01": 1})

    client.post(CHECKOUT, answers(client, price="1", unit_price="1", total="1"))

    assert Order.objects.get().goods_total == 350_000


def test_the_same_form_sent_twice_makes_one_order(client, shop):
    fill(client, **{"KHAN-01": 1})
    form = answers(client)

    first = client.post(CHECKOUT, form)
    fill(client, **{"KHAN-01": 1})  # even if the cart were filled again meanwhile
    second = client.post(CHECKOUT, form)

    assert Order.objects.count() == 1
    assert first["Location"] == second["Location"]
    assert stock()["KHAN-01"] == 2


def test_a_checkout_key_from_another_session_is_refused(client, shop):
    other = Client()
    fill(other, **{"KHAN-01": 1})
    theirs = answers(other)
    fill(client, **{"KHAN-01": 1})

    response = client.post(CHECKOUT, {**answers(client), "checkout_key": theirs["checkout_key"]})

    assert response.status_code == 400
    assert "This form has expired" in response.content.decode()
    assert not Order.objects.exists()


def test_someone_elses_order_is_not_shown_for_their_checkout_key(client, shop):
    other = Client()
    fill(other, **{"KHAN-01": 1})
    theirs = answers(other)
    other.post(CHECKOUT, theirs)
    fill(client, **{"KHAN-01": 1})

    response = client.post(CHECKOUT, {**answers(client), "checkout_key": theirs["checkout_key"]})

    assert response.status_code == 400
    assert Order.objects.get().token not in response.content.decode()


def test_a_price_changed_since_the_cart_was_filled_is_shown_before_ordering(client, shop):
    fill(client, **{"KHAN-01": 1})
    form = answers(client)  # the buyer saw 350,000 VND
    ProductVariant.objects.filter(sku="KHAN-01").update(price=380_000)

    response = client.post(CHECKOUT, form)

    assert response.status_code == 409
    text = soup(response).get_text()
    assert "changed from 350,000 VND to 380,000 VND" in text
    assert "380,000 VND" in soup(response).select_one(".summary").get_text()
    assert not Order.objects.exists() and stock()["KHAN-01"] == 3

    client.post(CHECKOUT, form)  # placed again, having seen the new price

    assert Order.objects.get().goods_total == 380_000


def test_an_item_sold_out_meanwhile_is_named_and_the_rest_of_the_cart_kept(
    client, shop, monkeypatch
):
    fill(client, **{"KHAN-01": 1, "GUI-01": 1})
    form = answers(client)
    read_cart = order_views.cart_contents

    def another_buyer_takes_the_last_baskets(cart, locale):
        contents = read_cart(cart, locale)
        ProductVariant.objects.filter(sku="GUI-01").update(stock=0)
        return contents

    monkeypatch.setattr(order_views, "cart_contents", another_buyer_takes_the_last_baskets)
    response = client.post(CHECKOUT, form)

    assert response.status_code == 409
    assert "“Gùi” (Một màu) sold out just now" in soup(response).get_text()
    assert not Order.objects.exists()
    assert stock() == {"KHAN-01": 3, "GUI-01": 0}
    assert client.session[SESSION_KEY] == {"KHAN-01": 1}


def test_bank_transfer_order_page_shows_the_vietqr_code_and_the_same_data_as_text(client, shop):
    ShopSettings.objects.create(
        bank_bin="970436", account_number="0123456789", account_holder="TT XUC TIEN"
    )
    fill(client, **{"KHAN-01": 1})

    response = client.post(CHECKOUT, answers(client, payment_method="vietqr"), follow=True)

    order = Order.objects.get()
    assert (order.status, order.payment_status) == ("awaiting_payment", "unpaid")
    assert order.pay_by is not None
    page = soup(response)
    qr = page.select_one(".vietqr svg")
    assert qr.title.get_text() == f"VietQR code to pay order {order.code}"
    details = page.select_one(".vietqr dl").get_text(" ", strip=True)
    for text in ["Vietcombank", "0123456789", "TT XUC TIEN", "380,000 VND", order.code]:
        assert text in details
    assert response.headers["X-Robots-Tag"] == "noindex"
    assert "no-store" in response.headers["Cache-Control"]


def test_an_unknown_order_address_is_not_found(client, shop):
    assert client.get("/en/orders/not-a-real-token/").status_code == 404


def test_checkout_reads_a_fixed_number_of_queries(client, shop, homes):
    fill(client, **{"KHAN-01": 1, "GUI-01": 1})

    # One more than the page read before it offered shipping abroad: whether any zone is.
    assert warm_query_count(client, CHECKOUT) <= 17


def test_the_order_page_reads_the_same_number_of_queries_however_many_lines(client, shop):
    fill(client, **{"KHAN-01": 1, "GUI-01": 1})
    client.post(CHECKOUT, answers(client))
    order = Order.objects.get()
    url = f"/en/orders/{order.token}/"
    two_lines = warm_query_count(client, url)
    part = order.fulfilments.first()
    for n in range(5):
        part.lines.create(
            order=order,
            sku=f"X-{n}",
            product_title="Khăn",
            variant_label="Đỏ",
            unit_price=1_000,
            quantity=1,
        )

    assert warm_query_count(client, url) == two_lines <= 16


def holding(n, **fields):
    """Someone's order holding stock unpaid: a transfer not yet made."""
    return Order.objects.create(
        **{
            "code": f"LN-HOLD-{n:04d}",
            "language": "vi",
            "name": "Người khác",
            "phone": f"+849880000{n:02d}",
            "email": f"khac{n}@example.test",
            "province": "Thành phố Hà Nội",
            "commune": "Phường Ba Đình",
            "commune_code": BA_DINH,
            "street": f"{n + 100} Hoàng Diệu",
            "payment_method": "vietqr",
            "status": "awaiting_payment",
            "goods_total": 350_000,
            "delivery_total": 0,
            **fields,
        }
    )


@pytest.mark.parametrize(
    "same",
    [
        pytest.param({"phone": "+84912345678"}, id="phone"),
        pytest.param({"email": "Lan@Example.test"}, id="e-mail"),
        pytest.param({"street": "12, phan dinh  phung"}, id="address"),
    ],
)
def test_a_buyer_holding_too_many_unpaid_orders_is_asked_to_pay_first(client, shop, settings, same):
    for n in range(settings.UNPAID_ORDERS_PER_BUYER):
        holding(n, **same)
    fill(client, **{"KHAN-01": 1})

    response = client.post(CHECKOUT, answers(client))

    assert response.status_code == 429
    assert (
        "You already have 3 orders waiting for payment or delivery. Please pay for them, or "
        "wait until they arrive, before placing another."
    ) in soup(response).get_text(" ", strip=True)
    assert Order.objects.count() == settings.UNPAID_ORDERS_PER_BUYER
    assert stock()["KHAN-01"] == 3


def test_a_number_typed_nationally_counts_with_the_same_number_stored_in_e164(
    client, shop, settings
):
    for n in range(settings.UNPAID_ORDERS_PER_BUYER):
        holding(n, phone="+84912345678")
    fill(client, **{"KHAN-01": 1})

    response = client.post(CHECKOUT, answers(client, phone="0912345678"))

    assert response.status_code == 429
    assert Order.objects.count() == settings.UNPAID_ORDERS_PER_BUYER


def test_only_unpaid_open_orders_count_and_the_refusal_speaks_vietnamese(client, shop, settings):
    settings.UNPAID_ORDERS_PER_BUYER = 2
    holding(0, phone="+84912345678", status="confirmed", payment_status="paid")
    holding(1, phone="+84912345678", status="cancelled")
    holding(2, phone="+84912345678", status="confirmed", payment_method="cod")
    vietnamese = CHECKOUT.replace("/en/", "/vi/")
    fill(client, **{"KHAN-01": 1})
    assert client.post(vietnamese, answers(client)).status_code == 302

    fill(client, **{"KHAN-01": 1})
    refused = client.post(vietnamese, answers(client))

    assert refused.status_code == 429
    assert "Bạn đang có 2 đơn hàng chờ thanh toán hoặc chờ giao." in refused.content.decode()


def test_the_order_records_the_privacy_notice_agreed_to_when_and_for_what(client, shop, settings):
    settings.PRIVACY_NOTICE_VERSION = "2026-12"
    fill(client, **{"KHAN-01": 1})
    before = timezone.now()

    client.post(CHECKOUT, answers(client))

    order = Order.objects.get()
    assert (order.consent_notice_version, order.consent_purpose) == ("2026-12", "order")
    assert before <= order.consent_at <= timezone.now()
