"""Bank transfers confirmed by the transfer service: the shop opens a payOS request per
transfer order (the real SDK over HTTP to a fake payOS), payOS's signed notice pays the order
with nobody touching the admin, and anything else lands among the transfers to review, once,
whatever is replayed, reordered or forged."""

import json
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from orders.models import Order
from orders.services import expire_unpaid_orders
from payments.models import Payment, ReceivedTransfer
from payments.transfers import mark_returned, open_transfer_request, record_as_payment
from tests.factories.orders import make_order
from tests.fakes.payos_server import notice_body
from tests.orders.admin import message_of, text_of, vi

pytestmark = pytest.mark.django_db

SCARVES = 2 * 350_000 + 30_000
WEBHOOK = "/payments/payos/webhook/"


@pytest.fixture
def order(staffed_shop):
    """Two scarves awaiting a transfer, due in a day."""
    shop = staffed_shop
    return make_order(
        {shop["weavers"]: [(shop["scarf"], 2)]},
        status=Order.Status.AWAITING_PAYMENT,
        payment_method="vietqr",
        pay_by=timezone.now() + timedelta(days=1),
    )


@pytest.fixture
def request_(fake_payos, order, rf):
    """The order's payOS request, opened as checkout opens it."""
    return open_transfer_request(rf.post("/vi/gio-hang/thanh-toan/"), order)


def notify(client, fake, number, amount, **fields):
    body = notice_body(number, amount, fake.checksum_key, **fields)
    return client.post(WEBHOOK, body, content_type="application/json")


def state(order):
    order.refresh_from_db()
    return order.status, order.payment_status


def test_a_transfer_order_gets_a_request_of_its_total_and_its_page_shows_the_services_code(
    fake_payos, order, request_, client
):
    asked = fake_payos.request_bodies[request_.pk]

    assert (asked["amount"], asked["description"]) == (SCARVES, order.code)
    assert request_.instructions["qr"] == fake_payos.created[request_.pk]["qrCode"]
    page = client.get(order.get_absolute_url())
    assert page.status_code == 200
    text = page.content.decode()
    assert "62110001234567" in text and order.code in text
    assert "trong một hai phút" in text  # paid on its own: the buyer is told to reload


def test_the_services_notice_pays_the_order_with_nobody_in_the_admin(
    fake_payos, order, request_, client
):
    response = notify(client, fake_payos, request_.pk, SCARVES, reference="FT000000000001")

    assert response.status_code == 200
    assert state(order) == ("confirmed", "paid")
    payment = Payment.objects.get(pk=request_.pk)
    assert (payment.status, payment.amount, payment.provider_payment_id) == (
        "paid",
        SCARVES,
        "FT000000000001",
    )
    transfer = ReceivedTransfer.objects.get()
    assert (transfer.outcome, transfer.payment, transfer.to_review) == ("applied", payment, False)


def test_a_replayed_notice_changes_nothing(fake_payos, order, request_, client):
    body = notice_body(request_.pk, SCARVES, fake_payos.checksum_key)

    answers = [
        client.post(WEBHOOK, body, content_type="application/json").status_code for _ in range(3)
    ]

    assert answers == [200, 200, 200]
    assert ReceivedTransfer.objects.count() == 1
    assert order.payments.filter(status="paid").count() == 1
    assert order.events.filter(action="paid").count() == 1


