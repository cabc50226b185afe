"""The daily look for waiting work tells staff once per item; a payout sent is told; staff
see their own messages and administrators every one; the phone is personal data."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone

from craftsite.personal_data import anonymise_expired, erase_person, export_person
from notifications.models import Message, MessagingContact, Status
from notifications.notices import notify_payout_sent
from tests.factories.enquiries import make_enquiry
from tests.factories.orders import make_order

pytestmark = pytest.mark.django_db


def test_overdue_work_is_told_once_a_day_and_once_per_item(
    cooperatives, fake_zalo, fake_sms, django_capture_on_commit_callbacks
):
    old = make_enquiry(cooperatives["weavers"], days_ago=4, language="vi")
    make_enquiry(cooperatives["weavers"], days_ago=1, language="vi")  # still in time
    order = make_order({cooperatives["baskets"]: [(cooperatives["basket"], 1)]})
    order.confirmed_at = timezone.now() - timedelta(days=4)
    order.save(update_fields=["confirmed_at"])
    recent = make_order({cooperatives["baskets"]: [(cooperatives["basket"], 1)]})
    recent_part = recent.fulfilments.get()

    with django_capture_on_commit_callbacks(execute=True):
        call_command("notify_overdue", stdout=open("/dev/null", "w"))  # noqa: SIM115
    with django_capture_on_commit_callbacks(execute=True):
        call_command("notify_overdue", stdout=open("/dev/null", "w"))  # noqa: SIM115

    part = order.fulfilments.get()
    assert sorted(Message.objects.values_list("kind", "topic", "recipient__username")) == [
        ("enquiry_overdue", f"enquiry:{old.pk}", "htx-konkotu"),
        ("order_overdue", f"fulfilment:{part.pk}", "htx-dakrang"),
    ]
    assert [m["template_data"]["reference"] for m in fake_zalo.sent] == [str(old.pk)]
    [sms] = fake_sms.sent
    assert f"Don {order.code} da cho dong goi hon 3 ngay" in sms["Content"]
    assert not Message.objects.filter(topic=f"fulfilment:{recent_part.pk}").exists()


def test_a_payout_sent_is_told_with_the_amount(cooperatives, fake_sms):
    class Payout:  # what notify_payout_sent reads of payments.Payout
        pk = 41
        amount = 4_500_000
        bank_reference = "FT26340123"
        cooperative = cooperatives["baskets"]

    [message] = notify_payout_sent(Payout)
    assert message.text == "Cửa hàng đã chuyển 4.500.000 đồng vào tài khoản của bạn"
    assert message.link.endswith("/admin/statements/")


def test_staff_see_their_own_messages_and_administrators_all(
    client, cooperatives, fake_zalo, fake_sms, django_user_model
):
    for name, topic in (("weavers", "enquiry:1"), ("baskets", "enquiry:2")):
        Message.objects.create(
            recipient=cooperatives["weaver" if name == "weavers" else "basket_maker"],
            kind="new_enquiry",
            topic=topic,
            channel="zalo",
            reference=topic,
            text=f"Yêu cầu báo giá {topic}",
            link="http://localhost/admin/",
            status=Status.EMAILED,
            last_error="Số điện thoại này không có tài khoản Zalo nhận được tin. (Zalo -118)",
        )
    client.force_login(cooperatives["weaver"])
    page = client.get("/admin/messages/").content.decode()
    assert "Yêu cầu báo giá enquiry:1" in page and "enquiry:2" not in page
    assert "Đã gửi qua thư điện tử thay thế" in page
    assert "không có tài khoản Zalo" in page

    admin = django_user_model.objects.create_superuser("admin", "a@x.example", "x")
    client.force_login(admin)
    page = client.get("/admin/messages/").content.decode()
    assert "enquiry:1" in page and "enquiry:2" in page


def test_without_credentials_the_message_list_says_email_only(client, cooperatives):
    client.force_login(cooperatives["weaver"])
    page = client.get("/admin/messages/").content.decode()
    assert "Trang web chưa cài đặt Zalo và SMS" in page


def test_the_phone_is_exported_and_erased_with_the_person(cooperatives):
    exported = export_person("+84905111222")
    [record] = exported["staff_messaging"]
    assert record["phone"] == "+84905111222" and "code_hash" not in record

    erase_person("+84905111222")

    contact = MessagingContact.objects.get(user=cooperatives["weaver"])
    assert (contact.phone, contact.channel, contact.anonymised_at is not None) == (
        "",
        "email",
        True,
    )
    assert MessagingContact.objects.get(user=cooperatives["basket_maker"]).phone


def test_the_phone_of_someone_gone_for_a_year_is_forgotten(cooperatives, django_user_model):
    year_ago = timezone.now() - timedelta(days=366)
    weaver, basket_maker = cooperatives["weaver"], cooperatives["basket_maker"]
    django_user_model.objects.filter(pk=weaver.pk).update(last_login=year_ago)
    django_user_model.objects.filter(pk=basket_maker.pk).update(last_login=timezone.now())
    MessagingContact.objects.update(updated_at=year_ago)

    assert anonymise_expired()["staff_messaging"] == 1

    assert dict(MessagingContact.objects.values_list("user__username", "phone")) == {
        "htx-konkotu": "",
        "htx-dakrang": "+84986333444",
    }


def test_staff_and_administrators_find_the_phone_screen_and_editors_do_not(
    client, cooperatives, django_user_model
):
    client.force_login(cooperatives["weaver"])
    assert "/admin/messages/phone/" in client.get("/admin/account/").content.decode()
    assert "/admin/messages/phone/" in client.get("/admin/").content.decode()  # home button

    editor = django_user_model.objects.create_user("editor", password="x")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert "/admin/messages/" not in client.get("/admin/account/").content.decode()
