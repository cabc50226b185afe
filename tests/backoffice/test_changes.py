"""Changes a phone sends, at once or from its offline queue: applied when the record is as
the phone showed it, refused with the record as it now is when it is not (a scarf sold
meanwhile), applied once however often they arrive, and only to the staff member's own
cooperative's records. Every refusal is JSON, and changes nothing."""

import json
import uuid

import pytest
from django.test import Client
from django.urls import reverse

from catalog.models import ListedProduct
from orders.models import Fulfilment, OrderEvent
from orders.services import advance_fulfilment, take_stock

pytestmark = pytest.mark.django_db

URL = reverse("backoffice:change")


def send(client, change, **extra):
    return client.post(URL, json.dumps(change), content_type="application/json", **extra)


def stock_change(variant, seen, new, change_id=None):
    return {
        "id": change_id or str(uuid.uuid4()),
        "kind": "stock",
        "target": variant.pk,
        "seen": seen,
        "new": new,
    }


def step(part, seen, status, change_id=None, **shipping):
    return {
        "id": change_id or str(uuid.uuid4()),
        "kind": "step",
        "target": part.pk,
        "seen": {"status": seen},
        "new": {"status": status, **shipping},
    }


def figures(variant):
    variant.refresh_from_db()
    return variant.price, variant.stock, variant.active


@pytest.fixture
def staff(client, konkotu):
    client.force_login(konkotu["staff"])
    return client


def test_a_new_stock_is_written_when_the_server_still_holds_what_the_phone_saw(staff, konkotu):
    variant = konkotu["variant"]

    response = send(staff, stock_change(variant, {"stock": 4}, {"stock": "7"}))

    assert response.status_code == 200
    assert response.json()["current"] == {"price": 350_000, "stock": 7, "active": True}
    assert figures(variant) == (350_000, 7, True)


def test_a_price_typed_as_people_write_it_is_read_by_the_admins_rules(staff, konkotu):
    variant = konkotu["variant"]

    response = send(
        staff,
        stock_change(
            variant, {"price": 350_000, "active": True}, {"price": "380.000 đ", "active": False}
        ),
    )

    assert response.status_code == 200
    assert figures(variant) == (380_000, 4, False)


def test_stock_sold_meanwhile_is_never_overwritten_the_phone_is_told_the_new_figure(staff, konkotu):
    variant = konkotu["variant"]
    assert take_stock(variant, 1)  # a buyer takes one while the phone is offline

    response = send(staff, stock_change(variant, {"stock": 4}, {"stock": "6"}))

    assert response.status_code == 409
    assert response.json() == {
        "error": "conflict",
        "current": {"price": 350_000, "stock": 3, "active": True},
    }
    assert figures(variant) == (350_000, 3, True)


def test_keeping_ones_figure_after_a_conflict_is_a_new_change_seeing_the_servers(staff, konkotu):
    variant = konkotu["variant"]
    take_stock(variant, 1)

    response = send(staff, stock_change(variant, {"stock": 3}, {"stock": "6"}))

    assert response.status_code == 200
    assert figures(variant)[1] == 6


def test_a_new_price_does_not_undo_a_sale_made_meanwhile(staff, konkotu):
    variant = konkotu["variant"]
    take_stock(variant, 2)

    response = send(staff, stock_change(variant, {"price": 350_000}, {"price": "390000"}))

    assert response.status_code == 200
    assert figures(variant) == (390_000, 2, True)


def test_a_change_sent_twice_is_applied_once(staff, konkotu):
    variant = konkotu["variant"]
    change = stock_change(variant, {"stock": 4}, {"stock": "6"})
    first = send(staff, change)
    take_stock(variant, 1)  # sold after the change was applied

    again = send(staff, change)  # the first answer was lost on the way back

    assert again.status_code == 200
    assert again.json() == {**first.json(), "replayed": True}
    assert figures(variant)[1] == 5


def test_a_refused_change_can_be_sent_again_once_the_phone_has_the_right_figures(staff, konkotu):
    variant = konkotu["variant"]
    change = stock_change(variant, {"stock": 9}, {"stock": "6"})
    assert send(staff, change).status_code == 409

    change["seen"] = {"stock": 4}

    assert send(staff, change).status_code == 200
    assert figures(variant)[1] == 6


