"""A demo-like order reaches the weavers' staff member on Zalo and the basket makers' by
SMS, each with the one-tap link to their part; failures are retried or turned into e-mail;
without credentials only e-mail goes."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from checkout.cart import Cart, cart_contents
from notifications import zalo
from notifications.models import Message, Status, ZaloToken
from notifications.sending import MAX_ATTEMPTS, send_due_messages
from orders.emails import send_new_order_to_cooperatives
from orders.services import place_order
from payments.methods import METHODS
from tests.factories.orders import BUYER
from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def place(client, cooperatives, homes, django_capture_on_commit_callbacks):
    """Place a cash-on-delivery order of a scarf and a basket, as checkout does, running
    what waits for the commit (the e-mails' and the messages' tasks)."""

    def place_scarf_and_basket():
        session = client.session
        session["cart"] = {"KHAN-01": 1, "GUI-01": 1}
        session.save()
        contents = cart_contents(Cart(client.session), homes["vi"].locale)
        with django_capture_on_commit_callbacks(execute=True):
            return place_order(contents, None, BUYER, METHODS["cod"], "vi")

    return place_scarf_and_basket


def part_link(order, cooperative):
    part = order.fulfilments.get(cooperative=cooperative)
    return "http://localhost" + reverse("backoffice:orders") + f"#part-{part.pk}"


def test_a_new_order_reaches_each_cooperative_by_zalo_and_by_sms(
    place, cooperatives, fake_zalo, fake_sms, client
):
    order = place()

    [zalo_message] = fake_zalo.sent
    weavers_link = part_link(order, cooperatives["weavers"])
    assert zalo_message["phone"] == "84905111222"
    assert zalo_message["template_data"] == {
        "kind": "Đơn hàng mới cần đóng gói",
        "reference": order.code,
        "link": weavers_link.removeprefix("http://localhost"),
    }
    [sms] = fake_sms.sent
    baskets_link = part_link(order, cooperatives["baskets"])
    assert sms["Phone"] == "84986333444"
    assert sms["Content"] == f"Don hang moi {order.code} can dong goi: {baskets_link}"
    assert len(sms["Content"]) <= 160
    assert sms["SmsType"] == "2" and sms["IsUnicode"] == "0"
    assert sorted(Message.objects.values_list("recipient__username", "status", "link")) == [
        ("htx-dakrang", Status.SENT, baskets_link),
        ("htx-konkotu", Status.SENT, weavers_link),
    ]
    # The link opens the part's own card on the back office's orders to send.
    client.force_login(cooperatives["weaver"])
    orders_page = soup(client.get(reverse("backoffice:orders")))
    part = order.fulfilments.get(cooperative=cooperatives["weavers"])
    assert order.code in orders_page.find(id=f"part-{part.pk}").get_text()
    # The cooperatives' e-mail goes as before.
    assert sorted(m.to[0] for m in mail.outbox if "đóng gói" in m.subject.lower()) == [
        "dan@htx.example",
        "det@htx.example",
    ]


def test_the_site_gets_its_first_zalo_token_and_renews_a_refused_one(place, fake_zalo, fake_sms):
    place()
    token = ZaloToken.objects.get()
    assert token.access_token == fake_zalo.access_token
    assert token.refresh_token == fake_zalo.refresh_token  # the next one, kept for later

    fake_zalo.access_token = "revoked-by-zalo"  # Zalo answers -124 to the stored token
    place()
    assert len(fake_zalo.sent) == 2
    assert ZaloToken.objects.get().access_token == fake_zalo.access_token


def test_a_server_error_is_tried_again_later_then_sent(place, fake_zalo, fake_sms):
    fake_zalo.fail_next(503)
    place()

    message = Message.objects.get(channel="zalo")
    assert (message.status, message.attempts, fake_zalo.sent) == (Status.QUEUED, 1, [])
    assert message.last_error.startswith("Không liên lạc được với dịch vụ nhắn tin")
    assert send_due_messages() == 0  # not yet due: the backoff holds it a minute

    assert send_due_messages(timezone.now() + timedelta(minutes=2)) == 1
    message.refresh_from_db()
    assert (message.status, message.attempts, message.last_error) == (Status.SENT, 2, "")
    assert len(fake_zalo.sent) == 1


def test_a_timeout_counts_as_worth_retrying(place, fake_zalo, fake_sms, monkeypatch):
    monkeypatch.setattr(zalo, "TIMEOUT", 0.3)
    fake_zalo.hang_seconds = 1
    place()  # the token first, then the message that hangs
    fake_zalo.fail_next("timeout")
    message = Message.objects.get(channel="zalo")
    Message.objects.filter(pk=message.pk).update(status=Status.QUEUED)
    send_due_messages(timezone.now() + timedelta(minutes=2))
    message.refresh_from_db()
    assert message.status == Status.QUEUED and message.next_attempt_at > timezone.now()


def test_a_permanent_error_goes_by_email_at_once(place, cooperatives, fake_zalo, fake_sms):
    fake_sms.fail_next("108")  # eSMS: phone number not in the right format
    place()

    message = Message.objects.get(channel="sms")
    assert (message.status, message.attempts) == (Status.EMAILED, 1)
    assert message.last_error.startswith("Số điện thoại này không nhận được")
    [email] = [m for m in mail.outbox if m.to == ["alang@htx.example"]]
    assert message.link in email.body


def test_too_many_failed_tries_go_by_email(place, fake_zalo, fake_sms):
    fake_zalo.fail_next(*[503] * MAX_ATTEMPTS)
    place()
    later = timezone.now()
    for _try in range(MAX_ATTEMPTS):
        later += timedelta(hours=2)
        send_due_messages(later)
    message = Message.objects.get(channel="zalo")
    assert (message.status, message.attempts) == (Status.EMAILED, MAX_ATTEMPTS)
    [email] = [m for m in mail.outbox if m.to == ["yhoa@htx.example"]]
    assert message.link in email.body


def test_without_credentials_only_email_goes(place):
    place()

    assert not Message.objects.exists()
    assert sorted(m.to[0] for m in mail.outbox if "đóng gói" in m.subject.lower()) == [
        "dan@htx.example",
        "det@htx.example",
    ]


def test_one_message_per_person_and_part(place, cooperatives, fake_zalo, fake_sms):
    order = place()
    send_new_order_to_cooperatives.call(order.pk)  # told again: a second confirmation

    assert Message.objects.count() == 2
    assert len(fake_zalo.sent) == len(fake_sms.sent) == 1