@pytest.mark.parametrize(
    "tamper",
    [
        pytest.param(
            lambda body: body.replace(b'"amount": 730000', b'"amount": 7300000'), id="amount"
        ),
        pytest.param(
            lambda body: body.replace(b'"signature": "', b'"signature": "0'), id="signature"
        ),
        pytest.param(
            lambda body: json.dumps({"data": json.loads(body)["data"]}).encode(), id="unsigned"
        ),
        pytest.param(lambda body: body[:-1], id="cut-short"),
        pytest.param(lambda body: b"[]", id="a-list"),
        pytest.param(lambda body: b"x" * 100_000, id="huge"),
        pytest.param(
            lambda body: body.replace(b'"amount": 730000', b'"amount": "730000"'), id="text-amount"
        ),
    ],
)
def test_a_forged_or_malformed_notice_is_refused_and_changes_nothing(
    fake_payos, order, request_, client, tamper
):
    body = tamper(notice_body(request_.pk, SCARVES, fake_payos.checksum_key))

    response = client.post(WEBHOOK, body, content_type="application/json")

    assert response.status_code == 400
    assert state(order) == ("awaiting_payment", "unpaid")
    assert not ReceivedTransfer.objects.exists()


def test_a_notice_signed_with_another_key_is_refused(fake_payos, order, request_, client):
    body = notice_body(request_.pk, SCARVES, "someone-elses-key")

    assert client.post(WEBHOOK, body, content_type="application/json").status_code == 400
    assert state(order) == ("awaiting_payment", "unpaid")


def test_the_webhook_is_not_there_without_the_service(fake_payos, order, client, settings):
    body = notice_body(1, SCARVES, fake_payos.checksum_key)
    settings.PAYOS_CLIENT_ID = settings.PAYOS_API_KEY = settings.PAYOS_CHECKSUM_KEY = ""

    response = client.post(WEBHOOK, body, content_type="application/json", follow=True)

    # As for Stripe's: LocaleMiddleware sends an address it does not find to its /vi/ form.
    assert response.redirect_chain == [("/vi" + WEBHOOK, 302)]
    assert response.status_code == 404
    assert not ReceivedTransfer.objects.exists()


@pytest.mark.parametrize(
    "amount, outcome",
    [(SCARVES - 1, "too_little"), (SCARVES + 100_000, "too_much")],
)
def test_a_transfer_of_another_amount_waits_for_review_and_leaves_the_order_unpaid(
    fake_payos, order, request_, client, amount, outcome
):
    assert notify(client, fake_payos, request_.pk, amount).status_code == 200

    assert state(order) == ("awaiting_payment", "unpaid")
    transfer = ReceivedTransfer.objects.get()
    assert (transfer.outcome, transfer.amount, transfer.to_review) == (outcome, amount, True)
    assert Payment.objects.get(pk=request_.pk).status == "pending"


def test_a_transfer_for_no_known_request_is_kept_for_review(fake_payos, order, request_, client):
    assert notify(client, fake_payos, 123, 2_000).status_code == 200  # payOS's own test notice

    transfer = ReceivedTransfer.objects.get()
    assert (transfer.outcome, transfer.payment, transfer.to_review) == ("unknown", None, True)
    assert state(order) == ("awaiting_payment", "unpaid")


def test_a_second_transfer_for_a_paid_order_is_kept_for_review(fake_payos, order, request_, client):
    notify(client, fake_payos, request_.pk, SCARVES)
    notify(client, fake_payos, request_.pk, SCARVES)  # the buyer paid again: a new bank reference

    assert state(order) == ("confirmed", "paid")
    assert list(ReceivedTransfer.objects.order_by("pk").values_list("outcome", flat=True)) == [
        "applied",
        "twice",
    ]
    assert order.payments.filter(status="paid").count() == 1


def test_a_transfer_after_the_order_expired_is_kept_for_review_and_the_order_stays_cancelled(
    fake_payos, order, request_, client
):
    expire_unpaid_orders(now=order.pay_by + timedelta(minutes=1))

    notify(client, fake_payos, request_.pk, SCARVES)

    assert state(order) == ("cancelled", "unpaid")
    assert ReceivedTransfer.objects.get().outcome == "late"


def test_a_transfer_just_before_the_deadline_keeps_the_order_when_the_expiry_job_runs_after(
    fake_payos, order, request_, client
):
    notify(client, fake_payos, request_.pk, SCARVES)
    expire_unpaid_orders(now=order.pay_by + timedelta(minutes=1))

    assert state(order) == ("confirmed", "paid")


