"""Visit requests in the admin: each village's hosts read and answer only their villages'
requests, whatever address they type; site administrators see every village's. An answer
reaches the visitor by e-mail in their language; a double tap answers once; requests left
unanswered too long are flagged; the report counts requests by period."""

import datetime
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from craftsite.periods import year
from craftsite.states import TransitionNotAllowed
from tests.factories.visits import make_visit_request
from tests.html import soup
from visits.hosts import HOSTS_GROUP
from visits.models import VisitAnswer, VisitHost, VisitRequest
from visits.services import answer_visit_request, visit_requests_in

pytestmark = pytest.mark.django_db

INBOX = reverse("visit_requests:index")


def edit_url(visit):
    return reverse("visit_requests:edit", args=[visit.pk])


def day(days):
    return (timezone.localdate() + timedelta(days=days)).isoformat()


@pytest.fixture
def requests(villages):
    return {
        "mine": make_visit_request(villages["vi"]),
        "old": make_visit_request(villages["vi"], days_ago=4, name="Trần Minh", email=""),
        "theirs": make_visit_request(villages["other"], name="Lê Hà"),
    }


def listed(client, query=""):
    response = client.get(INBOX + query)
    assert response.status_code == 200
    return sorted(a.get_text(strip=True) for a in soup(response).select("table.listing tbody td a"))


def test_a_host_sees_and_opens_only_their_villages_requests(client, villages, requests):
    client.force_login(villages["host"])

    assert listed(client) == ["Emma Laurent", "Trần Minh"]
    assert client.get(edit_url(requests["mine"])).status_code == 200
    for response in [
        client.get(edit_url(requests["theirs"]), follow=True),
        client.post(edit_url(requests["theirs"]), {"outcome": "accepted"}, follow=True),
    ]:
        # Not found, as if it did not exist (the admin's 404 goes through the language prefix).
        assert response.status_code == 404
        assert "Lê Hà" not in response.content.decode()
    assert requests["theirs"].answers.count() == 0


def test_editors_see_no_visitors_and_site_administrators_see_every_village(
    client, villages, requests
):
    users = get_user_model().objects
    editor = users.create_user(username="editor", password="x")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    refused = client.get(INBOX)
    assert refused.status_code == 302 and refused.url == reverse("wagtailadmin_home")

    manager = users.create_user(username="manager", password="x")
    manager.user_permissions.add(
        Permission.objects.get(codename="manage_order"),
        Permission.objects.get(codename="access_admin"),
    )
    client.force_login(manager)
    assert listed(client) == ["Emma Laurent", "Lê Hà", "Trần Minh"]


def test_requests_waiting_too_long_are_flagged(client, villages, requests):
    client.force_login(villages["host"])

    assert listed(client, "?overdue=true") == ["Trần Minh"]
    assert "Chưa trả lời quá 3 ngày" in client.get(edit_url(requests["old"])).content.decode()


def test_accepting_mails_the_visitor_in_their_language_once_whatever_the_taps(
    client, villages, requests, django_capture_on_commit_callbacks
):
    client.force_login(villages["host"])
    url = edit_url(requests["mine"])
    answer = {"outcome": "accepted", "note": "Meet us at the communal house at 8 am."}

    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(url, answer)
        second = client.post(url, answer)

    assert first.status_code == 302 and second.status_code == 400
    visit = VisitRequest.objects.get(pk=requests["mine"].pk)
    assert visit.status == "accepted" and visit.answered_at
    assert VisitAnswer.objects.filter(request=visit).count() == 1
    [message] = mail.outbox
    assert message.to == ["emma@voyage.example"]
    assert message.subject == "Đăk Răng village answered your visit request"
    assert "is glad to welcome you" in message.body and "communal house" in message.body


def test_proposing_other_dates_needs_a_day_ahead_and_mails_it(
    client, villages, requests, django_capture_on_commit_callbacks
):
    client.force_login(villages["host"])
    url = edit_url(requests["mine"])

    for refused in ["", day(-1), "not a day"]:
        response = client.post(url, {"outcome": "other_dates", "proposed_arrival": refused})
        assert response.status_code == 400, refused
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            url,
            {"outcome": "other_dates", "proposed_arrival": day(40), "proposed_departure": day(41)},
        )

    answer = VisitAnswer.objects.get()
    assert answer.proposed_arrival == timezone.localdate() + timedelta(days=40)
    assert "proposes other dates" in mail.outbox[0].body


