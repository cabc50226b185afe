"""The wholesale enquiries inbox: each cooperative's staff read and answer only their own
cooperative's enquiries, whatever URL they type; site administrators see every cooperative's.
A reply reaches the buyer by e-mail and moves the enquiry on; enquiries left unanswered too
long are flagged on the dashboards."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from catalog.staff import ensure_staff_group
from craftsite.states import TransitionNotAllowed
from enquiries.models import Enquiry, EnquiryReply
from enquiries.services import change_enquiry_status
from tests.factories.catalog import add_cooperative, add_product, add_shop
from tests.factories.enquiries import make_enquiry
from tests.factories.pages import add_translation
from tests.html import soup

pytestmark = pytest.mark.django_db

INBOX = reverse("enquiries:index")


def staff_of(cooperative, username):
    user = get_user_model().objects.create_user(username=username, password="x")
    user.groups.add(ensure_staff_group(cooperative))
    return user


def refused(response):
    """Wagtail refuses an admin page with 403, or by sending the user to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    )


def edit_url(enquiry):
    return reverse("enquiries:edit", args=[enquiry.pk])


@pytest.fixture
def shop(homes):
    shop = add_shop(homes["vi"])
    shop_en = add_translation(shop, homes["en"], "Shop", "shop")
    weavers = add_cooperative(shop, "HTX Dệt", slug="htx-det", email="det@example.test")
    add_translation(
        weavers, shop_en, "Weavers", "weavers", legal_name="HTX Dệt", kind="cooperative"
    )
    baskets = add_cooperative(shop, "Tổ Đan", slug="to-dan")
    add_product(weavers, "Khăn thổ cẩm")  # staff see their dashboard panel once they sell
    users = get_user_model().objects
    manager = users.create_user(username="manager", password="x")
    manager.user_permissions.add(
        Permission.objects.get(codename="manage_order"),
        Permission.objects.get(codename="access_admin"),
    )
    editor = users.create_user(username="editor", password="x")
    editor.groups.add(Group.objects.get(name="Editors"))
    return {
        "weavers": weavers,
        "baskets": baskets,
        "weaver": staff_of(weavers, "weaver"),
        "basket_maker": staff_of(baskets, "basket-maker"),
        "admin": users.create_superuser("root", "root@example.test", "x"),
        "manager": manager,
        "editor": editor,
    }


def rows(client, query=""):
    """{enquiry id: its row} of the inbox as the user sees it."""
    response = client.get(INBOX + query)
    assert response.status_code == 200
    return {
        int(row.select_one("a")["href"].rstrip("/").rsplit("/", 1)[1]): row
        for row in soup(response).select("table.listing tbody tr")
    }


def listed(client, query=""):
    return set(rows(client, query))


def test_staff_see_their_own_enquiries_and_administrators_see_all(client, shop):
    fresh = make_enquiry(shop["weavers"], days_ago=1)
    waiting = make_enquiry(shop["weavers"], days_ago=4, email="late@example.test")
    quoted = make_enquiry(shop["weavers"], days_ago=9, status=Enquiry.Status.QUOTED)
    other = make_enquiry(shop["baskets"], days_ago=5)

    client.force_login(shop["weaver"])
    assert listed(client) == {fresh.pk, waiting.pk, quoted.pk}
    assert listed(client, "?status=quoted") == {quoted.pk}
    assert listed(client, "?overdue=true") == {waiting.pk}
    assert listed(client, "?q=late@") == {waiting.pk}
    flags = {pk: len(row.select(".w-status")) for pk, row in rows(client).items()}
    assert flags == {fresh.pk: 1, waiting.pk: 2, quoted.pk: 1}  # status, and overdue flag

    client.force_login(shop["basket_maker"])
    assert listed(client) == {other.pk}

    for administrator in (shop["admin"], shop["manager"]):
        client.force_login(administrator)
        assert listed(client) == {fresh.pk, waiting.pk, quoted.pk, other.pk}
        assert listed(client, "?overdue=true") == {waiting.pk, other.pk}


def test_nobody_else_opens_an_enquiry_whatever_the_url(client, shop):
    other = make_enquiry(shop["baskets"])

    client.force_login(shop["weaver"])
    assert refused(client.get(edit_url(other)))
    assert refused(client.post(edit_url(other), {"action": "reply", "body": "Xin chào"}))
    assert refused(client.post(edit_url(other), {"action": "status", "status": "won"}))

    client.force_login(shop["editor"])  # edits every page, but has no inbox
    assert refused(client.get(INBOX))
    assert refused(client.get(edit_url(other)))
    assert INBOX not in client.get(reverse("wagtailadmin_home")).content.decode()

    other.refresh_from_db()
    assert other.status == Enquiry.Status.NEW and not EnquiryReply.objects.exists()
    client.force_login(shop["basket_maker"])
    assert client.get(edit_url(other)).status_code == 200