def test_when_the_service_is_down_the_order_page_shows_the_shops_own_account(
    fake_payos, order, rf, client
):
    fake_payos.outage = 503

    assert open_transfer_request(rf.post("/vi/"), order) is None

    assert order.payments.get().status == "failed"
    page = client.get(order.get_absolute_url()).content.decode()
    assert "trong một hai phút" not in page


def test_staff_record_a_transfer_of_too_much_and_the_difference_is_flagged(
    fake_payos, order, request_, client, staffed_shop
):
    notify(client, fake_payos, request_.pk, SCARVES + 100_000)
    transfer = ReceivedTransfer.objects.get()
    manager = staffed_shop["manager"]

    assert record_as_payment(transfer, order, manager, note="called the buyer") is True
    assert mark_returned(transfer, manager, "FT999") is False  # decided already

    assert state(order) == ("confirmed", "paid")
    assert order.attention == vi(
        "Received %(received)s đồng for %(due)s đồng due: refund the difference.",
        received=SCARVES + 100_000,
        due=SCARVES,
    )
    transfer.refresh_from_db()
    assert (transfer.resolution, transfer.resolved_by, transfer.to_review) == (
        "recorded",
        manager,
        False,
    )


def test_transfers_to_review_are_listed_and_sent_back_from_the_admin(
    fake_payos, order, request_, client, staffed_shop
):
    notify(client, fake_payos, 999_999, 50_000, description="LN-KHONG-RO")
    notify(client, fake_payos, request_.pk, SCARVES)
    client.force_login(staffed_shop["manager"])

    listing = text_of(client.get(reverse("received_transfers:index") + "?to_review=true"))
    unknown = ReceivedTransfer.objects.get(outcome="unknown")
    page = client.get(reverse("received_transfers:inspect", args=[unknown.pk]))
    returned = client.post(
        reverse("received_transfers:returned", args=[unknown.pk]), {"note": "FT-BACK-1"}
    )

    assert "LN-KHONG-RO" in listing and order.code not in listing
    assert vi("No order is waiting for it") in text_of(page)
    assert message_of(returned) == vi(
        "Transfer %(code)s is noted as sent back.", code=unknown.reference
    )
    unknown.refresh_from_db()
    assert (unknown.resolution, unknown.note) == ("returned", "FT-BACK-1")


@pytest.mark.parametrize(
    "typed, error",
    [
        ("ln-000-nope", vi("No order has the number %(code)s.", code="LN-000-NOPE")),
        ("<script>LN-000</script>", "20"),  # longer than any order number
        ("", vi("This field is required.")),
    ],
)
def test_recording_a_transfer_for_an_order_number_that_does_not_exist_is_refused(
    fake_payos, order, request_, client, staffed_shop, typed, error
):
    notify(client, fake_payos, 999_999, 50_000)
    unknown = ReceivedTransfer.objects.get()
    client.force_login(staffed_shop["manager"])

    response = client.post(
        reverse("received_transfers:record", args=[unknown.pk]), {"order_code": typed}
    )

    assert response.status_code == 200
    assert error in text_of(response)
    unknown.refresh_from_db()
    assert unknown.to_review
    assert not Payment.objects.filter(status="paid").exists()


def test_editors_and_cooperative_staff_do_not_see_transfers(
    fake_payos, order, request_, client, staffed_shop
):
    notify(client, fake_payos, request_.pk, SCARVES)
    transfer = ReceivedTransfer.objects.get()

    for user in (staffed_shop["editor"], staffed_shop["weaver"]):
        client.force_login(user)
        assert client.get(reverse("received_transfers:index")).status_code in (302, 403)
        assert client.get(
            reverse("received_transfers:inspect", args=[transfer.pk])
        ).status_code in (
            302,
            403,
        )
