"""Personal data past its retention period: `manage.py anonymise_personal_data` blanks the
details of old finished orders, old enquiries, old visit requests and registrations for
classes long over, keeps
every figure, leaves recent and open records alone and changes nothing when run again."""

import logging
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from craftsite.personal_data import anonymise_expired
from orders.models import Order
from stories.models import ClassRegistration
from tests.factories.catalog import add_cooperative, add_product, add_shop
from tests.factories.enquiries import make_enquiry
from tests.factories.orders import make_order
from tests.factories.stories import build_stories_site
from tests.factories.visits import make_visit_request
from visits.models import VisitAnswer
from visits.services import answer_visit_request

pytestmark = pytest.mark.django_db

RETENTION = {
    "order": 730,
    "enquiry": 365,
    "class_registration": 365,
    "review": 730,
    "programme_registry": 1825,
    "visit_request": 365,
    "staff_messaging": 365,
}
ORDER_DETAILS = ("name", "phone", "email", "commune", "commune_code", "street", "note")
ORDER_FIGURES = ("code", "status", "payment_status", "goods_total", "delivery_total", "created_at")


@pytest.fixture(autouse=True)
def retention(settings):
    settings.PERSONAL_DATA_RETENTION_DAYS = RETENTION


@pytest.fixture
def weavers(homes):
    weavers = add_cooperative(add_shop(homes["vi"]), "HTX Dệt", slug="htx-det")
    add_product(weavers, "Khăn", price=350_000, stock=10, sku="KHAN-01")
    return weavers


def order_placed(weavers, days_ago, status=Order.Status.COMPLETED):
    product = weavers.get_children().specific().get()
    order = make_order({weavers: [(product, 2)]}, status=status, note="Gọi trước khi giao")
    Order.objects.filter(pk=order.pk).update(created_at=timezone.now() - timedelta(days=days_ago))
    return Order.objects.get(pk=order.pk)


def run():
    out = StringIO()
    call_command("anonymise_personal_data", stdout=out)
    return out.getvalue()


def test_old_finished_orders_lose_the_buyers_details_and_keep_their_figures(weavers, caplog):
    completed = order_placed(weavers, days_ago=731)
    cancelled = order_placed(weavers, days_ago=900, status=Order.Status.CANCELLED)
    still_open = order_placed(weavers, days_ago=900, status=Order.Status.CONFIRMED)
    recent = order_placed(weavers, days_ago=729)

    with caplog.at_level(logging.INFO, logger="craftsite.personal_data"):
        output = run()

    assert "order 2" in output
    assert "Anonymised 2 record(s) of order." in caplog.messages
    for before in (completed, cancelled):
        after = Order.objects.get(pk=before.pk)
        assert [getattr(after, name) for name in ORDER_DETAILS] == ["", "", "", "", None, "", ""]
        assert [getattr(after, name) for name in ORDER_FIGURES] == [
            getattr(before, name) for name in ORDER_FIGURES
        ]
        assert after.province == before.province  # a region names no one
        assert [(line.sku, line.unit_price, line.quantity) for line in after.lines.all()] == [
            ("KHAN-01", 350_000, 2)
        ]
        assert after.anonymised_at is not None
    for kept in (still_open, recent):
        after = Order.objects.get(pk=kept.pk)
        assert (after.name, after.phone, after.street, after.anonymised_at) == (
            "Nguyễn Thị Lan",
            "+84912345678",
            "12 Phan Đình Phùng",
            None,
        )