def test_a_reply_is_mailed_to_the_buyer_and_marks_the_enquiry_answered(
    client, shop, django_capture_on_commit_callbacks
):
    enquiry = make_enquiry(shop["weavers"], days_ago=4)
    client.force_login(shop["weaver"])
    page = soup(client.get(edit_url(enquiry)))
    assert "emma@maison.example" in page.get_text()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            edit_url(enquiry), {"action": "reply", "body": "We can weave 60 by March."}
        )

    enquiry.refresh_from_db()
    reply = enquiry.replies.get()
    assert response.status_code == 302
    assert (reply.body, reply.user) == ("We can weave 60 by March.", shop["weaver"])
    assert enquiry.status == Enquiry.Status.ANSWERED
    assert enquiry.answered_at >= reply.sent_at
    [message] = mail.outbox
    assert message.to == ["emma@maison.example"]
    assert message.subject == "Weavers answered your enquiry"  # in the buyer's language
    assert message.reply_to == ["det@example.test"]
    assert "We can weave 60 by March." in message.body
    first_answer = enquiry.answered_at

    with django_capture_on_commit_callbacks(execute=True):
        client.post(edit_url(enquiry), {"action": "status", "status": "quoted"})
        client.post(edit_url(enquiry), {"action": "reply", "body": "Here is the price."})

    enquiry.refresh_from_db()
    assert (enquiry.status, enquiry.answered_at) == (Enquiry.Status.QUOTED, first_answer)
    assert enquiry.replies.count() == 2 and len(mail.outbox) == 2
    shown = soup(client.get(edit_url(enquiry))).get_text()
    assert "We can weave 60 by March." in shown and "Here is the price." in shown


def test_staff_follow_the_deal_but_never_back_to_new(client, shop):
    enquiry = make_enquiry(shop["weavers"])
    client.force_login(shop["weaver"])

    phoned = client.post(edit_url(enquiry), {"action": "status", "status": "won"})
    enquiry.refresh_from_db()
    assert phoned.status_code == 302
    assert enquiry.status == Enquiry.Status.WON and enquiry.answered_at is not None

    for status in ("new", "sold"):
        response = client.post(edit_url(enquiry), {"action": "status", "status": status})
        assert response.status_code == 400
    empty_reply = client.post(edit_url(enquiry), {"action": "reply", "body": "  "})
    assert empty_reply.status_code == 400
    enquiry.refresh_from_db()
    assert enquiry.status == Enquiry.Status.WON and not enquiry.replies.exists()


def test_dashboards_flag_enquiries_waiting_too_long(client, shop):
    make_enquiry(shop["weavers"], days_ago=1)
    waiting = make_enquiry(shop["weavers"], days_ago=4)
    make_enquiry(shop["weavers"], days_ago=6, status=Enquiry.Status.ANSWERED)

    client.force_login(shop["weaver"])
    panel = soup(client.get(reverse("wagtailadmin_home"))).select_one("#cooperative-home-section")
    inbox = panel.select_one(f'a[href="{INBOX}?status=new"]')
    assert inbox.select_one(".coop-action__count").get_text(strip=True) == "2"
    assert panel.select_one(f'a[href="{INBOX}?overdue=true"]').get_text(strip=True).startswith("1")

    client.force_login(shop["admin"])
    dashboard = soup(client.get(reverse("wagtailadmin_home")))
    overdue = dashboard.select_one("#overdue-enquiries-section")
    assert [a["href"] for a in overdue.select("tbody a[href*=enquiries]")] == [edit_url(waiting)]

    Enquiry.objects.filter(pk=waiting.pk).update(status=Enquiry.Status.ANSWERED)
    assert not soup(client.get(reverse("wagtailadmin_home"))).select_one(
        "#overdue-enquiries-section"
    )


def test_the_inbox_costs_the_same_queries_for_few_and_many_enquiries(client, shop):
    client.force_login(shop["weaver"])

    def queries():
        client.get(INBOX)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(INBOX).status_code == 200
        return len(captured)

    make_enquiry(shop["weavers"])
    few = queries()
    for days in range(10):
        make_enquiry(shop["weavers"], days_ago=days)
    assert queries() == few


def test_an_enquiry_is_never_moved_back_to_new_even_by_code(shop):
    enquiry = make_enquiry(shop["weavers"])
    change_enquiry_status(enquiry, Enquiry.Status.QUOTED)

    with pytest.raises(TransitionNotAllowed):
        change_enquiry_status(enquiry, Enquiry.Status.NEW)

    enquiry.refresh_from_db()
    assert enquiry.status == Enquiry.Status.QUOTED