@pytest.mark.parametrize(
    ("new", "field"),
    [
        ({"stock": "-1"}, "stock"),
        ({"stock": "năm"}, "stock"),
        ({"price": "0,5 triệu"}, "price"),
        ({"price": "99999999999999999999"}, "price"),
    ],
)
def test_figures_the_admin_would_refuse_are_refused_with_its_reasons(staff, konkotu, new, field):
    variant = konkotu["variant"]
    seen = {name: getattr(variant, name) for name in new}

    response = send(staff, stock_change(variant, seen, new))

    assert response.status_code == 400
    assert field in response.json()["errors"]
    assert figures(variant) == (350_000, 4, True)


@pytest.mark.parametrize(
    "change",
    [
        [],
        "stock",
        {"id": "not-a-uuid", "kind": "stock", "target": 1, "seen": {}, "new": {}},
        {"id": str(uuid.uuid4()), "kind": "delete", "target": 1, "seen": {}, "new": {}},
        {"id": str(uuid.uuid4()), "kind": "stock", "target": "1", "seen": {}, "new": {}},
        {"id": str(uuid.uuid4()), "kind": "stock", "target": 1, "seen": [], "new": {}},
    ],
)
def test_changes_of_another_shape_are_refused(staff, konkotu, change):
    response = send(staff, change)

    assert response.status_code == 400
    assert response.json()["error"] == "invalid"


@pytest.mark.parametrize(
    ("seen", "new"),
    [
        ({}, {}),
        ({"stock": 4}, {"sku": "X"}),
        ({"stock": "4"}, {"stock": "5"}),
        ({"stock": True}, {"stock": "5"}),
        ({"stock": 10**40}, {"stock": "5"}),
        ({"stock": 4}, {"stock": "5", "price": "1"}),
        ({"active": 1}, {"active": False}),
        ({"active": True}, {"active": "no"}),
    ],
)
def test_what_the_phone_saw_must_be_what_the_screen_shows(staff, konkotu, seen, new):
    variant = konkotu["variant"]

    response = send(staff, stock_change(variant, seen, new))

    assert response.status_code == 400
    assert figures(variant) == (350_000, 4, True)


@pytest.mark.parametrize(
    "body",
    [b"{", b"\xff\xfe", b"[" * 5000 + b"]" * 5000, b'{"id": NaN}', b""],
)
def test_malformed_json_is_answered_in_json(staff, body):
    response = staff.post(URL, body, content_type="application/json")

    assert response.status_code in (400, 413)
    assert response.json()["error"] in ("malformed", "too_large", "invalid")


def test_a_huge_body_is_refused_unread(staff, konkotu):
    change = stock_change(konkotu["variant"], {"stock": 4}, {"stock": "5" + " " * 10_000})

    response = send(staff, change)

    assert response.status_code == 413
    assert figures(konkotu["variant"])[1] == 4


def test_another_cooperatives_variant_is_refused_and_unchanged(staff, dakrang):
    variant = dakrang["variant"]

    response = send(staff, stock_change(variant, {"stock": 1}, {"stock": "0"}))

    assert response.status_code == 403
    assert response.json() == {"error": "not_yours"}
    assert figures(variant) == (280_000, 1, True)


def test_another_cooperatives_part_is_refused_and_unchanged(staff, dakrang):
    part = dakrang["order"].fulfilments.get()

    response = send(staff, step(part, "new", "packed"))

    assert response.status_code == 403
    part.refresh_from_db()
    assert part.status == Fulfilment.Status.NEW


def test_an_id_someone_else_used_is_not_replayed_to_another(client, konkotu, dakrang):
    change = step(dakrang["order"].fulfilments.get(), "new", "packed")
    client.force_login(dakrang["staff"])
    assert send(client, change).status_code == 200
    client.force_login(konkotu["staff"])

    response = send(client, {**change, "target": konkotu["order"].fulfilments.get().pk})

    assert response.status_code == 400
    assert konkotu["order"].fulfilments.get().status == Fulfilment.Status.NEW


def test_marking_shipped_records_the_tracking_number_and_tells_the_buyer(
    staff, konkotu, mailoutbox, django_capture_on_commit_callbacks
):
    part = konkotu["order"].fulfilments.get()

    with django_capture_on_commit_callbacks(execute=True):
        response = send(
            staff, step(part, "new", "shipped", carrier="Viettel Post", tracking_number="VTP123")
        )

    assert response.status_code == 200
    assert response.json()["current"] == {"status": "shipped", "status_label": "Đã gửi"}
    part.refresh_from_db()
    assert (part.status, part.carrier, part.tracking_number) == (
        "shipped",
        "Viettel Post",
        "VTP123",
    )
    assert [mail.to for mail in mailoutbox] == [["lan@example.test"]]


