"""How a buyer receives an order: delivered to an address in Vietnam, to a hotel before the
guest leaves, collected at the cooperative, or shipped abroad. Each asks only for its own
fields, says before payment what cannot work, and stores nothing when anything is wrong."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format

from catalog.models import ProductPage
from craftsite.states import TransitionNotAllowed
from orders.models import Fulfilment, Order
from orders.services import advance_fulfilment, confirm_payment
from tests.checkout.test_checkout import CHECKOUT, answers, fill, stock
from tests.factories.catalog import add_cooperative, add_product, add_shop
from tests.factories.orders import add_zone
from tests.html import soup
from tests.orders.admin import staff_of

pytestmark = pytest.mark.django_db

QUANG_NGAI, KON_TUM_WARD = 51, 23293
VIETNAM_ADDRESS = {"province": str(QUANG_NGAI), "commune": str(KON_TUM_WARD)}


@pytest.fixture
def shop(homes):
    shop = add_shop(homes["vi"])
    weavers = add_cooperative(
        shop,
        "HTX Dệt",
        slug="htx-det",
        email="det@example.test",
        pickup_address="làng Kon Kơ Tu, xã Đăk Rơ Wa",
        opening_hours="Thứ Hai đến Thứ Bảy, 7:30–17:00",
        dispatch_days=2,
    )
    baskets = add_cooperative(shop, "Tổ Đan", slug="to-dan", dispatch_days=5)
    add_product(
        weavers,
        "Khăn",
        price=350_000,
        stock=3,
        sku="KHAN-01",
        weight_grams=300,
        hs_code="621490",
        customs_description="Handwoven cotton scarf",
    )
    add_product(baskets, "Gùi", price=500_000, stock=2, sku="GUI-01", weight_grams=1_500)
    add_zone("Trong tỉnh", 20_000, home=True, delivery_days=1)
    add_zone("Tỉnh khác", 30_000, delivery_days=3)
    add_zone("Châu Âu", 520_000, delivery_days=14, countries=["GB", "FR"])
    return {"weavers": weavers, "baskets": baskets}


@pytest.fixture
def cards(fake_stripe):
    return fake_stripe


def choices(page, name):
    return {field["value"] for field in page.select(f"input[name={name}]")}


def errors(response):
    page = soup(response)
    return " ".join(p.get_text(" ", strip=True) for p in page.select(".field__error, .form-errors"))


def test_only_the_fields_of_the_chosen_delivery_are_asked_for(client, shop, cards):
    fill(client, **{"KHAN-01": 1})
    fields = {}
    for delivery in ["address", "hotel", "pickup", "abroad"]:
        page = soup(client.post(CHECKOUT, {"delivery": delivery, "refresh": "delivery"}))
        fields[delivery] = {field["name"] for field in page.select(".checkout__form [name]")} - {
            "csrfmiddlewaretoken",
            "refresh",
        }
    common = {"name", "phone", "email", "delivery", "note", "gift_" + str(shop["weavers"].pk)}
    common |= {"payment_method", "consent", "checkout_key"}

    assert fields["address"] - common == {"province", "commune", "street"}
    assert fields["hotel"] - common == {
        "place_name",
        "province",
        "commune",
        "street",
        "arrival_on",
        "departure_on",
    }
    assert fields["pickup"] - common == set()
    assert fields["abroad"] - common == {
        "country",
        "street",
        "street_2",
        "city",
        "region",
        "postal_code",
    }


def test_the_address_lines_follow_the_country_chosen(client, shop, cards):
    fill(client, **{"KHAN-01": 1})

    def address_labels(country):
        page = soup(
            client.post(CHECKOUT, {"delivery": "abroad", "country": country, "refresh": "country"})
        )
        names = ["street", "city", "region", "postal_code"]
        return {
            name: page.select_one(f"label[for=id_{name}]").get_text(strip=True).rstrip(":")
            for name in names
            if page.select_one(f"label[for=id_{name}]")
        }

    assert address_labels("GB") == {
        "street": "Address line 1",
        "city": "Post town",
        "postal_code": "Postal code",
    }
    assert address_labels("US") == {
        "street": "Address line 1",
        "city": "City or town",
        "region": "State",
        "postal_code": "ZIP code",
    }
    assert address_labels("SG") == {"street": "Address line 1", "postal_code": "Postal code"}


def test_pick_up_is_offered_only_when_every_cooperative_of_the_cart_has_a_place(client, shop):
    fill(client, **{"KHAN-01": 1, "GUI-01": 1})
    assert "pickup" not in choices(soup(client.get(CHECKOUT)), "delivery")

    fill(client, **{"KHAN-01": 1})
    page = soup(client.post(CHECKOUT, {"delivery": "pickup", "refresh": "delivery"}))
    assert "pickup" in choices(page, "delivery")
    text = page.get_text(" ", strip=True)
    assert "làng Kon Kơ Tu, xã Đăk Rơ Wa" in text and "7:30–17:00" in text
    assert "Pay in cash at the cooperative when you collect each parcel." in text


def test_a_pick_up_order_costs_no_delivery_and_the_buyer_hears_when_it_is_ready(
    client, shop, django_capture_on_commit_callbacks
):
    fill(client, **{"KHAN-01": 2})
    response = client.post(
        CHECKOUT, answers(client, delivery="pickup", province="", commune="", street="")
    )

    order = Order.objects.get()
    assert response.status_code == 302
    assert (order.delivery, order.delivery_total, order.address) == ("pickup", 0, "")
    page = soup(client.get(order.get_absolute_url())).get_text(" ", strip=True)
    assert "Collect at: làng Kon Kơ Tu, xã Đăk Rơ Wa" in page
    assert "we e-mail you when it is ready to collect" in page

    part = order.fulfilments.get()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        advance_fulfilment(part, Fulfilment.Status.PACKED)
        advance_fulfilment(part, Fulfilment.Status.READY)
    assert [m.subject for m in mail.outbox] == [f"Part of order {order.code} is ready to collect"]
    assert "làng Kon Kơ Tu, xã Đăk Rơ Wa" in mail.outbox[0].body
    assert "Please bring 700,000 VND in cash." in mail.outbox[0].body
    advance_fulfilment(part, Fulfilment.Status.DELIVERED)
    order.refresh_from_db()
    assert (order.status, order.payment_status) == ("completed", "paid")


def test_a_parcel_to_be_collected_is_never_shipped_and_one_shipped_never_waits(client, shop):
    fill(client, **{"KHAN-01": 1})
    client.post(CHECKOUT, answers(client, delivery="pickup"))
    collected = Order.objects.get().fulfilments.get()
    fill(client, **{"KHAN-01": 1})
    client.post(CHECKOUT, answers(client, **VIETNAM_ADDRESS, email="other@example.test"))
    shipped = Order.objects.exclude(delivery="pickup").get().fulfilments.get()

    with pytest.raises(TransitionNotAllowed):
        advance_fulfilment(collected, Fulfilment.Status.SHIPPED)
    with pytest.raises(TransitionNotAllowed):
        advance_fulfilment(shipped, Fulfilment.Status.READY)
    assert set(Fulfilment.objects.values_list("status", flat=True)) == {"new"}


def test_the_cooperatives_staff_mark_a_pick_up_ready_then_collected(client, shop):
    fill(client, **{"KHAN-01": 1})
    client.post(CHECKOUT, answers(client, delivery="pickup"))
    part = Order.objects.get().fulfilments.get()
    client.force_login(staff_of(shop["weavers"], "weaver"))
    edit = reverse("fulfilments:edit", args=[part.pk])

    client.post(edit, {"status": "packed"})
    assert 'value="ready"' in client.get(edit).content.decode()
    client.post(edit, {"status": "ready"})
    page = client.get(edit).content.decode()

    part.refresh_from_db()
    assert part.status == "ready"
    assert 'value="delivered"' in page and "Đánh dấu đã nhận" in page  # Mark collected


def hotel(client, leaves, arrives=None, **overrides):
    today = timezone.localdate()
    return answers(
        client,
        delivery="hotel",
        place_name="Homestay Kon Klor",
        **VIETNAM_ADDRESS,
        arrival_on=(arrives or today).isoformat(),
        departure_on=leaves.isoformat(),
        **overrides,
    )


def test_a_hotel_order_keeps_the_guests_dates_for_the_cooperative(
    client, shop, django_capture_on_commit_callbacks
):
    fill(client, **{"KHAN-01": 1})
    leaves = timezone.localdate() + timedelta(days=7)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(CHECKOUT, hotel(client, leaves))

    order = Order.objects.get()
    assert response.status_code == 302
    assert (order.place_name, order.departure_on) == ("Homestay Kon Klor", leaves)
    assert order.address.startswith("Homestay Kon Klor, 12 Phan Đình Phùng")
    to_cooperative = next(m for m in mail.outbox if m.to == ["det@example.test"])
    assert "Homestay Kon Klor" in to_cooperative.body
    with translation.override("vi"):  # cooperatives read their mail in Vietnamese
        assert date_format(leaves) in to_cooperative.body


def test_a_cooperative_that_cannot_reach_the_hotel_in_time_says_so_before_payment(client, shop):
    """The baskets take 5 days to hand over and 1 to travel; the guest leaves in 3."""
    fill(client, **{"KHAN-01": 1, "GUI-01": 1})
    before = stock()

    response = client.post(CHECKOUT, hotel(client, timezone.localdate() + timedelta(days=3)))

    assert response.status_code == 400
    assert "Tổ Đan cannot get its parcel to you before you leave" in errors(response)
    assert "HTX Dệt" not in errors(response)
    assert not Order.objects.exists() and stock() == before


@pytest.mark.parametrize(
    "arrives, leaves, message",
    [
        (-3, -1, "This day has passed."),
        (5, 2, "You cannot leave before you arrive."),
        (0, 400, "Choose a day within the next year."),
    ],
)
def test_impossible_stays_are_refused(client, shop, arrives, leaves, message):
    today = timezone.localdate()
    fill(client, **{"KHAN-01": 1})

    response = client.post(
        CHECKOUT,
        hotel(client, today + timedelta(days=leaves), arrives=today + timedelta(days=arrives)),
    )

    assert response.status_code == 400 and message in errors(response)
    assert not Order.objects.exists()


@pytest.mark.parametrize("departure", ["31/02/2027", "tomorrow", "<script>", "9" * 300, ""])
def test_malformed_dates_are_refused_next_to_the_field(client, shop, departure):
    fill(client, **{"KHAN-01": 1})
    data = hotel(client, timezone.localdate())
    data["departure_on"] = departure

    response = client.post(CHECKOUT, data)

    assert response.status_code == 400
    field = soup(response).select_one("#id_departure_on").find_parent(class_="field")
    assert field.select_one(".field__error")
    assert not Order.objects.exists()


def abroad(client, **overrides):
    address = {
        "delivery": "abroad",
        "country": "GB",
        "street": "10 Downing Street",
        "street_2": "",
        "city": "London",
        "postal_code": "SW1A 2AA",
        "payment_method": "stripe",
        "province": "",
        "commune": "",
    }
    return answers(client, **{**address, **overrides})


def test_an_order_abroad_is_paid_by_card_with_customs_data_on_every_line(client, shop, cards):
    fill(client, **{"KHAN-01": 2})
    page = soup(client.post(CHECKOUT, {"delivery": "abroad", "refresh": "delivery"}))
    assert choices(page, "payment_method") == {"stripe"}
    assert "duties and taxes may be due" in page.get_text(" ", strip=True)

    response = client.post(CHECKOUT, abroad(client))

    order = Order.objects.get()
    assert response.status_code == 302 and response["Location"].startswith(cards.url)
    assert (order.country.code, order.postal_code, order.delivery_total) == (
        "GB",
        "SW1A 2AA",
        520_000,
    )
    assert order.address_lines == ["10 Downing Street", "LONDON", "SW1A 2AA", "UNITED KINGDOM"]
    line = order.lines.get()
    assert (line.hs_code, line.customs_description, line.weight_grams) == (
        "621490",
        "Handwoven cotton scarf",
        300,
    )


def test_the_cooperative_sees_the_customs_declaration_of_a_parcel_abroad(client, shop, cards):
    fill(client, **{"KHAN-01": 2})
    client.post(CHECKOUT, abroad(client))
    confirm_payment(Order.objects.get(), via="card")
    part = Order.objects.get().fulfilments.get()
    client.force_login(staff_of(shop["weavers"], "weaver"))

    slip = soup(client.get(reverse("fulfilments:packing_slip", args=[part.pk])))

    declaration = slip.select_one(".customs").get_text(" ", strip=True)
    assert "Handwoven cotton scarf 621490 2 600" in declaration
    assert "700.000" in declaration and "UNITED KINGDOM" in slip.select_one(".address").text


@pytest.mark.parametrize(
    "overrides, field, message",
    [
        (
            {"country": "US", "city": "Boston", "postal_code": "02108"},
            "country",
            "We do not ship to United States of America yet.",
        ),
        ({"country": "VN"}, "country", "Select a valid choice"),
        ({"country": "XX"}, "country", "Select a valid choice"),
        ({"postal_code": "12345"}, "postal_code", "does not match the addresses of this country"),
        ({"city": ""}, "city", "This field is required"),
        ({"street": "<script>alert(1)</script>"}, "street", "Write plain words"),
        ({"payment_method": "cod"}, "payment_method", "Select a valid choice"),
        ({"payment_method": "vietqr"}, "payment_method", "Select a valid choice"),
    ],
)
def test_bad_addresses_abroad_are_refused_next_to_the_field(
    client, shop, cards, overrides, field, message
):
    fill(client, **{"KHAN-01": 1})
    before = stock()

    response = client.post(CHECKOUT, abroad(client, **overrides))

    assert response.status_code == 400
    box = soup(response).select_one(f"[name={field}]")
    text = box.find_parent(class_=["field", "delivery-choice"]) if box else None
    assert message in (text.get_text(" ", strip=True) if text else errors(response))
    assert not Order.objects.exists() and stock() == before


def test_items_without_customs_data_cannot_go_abroad_and_are_named(client, shop, cards):
    fill(client, **{"KHAN-01": 1, "GUI-01": 1})

    response = client.post(CHECKOUT, abroad(client))

    assert response.status_code == 400
    assert "These items cannot be sent abroad yet" in errors(response)
    named = errors(response).split("what customs asks for:")[1]
    assert "Gùi" in named and "Khăn" not in named
    assert not Order.objects.exists()


def test_abroad_is_not_offered_without_card_payments(client, shop):
    fill(client, **{"KHAN-01": 1})

    response = client.post(CHECKOUT, abroad(client))

    assert "abroad" not in choices(soup(client.get(CHECKOUT)), "delivery")
    assert response.status_code == 400 and "Choose one of the ways" in errors(response)
    assert not Order.objects.exists()


def test_a_gift_message_reaches_the_cooperatives_slip_which_then_shows_no_prices(client, shop):
    fill(client, **{"KHAN-01": 1})
    gift = f"gift_{shop['weavers'].pk}"

    client.post(CHECKOUT, answers(client, **VIETNAM_ADDRESS, **{gift: "Chúc mừng sinh nhật Mai!"}))

    part = Order.objects.get().fulfilments.get()
    assert part.gift_message == "Chúc mừng sinh nhật Mai!"
    client.force_login(staff_of(shop["weavers"], "weaver"))
    slip = client.get(reverse("fulfilments:packing_slip", args=[part.pk])).content.decode()
    assert "Chúc mừng sinh nhật Mai!" in slip and "350.000" not in slip


@pytest.mark.parametrize("message", ["x" * 301, "Chúc mừng\x00", "\u202eChúc mừng", "a\x1bb"])
def test_a_hostile_gift_message_is_refused_and_nothing_is_stored(client, shop, message):
    fill(client, **{"KHAN-01": 1})

    response = client.post(
        CHECKOUT, answers(client, **VIETNAM_ADDRESS, **{f"gift_{shop['weavers'].pk}": message})
    )

    assert response.status_code == 400 and not Order.objects.exists()


def test_a_pick_up_does_not_count_as_the_same_address_as_other_pick_ups(client, shop, settings):
    """Holds are capped per address; pick-ups have none, so strangers never share one."""
    settings.UNPAID_ORDERS_PER_BUYER = 1
    for n in range(2):
        fill(client, **{"KHAN-01": 1})
        response = client.post(
            CHECKOUT,
            answers(client, delivery="pickup", phone=f"090000000{n}", email=f"b{n}@example.test"),
        )
        assert response.status_code == 302
    assert Order.objects.filter(delivery="pickup").count() == 2


def test_products_say_whether_they_may_go_abroad(shop):
    assert [p.has_customs_data for p in ProductPage.objects.order_by("title")] == [False, True]