def test_a_visitor_without_e_mail_is_to_be_called_and_gets_no_mail(
    client, villages, requests, django_capture_on_commit_callbacks
):
    client.force_login(villages["host"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url(requests["old"]), {"outcome": "declined"}, follow=True)

    assert not mail.outbox
    assert "gọi điện báo cho khách" in response.content.decode()
    assert not soup(response).select("form input[name=outcome]")  # nothing left to answer


def test_an_accepted_visit_can_only_be_called_off():
    visit = VisitRequest(status=VisitRequest.Status.ACCEPTED)

    assert VisitRequest.transitions.targets(visit.status) == [VisitRequest.Status.DECLINED]
    with pytest.raises(TransitionNotAllowed):
        visit.become(VisitRequest.Status.NEW, "no")


def test_two_hosts_answering_at_once_answer_once(villages, requests):
    answer_visit_request(requests["mine"], outcome="accepted", note="", user=villages["host"])

    with pytest.raises(TransitionNotAllowed):
        answer_visit_request(requests["mine"], outcome="accepted", note="", user=None)
    assert VisitAnswer.objects.count() == 1


def test_an_administrator_names_a_host_who_then_answers_that_village(client, villages, requests):
    client.force_login(get_user_model().objects.create_superuser("root", "root@example.test", "x"))
    newcomer = get_user_model().objects.create_user(username="a-nhu", password="x")

    form = soup(client.get(reverse("visit_hosts:add")))
    village_choices = [o.get_text(strip=True) for o in form.select("select[name=village] option")]
    response = client.post(
        reverse("visit_hosts:add"), {"village": villages["other"].pk, "user": newcomer.pk}
    )

    assert "Đăk Răng village" not in village_choices  # only the Vietnamese pages
    assert response.status_code == 302
    assert VisitHost.objects.filter(village=villages["other"], user=newcomer).exists()
    assert newcomer.groups.filter(name=HOSTS_GROUP).exists()
    client.force_login(newcomer)
    assert listed(client) == ["Lê Hà"]


def test_the_report_counts_requests_received_answered_and_accepted_in_a_period(villages, requests):
    answer_visit_request(requests["mine"], outcome="accepted", note="", user=None)
    answer_visit_request(requests["theirs"], outcome="declined", note="", user=None)
    VisitRequest.objects.filter(pk=requests["old"].pk).update(
        created_at=datetime.datetime(2024, 12, 31, 17, 30, tzinfo=datetime.UTC)  # 2025 in Vietnam
    )

    assert visit_requests_in(year(timezone.localdate().year)) == {
        "received": 2,
        "answered": 2,
        "accepted": 1,
    }
    assert visit_requests_in(year(2025))["received"] == 1


def test_a_hosts_home_leads_to_the_requests_waiting_and_warns_of_the_old_ones(
    client, villages, requests
):
    client.force_login(villages["host"])

    home = soup(client.get(reverse("wagtailadmin_home")))

    panel = home.select_one("#village-host-home-section")
    assert "Làng Đăk Răng" in panel.get_text()
    [button] = panel.select("a.coop-action")
    assert button["href"] == INBOX + "?status=new"
    assert button.select_one(".coop-action__count").get_text() == "2"  # not the other village's
    warning = panel.select_one(".help-block a")
    assert warning["href"] == INBOX + "?overdue=true"
    assert "1" in warning.get_text()


def test_someone_who_hosts_no_village_gets_no_hosts_home(client, villages, requests):
    VisitHost.objects.filter(user=villages["host"]).delete()
    client.force_login(villages["host"])

    home = soup(client.get(reverse("wagtailadmin_home")))

    assert home.select_one("#village-host-home-section") is None


def test_the_hosts_home_speaks_vietnamese(client, villages, requests):
    client.force_login(villages["host"])

    panel = soup(client.get(reverse("wagtailadmin_home"))).select_one("#village-host-home-section")

    assert "Yêu cầu tham quan cần trả lời" in panel.get_text()
    assert "1 yêu cầu đã chờ quá lâu" in panel.select_one(".help-block a").get_text()