def test_a_step_sent_twice_is_taken_once(
    staff, konkotu, mailoutbox, django_capture_on_commit_callbacks
):
    part = konkotu["order"].fulfilments.get()
    change = step(part, "new", "shipped", carrier="VNPost", tracking_number="EB1")

    with django_capture_on_commit_callbacks(execute=True):
        answers = [send(staff, change).json() for _ in range(2)]

    assert answers[1] == {**answers[0], "replayed": True}
    assert OrderEvent.objects.filter(action="shipped").count() == 1
    assert len(mailoutbox) == 1


def test_shipping_without_a_tracking_number_is_refused(staff, konkotu):
    part = konkotu["order"].fulfilments.get()

    response = send(staff, step(part, "new", "shipped", carrier="VNPost"))

    assert response.status_code == 400
    assert "tracking_number" in response.json()["errors"]
    assert Fulfilment.objects.get(pk=part.pk).status == Fulfilment.Status.NEW


def test_a_part_moved_meanwhile_is_not_moved_again_the_phone_is_told(staff, konkotu):
    part = konkotu["order"].fulfilments.get()
    advance_fulfilment(part, Fulfilment.Status.PACKED)  # a colleague, in the full admin

    response = send(staff, step(part, "new", "shipped", carrier="VNPost", tracking_number="EB1"))

    assert response.status_code == 409
    assert response.json()["current"] == {"status": "packed", "status_label": "Đã đóng gói"}
    assert Fulfilment.objects.get(pk=part.pk).status == Fulfilment.Status.PACKED


def test_a_step_out_of_turn_is_refused_by_the_orders_rules(staff, konkotu):
    part = konkotu["order"].fulfilments.get()

    response = send(staff, step(part, "new", "ready"))  # a delivery is never collected

    assert response.status_code == 422
    assert response.json()["current"]["status"] == "new"


@pytest.mark.parametrize("status", ["cancelled", ["shipped"], {"a": 1}, None, "new"])
def test_steps_the_screens_do_not_offer_are_refused(staff, konkotu, status):
    part = konkotu["order"].fulfilments.get()

    response = send(staff, step(part, "new", status))

    assert response.status_code == 400
    assert Fulfilment.objects.get(pk=part.pk).status == Fulfilment.Status.NEW


def test_a_change_without_the_csrf_token_is_refused(konkotu):
    client = Client(enforce_csrf_checks=True)
    client.force_login(konkotu["staff"])

    response = send(client, stock_change(konkotu["variant"], {"stock": 4}, {"stock": "0"}))

    assert response.status_code == 403
    assert response.json()["error"] == "csrf"
    assert figures(konkotu["variant"])[1] == 4


def test_a_change_with_a_wrong_csrf_token_is_refused_and_the_right_one_accepted(konkotu):
    client = Client(enforce_csrf_checks=True)
    client.force_login(konkotu["staff"])
    token = client.get(reverse("backoffice:stock")).cookies["csrftoken"].value
    change = stock_change(konkotu["variant"], {"stock": 4}, {"stock": "0"})

    wrong = send(client, change, headers={"X-CSRFToken": "x" * 64})
    right = send(client, change, headers={"X-CSRFToken": token})

    assert (wrong.status_code, right.status_code) == (403, 200)
    assert figures(konkotu["variant"])[1] == 0


def test_a_signed_out_phone_keeps_its_change_for_later(client, konkotu):
    response = send(client, stock_change(konkotu["variant"], {"stock": 4}, {"stock": "0"}))

    assert response.status_code == 401
    assert response.json()["error"] == "signed_out"
    assert figures(konkotu["variant"])[1] == 4


def test_people_who_staff_no_cooperative_are_refused_in_json(client, konkotu, django_user_model):
    editor = django_user_model.objects.create_user("ed", password="x", is_staff=True)
    client.force_login(editor)

    response = send(client, stock_change(konkotu["variant"], {"stock": 4}, {"stock": "0"}))

    assert response.status_code == 403
    assert figures(konkotu["variant"])[1] == 4


def test_changes_are_only_posted(staff):
    assert staff.get(URL).status_code == 405


def test_a_new_price_reaches_the_shop_listing(staff, konkotu):
    variant = konkotu["variant"]

    send(staff, stock_change(variant, {"price": 350_000}, {"price": "300000"}))

    rows = ListedProduct.objects.filter(translation_key=konkotu["scarf"].translation_key)
    assert set(rows.values_list("lowest_price", flat=True)) == {300_000}