def test_old_orders_lose_the_hotel_the_stay_the_address_abroad_and_the_gift_messages(weavers):
    product = weavers.get_children().specific().get()
    stay = make_order(
        {weavers: [(product, 1)]},
        status=Order.Status.COMPLETED,
        delivery=Order.Delivery.HOTEL,
        place_name="Homestay Kon Klor",
        arrival_on=timezone.localdate() - timedelta(days=735),
        departure_on=timezone.localdate() - timedelta(days=731),
    )
    abroad = make_order(
        {weavers: [(product, 1)]},
        status=Order.Status.COMPLETED,
        delivery=Order.Delivery.ABROAD,
        country="GB",
        city="LONDON",
        region="",
        postal_code="NW1 6XE",
    )
    stay.fulfilments.update(gift_message="Happy birthday, Mai!")
    Order.objects.update(created_at=timezone.now() - timedelta(days=731))

    run()

    stay.refresh_from_db()
    abroad.refresh_from_db()
    assert (stay.place_name, stay.arrival_on, stay.departure_on) == ("", None, None)
    assert stay.fulfilments.get().gift_message == ""
    assert (abroad.city, abroad.postal_code, abroad.country.code) == ("", "", "GB")


def test_old_enquiries_lose_who_asked_and_keep_what_was_asked(weavers):
    old = make_enquiry(weavers, days_ago=366, phone="+84912345678", message="Call me, Emma")
    recent = make_enquiry(weavers, days_ago=364, phone="+84912345679", message="Call me, Emma")

    run()

    old.refresh_from_db()
    assert (old.name, old.organisation, old.email, old.phone, old.message) == ("",) * 5
    assert (old.wanted, old.quantity, old.status) == ("Table runners", 60, "new")
    recent.refresh_from_db()
    assert (recent.name, recent.email, recent.anonymised_at) == (
        "Emma Laurent",
        "emma@maison.example",
        None,
    )


def test_old_visit_requests_lose_who_asked_and_the_hosts_notes_and_keep_the_visit(homes):
    village = build_stories_site(homes)["village"]["vi"]
    old = make_visit_request(village, days_ago=366, arrival_in_days=-330)
    recent = make_visit_request(village, days_ago=364)
    for visit in (old, recent):
        answer_visit_request(visit, outcome="accepted", note="Ring Emma on arrival", user=None)

    run()

    old.refresh_from_db()
    assert (old.name, old.phone, old.email, old.message) == ("",) * 4
    assert (old.kind, old.group_size, old.status, old.nights) == ("homestay", 4, "accepted", 1)
    assert list(
        VisitAnswer.objects.order_by("request__created_at").values_list("note", flat=True)
    ) == [
        "",
        "Ring Emma on arrival",
    ]
    recent.refresh_from_db()
    assert (recent.name, recent.anonymised_at) == ("Emma Laurent", None)


def test_registrations_are_kept_until_a_year_after_their_class(homes):
    event = build_stories_site(homes)["event"]["vi"]
    for phone, guardian in (("+84912000001", ""), ("+84912000002", "Y Blăng")):
        ClassRegistration.objects.create(
            event=event,
            name="Y Nhung",
            phone=phone,
            age=14,
            village="làng Đăk Răng",
            guardian_name=guardian,
            status=ClassRegistration.Status.CONFIRMED,
            completed=True,
        )

    assert anonymise_expired(now=event.ends_at + timedelta(days=364))["class_registration"] == 0
    counts = anonymise_expired(now=event.ends_at + timedelta(days=366))

    assert counts["class_registration"] == 2
    assert (
        list(
            ClassRegistration.objects.values_list(
                "name", "phone", "village", "guardian_name", "age", "status", "completed"
            )
        )
        == [("", "", "", "", 14, "confirmed", True)] * 2
    )


def test_running_again_changes_nothing_and_the_periods_are_settings(weavers, settings):
    old = order_placed(weavers, days_ago=731)
    run()
    anonymised_at = Order.objects.get(pk=old.pk).anonymised_at

    again = run()
    assert all(f"{purpose} 0" in again for purpose in RETENTION)
    assert Order.objects.get(pk=old.pk).anonymised_at == anonymised_at

    recent = order_placed(weavers, days_ago=40)
    settings.PERSONAL_DATA_RETENTION_DAYS = {**RETENTION, "order": 30}
    assert "order 1" in run()
    assert Order.objects.get(pk=recent.pk).name == ""
