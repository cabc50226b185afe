"""Settings → Personal data: a site administrator finds one person's orders, enquiries, visit
requests, class registrations, entry in the programme's registry and phone for Zalo or SMS
messages by phone or e-mail,
downloads them as JSON, or erases them now; each export and erasure is recorded without the
phone or e-mail itself. Nobody else may."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission

from base.models import PersonalDataRequest
from catalog.models import CooperativePage
from enquiries.models import Enquiry
from notifications.models import MessagingContact
from orders.models import Order
from programme.models import RegisteredPerson
from stories.models import ClassRegistration
from tests.factories.catalog import add_cooperative, add_product, add_shop
from tests.factories.enquiries import make_enquiry
from tests.factories.orders import make_order
from tests.factories.stories import build_stories_site
from tests.factories.visits import make_visit_request
from visits.models import VisitRequest

pytestmark = pytest.mark.django_db

URL = "/admin/personal-data/"
LAN = {"phone": "+84912345678", "email": "lan@example.test"}
OTHER = {"name": "Trần Văn Minh", "phone": "+84987654321", "email": "minh@example.test"}


@pytest.fixture
def records(homes):
    """Lan's order, enquiry, visit request, class registration and entry in the programme's
    registry, and the same of someone else; Lan also works for the weavers and gets their
    messages by Zalo."""
    weavers = add_cooperative(add_shop(homes["vi"]), "HTX Dệt", slug="htx-det")
    scarf = add_product(weavers, "Khăn", price=350_000, stock=10, sku="KHAN-01")
    stories = build_stories_site(homes)
    event = stories["event"]["vi"]
    for person in ({"name": "Nguyễn Thị Lan", **LAN}, OTHER):
        make_order({weavers: [(scarf, 1)]}, status=Order.Status.COMPLETED, **person)
        make_enquiry(weavers, **person)
        make_visit_request(stories["village"]["vi"], **person)
        ClassRegistration.objects.create(
            event=event, name=person["name"], phone=person["phone"], age=17, village="Kon Tum"
        )
        RegisteredPerson.objects.create(
            name=person["name"],
            phone=person["phone"],
            is_learner=True,
            gender="female",
            birth_year=2009,
            commune="phường Kon Tum",
            consent_method="signed_form",
        )
    staff = get_user_model().objects.create_user("lan", email="lan.htx@example.test")
    MessagingContact.objects.create(user=staff, channel="zalo", phone=LAN["phone"])


@pytest.fixture
def admin(client):
    client.force_login(get_user_model().objects.create_superuser("root", "root@example.test"))
    return client


def test_an_administrator_finds_the_persons_records_by_phone_or_e_mail(admin, records):
    # The admin speaks Vietnamese by default.
    by_phone = admin.get(URL, {"identifier": "+84 912 345 678"}).context["found"]
    by_email = admin.get(URL, {"identifier": "LAN@example.test"}).context["found"]

    assert by_phone == [
        ("Đăng ký lớp học", 1),
        ("Thực hiện đơn hàng", 1),
        ("Trả lời yêu cầu báo giá", 1),
        ("Sắp xếp chuyến thăm làng", 1),
        ("Sổ đăng ký nghệ nhân và học viên của chương trình", 1),
        ("Đăng đánh giá sản phẩm", 0),
        ("Nhắn tin cho cán bộ hợp tác xã qua Zalo hoặc SMS", 1),
    ]
    assert by_email == [
        ("Đăng ký lớp học", 0),
        ("Thực hiện đơn hàng", 1),
        ("Trả lời yêu cầu báo giá", 1),
        ("Sắp xếp chuyến thăm làng", 1),
        ("Sổ đăng ký nghệ nhân và học viên của chương trình", 0),
        ("Đăng đánh giá sản phẩm", 0),
        ("Nhắn tin cho cán bộ hợp tác xã qua Zalo hoặc SMS", 0),
    ]


def test_the_export_is_the_persons_records_as_json_and_is_recorded(admin, records):
    response = admin.post(URL, {"identifier": "0912 345 678", "action": "export"})

    assert response["Content-Disposition"].startswith("attachment;")
    data = json.loads(response.content)
    assert [order["name"] for order in data["order"]] == ["Nguyễn Thị Lan"]
    assert "token" not in data["order"][0] and "checkout_key" not in data["order"][0]
    assert [enquiry["phone"] for enquiry in data["enquiry"]] == ["+84912345678"]
    assert [row["name"] for row in data["class_registration"]] == ["Nguyễn Thị Lan"]
    assert [(row["name"], row["birth_year"]) for row in data["programme_registry"]] == [
        ("Nguyễn Thị Lan", 2009)
    ]
    assert [row["email"] for row in data["visit_request"]] == [LAN["email"]]
    assert [row["phone"] for row in data["staff_messaging"]] == [LAN["phone"]]
    request = PersonalDataRequest.objects.get()
    assert (request.action, request.user.username) == ("export", "root")
    assert request.counts == {
        "class_registration": 1,
        "order": 1,
        "enquiry": 1,
        "visit_request": 1,
        "programme_registry": 1,
        "review": 0,
        "staff_messaging": 1,
    }
    assert "912345678" not in request.identifier_hash


def test_erasing_anonymises_the_persons_records_only_and_is_recorded(admin, records):
    admin.post(URL, {"identifier": "0912345678", "action": "erase", "confirm": "on"})

    assert list(Order.objects.order_by("pk").values_list("name", "phone", "goods_total")) == [
        ("", "", 350_000),
        (OTHER["name"], OTHER["phone"], 350_000),
    ]
    assert sorted(Enquiry.objects.values_list("email", flat=True)) == ["", OTHER["email"]]
    assert sorted(ClassRegistration.objects.values_list("phone", flat=True)) == [
        "",
        OTHER["phone"],
    ]
    assert sorted(VisitRequest.objects.values_list("name", "email")) == [
        ("", ""),
        (OTHER["name"], OTHER["email"]),
    ]
    # The registry keeps what the report counts, without the name, phone and commune.
    assert sorted(
        RegisteredPerson.objects.values_list("name", "phone", "commune", "gender", "birth_year")
    ) == [
        ("", "", "", "female", 2009),
        (OTHER["name"], OTHER["phone"], "phường Kon Tum", "female", 2009),
    ]
    assert MessagingContact.objects.get().phone == ""  # e-mail only from now on
    erased = PersonalDataRequest.objects.get()
    assert erased.action == "erase"
    assert erased.counts == {
        "class_registration": 1,
        "order": 1,
        "enquiry": 1,
        "visit_request": 1,
        "programme_registry": 1,
        "review": 0,
        "staff_messaging": 1,
    }
    # The same person asking again is recognised by the hash, and nothing is left to erase.
    admin.post(URL, {"identifier": "+84912345678", "action": "erase", "confirm": "on"})
    again = PersonalDataRequest.objects.latest("pk")
    assert again.identifier_hash == erased.identifier_hash
    assert again.counts == {
        "class_registration": 0,
        "order": 0,
        "enquiry": 0,
        "visit_request": 0,
        "programme_registry": 0,
        "review": 0,
        "staff_messaging": 0,
    }


def test_an_order_still_open_keeps_the_buyers_details_when_the_rest_is_erased(admin, records):
    Order.objects.filter(phone=LAN["phone"]).update(status=Order.Status.AWAITING_PAYMENT)

    admin.post(URL, {"identifier": "0912345678", "action": "erase", "confirm": "on"})

    assert Order.objects.filter(phone=LAN["phone"], anonymised_at=None).exists()
    assert PersonalDataRequest.objects.get().counts == {
        "class_registration": 1,
        "order": 0,
        "enquiry": 1,
        "visit_request": 1,
        "programme_registry": 1,
        "review": 0,
        "staff_messaging": 1,
    }


def test_erasing_must_be_confirmed(admin, records):
    admin.post(URL, {"identifier": "0912345678", "action": "erase"})

    assert Order.objects.filter(name="Nguyễn Thị Lan").exists()
    assert not PersonalDataRequest.objects.exists()


def test_only_superusers_may_see_export_or_erase(client, records):
    manager = get_user_model().objects.create_user(username="manager", password="x")
    manager.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(manager)

    found = client.get(URL, {"identifier": "0912345678"})
    erased = client.post(URL, {"identifier": "0912345678", "action": "erase", "confirm": "on"})

    # Wagtail sends a user refused a page back to the admin's home.
    assert [found["Location"], erased["Location"]] == ["/admin/", "/admin/"]
    assert Order.objects.filter(name="Nguyễn Thị Lan").exists()
    assert not PersonalDataRequest.objects.exists()


@pytest.mark.parametrize(
    "typed", ["0912345678", "0912 345 678", "+84912345678", "0084 912 345 678", "84912345678"]
)
def test_a_person_is_found_however_they_type_their_number(admin, records, typed):
    found = admin.get(URL, {"identifier": typed}).context["found"]

    assert [count for _purpose, count in found] == [1, 1, 1, 1, 1, 0, 1]


def test_a_person_with_a_foreign_number_is_found_and_erased_by_it(admin, records, homes):
    make_enquiry(CooperativePage.objects.get(), name="Emma", phone="+447700900123")

    found = admin.get(URL, {"identifier": "0044 7700 900123"}).context["found"]
    admin.post(URL, {"identifier": "+44 7700 900123", "action": "erase", "confirm": "on"})

    assert [count for _purpose, count in found] == [0, 0, 1, 0, 0, 0, 0]
    assert not Enquiry.objects.filter(name="Emma").exists()
    assert Enquiry.objects.filter(phone="+84912345678").exists()


@pytest.mark.parametrize(
    "identifier",
    [
        "",
        "+84 91234567",
        "0912 345 67x",
        "   ",
        "0912",
        "abc",
        "' OR 1=1 --",
        "<script>alert(1)</script>",
        "%@%",
        "\x00",
        "a" * 300,
        "0912345678\n0987654321",
    ],
)
def test_a_malformed_identifier_is_refused_and_erases_nothing(admin, records, identifier):
    found = admin.get(URL, {"identifier": identifier})
    erased = admin.post(URL, {"identifier": identifier, "action": "erase", "confirm": "on"})

    assert found.status_code == 200 and "error" in found.content.decode()
    assert erased.status_code == 400
    assert b"<script>alert(1)" not in found.content + erased.content
    assert not PersonalDataRequest.objects.exists()
    assert not Order.objects.filter(anonymised_at__isnull=False).exists()
    assert ClassRegistration.objects.exclude(phone="").count() == 2
    assert RegisteredPerson.objects.exclude(phone="").count() == 2
