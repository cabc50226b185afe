"""'Ask for a visit': a visitor asks a village, from its page, for a visit, a homestay night
or a craft experience. The request reaches the village's hosts in the site's main language,
by e-mail and in their admin, and the visitor gets an acknowledgement in their language and
a page saying what happens next; anything malformed or hostile is refused next to its field,
and nothing is stored or mailed."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from base.templatetags.site_tags import action_url
from tests.html import alternates, soup
from tests.queries import BUDGET, warm_query_count
from visits.forms import LARGEST_GROUP, VisitRequestForm
from visits.models import VisitRequest
from visits.views import VISIT_REQUESTS_PER_HOUR

pytestmark = pytest.mark.django_db


def day(days):
    return (timezone.localdate() + timedelta(days=days)).isoformat()


def answers(**overrides):
    return {
        "kind": "homestay",
        "arrival": day(20),
        "departure": day(22),
        "group_size": "4",
        "guide_language": "en",
        "name": "  Emma   Laurent ",
        "phone": "0044 7700 900123",
        "email": "emma@voyage.example",
        "message": "We are four friends.\nWe would love to learn some weaving.",
        "consent": "on",
        "website": "",
        **overrides,
    }


def test_the_village_page_leads_to_its_visit_form_in_each_language(client, villages):
    for language in ("vi", "en"):
        page = soup(client.get(villages[language].url))
        assert page.select_one(
            f'#visit a[href="{action_url("request_visit", villages[language])}"]'
        )


def test_the_form_is_labelled_phone_first_and_asks_for_consent_unticked(client, villages):
    url = action_url("request_visit", villages["en"])

    page = soup(client.get(url))

    form = page.select_one("main form")
    assert form["action"] == url
    assert [legend.get_text(strip=True) for legend in form.select("legend")] == [
        "What would you like to do?",
        "When and who",
        "How to reach you",
    ]
    contact = [field["name"] for field in form.select("fieldset")[2].select("input, textarea")]
    assert contact == ["name", "phone", "email", "message"]
    for field in form.select("input:not([type=hidden]), textarea, select"):
        assert form.select_one(f"label[for={field['id']}]"), field["name"]
    assert not page.select_one("input[name=consent]").has_attr("checked")
    assert page.select_one("input[name=arrival]")["min"] == day(0)
    assert page.select_one("meta[name=robots]")["content"] == "noindex"
    assert alternates(page)["vi"].endswith(action_url("request_visit", villages["vi"]))
    assert warm_query_count(client, url) <= BUDGET


def test_a_request_goes_to_the_village_in_the_main_language_and_is_mailed(
    client, villages, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(action_url("request_visit", villages["en"]), answers())

    visit = VisitRequest.objects.get()
    assert response.status_code == 302
    assert response["Location"] == action_url("visit_requested", villages["en"])
    assert visit.village_id == villages["vi"].pk  # the Vietnamese page
    assert (visit.name, visit.phone, visit.language, visit.status, visit.nights) == (
        "Emma Laurent",
        "+447700900123",
        "en",
        "new",
        2,
    )
    assert visit.consent_purpose == "visit_request" and visit.consent_at
    to_host, to_visitor = sorted(
        mail.outbox, key=lambda message: message.to != ["a-ly@example.test"]
    )
    assert to_host.to == ["a-ly@example.test"]  # not the other village's host
    assert to_host.subject == f"Yêu cầu tham quan số {visit.pk} cần trả lời"
    assert f"/admin/visit_requests/{visit.pk}/" in to_host.body
    assert "+44 7700 900123" in to_host.body and "learn some weaving" in to_host.body
    assert to_visitor.to == ["emma@voyage.example"]
    assert to_visitor.subject == "Your visit request to Đăk Răng village"
    assert "weaving" not in to_visitor.body  # the visitor's own words are not mailed back
    thanks = soup(client.get(response["Location"]))
    assert "What happens next" in thanks.select_one("main").get_text()
    assert alternates(thanks)["vi"].endswith(action_url("visit_requested", villages["vi"]))
    assert warm_query_count(client, response["Location"]) <= BUDGET


def test_a_visitor_with_only_a_phone_is_called_back_and_gets_no_e_mail(
    client, villages, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            action_url("request_visit", villages["vi"]),
            answers(kind="visit", departure="", email="", phone="0912 345 678"),
        )

    visit = VisitRequest.objects.get()
    assert (visit.language, visit.departure, visit.email, visit.phone) == (
        "vi",
        None,
        "",
        "+84912345678",
    )
    assert [message.to for message in mail.outbox] == [["a-ly@example.test"]]


def test_a_village_with_no_host_yet_reaches_the_site_administrators(
    client, villages, django_capture_on_commit_callbacks, django_user_model
):
    django_user_model.objects.create_superuser("root", "root@example.test", "x")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(action_url("request_visit", villages["other"]), answers(email=""))
    villages["other"].visit_hosts.all().delete()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(action_url("request_visit", villages["other"]), answers(email="", name="Minh"))

    assert [message.to for message in mail.outbox] == [
        ["y-hoa@example.test"],
        ["root@example.test"],
    ]


def test_sending_the_same_request_twice_stores_and_mails_it_once(
    client, villages, django_capture_on_commit_callbacks
):
    url = action_url("request_visit", villages["en"])
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(url, answers())
        second = client.post(url, answers())

    assert VisitRequest.objects.count() == 1
    assert first["Location"] == second["Location"]
    assert len(mail.outbox) == 2  # the hosts' and the visitor's, once each


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("kind", ""),
        ("kind", "party"),
        ("arrival", ""),
        ("arrival", "tomorrow"),
        ("arrival", "2031-02-30"),
        ("arrival", day(-1)),
        ("arrival", day(400)),
        ("departure", day(19)),
        ("departure", day(40)),
        ("departure", "2031-13-01"),
        ("group_size", ""),
        ("group_size", "0"),
        ("group_size", "-3"),
        ("group_size", "10000"),
        ("group_size", str(LARGEST_GROUP + 1)),
        ("group_size", "1e3"),
        ("guide_language", "fr"),
        ("name", ""),
        ("name", "<script>alert(1)</script>"),
        ("name", "Emma\r\nBcc: victim@example.test"),
        ("name", "Cheap trips at https://spam.example"),
        ("name", "Emma \u202eevil"),
        ("phone", "12345"),
        ("phone", "call me"),
        ("phone", "9" * 500),
        ("email", "not-an-email"),
        ("email", "emma@voyage.example\nBcc: victim@example.test"),
        ("message", "M" * 2001),
        ("message", "null\x00byte"),
        ("consent", ""),
    ],
)
def test_malformed_or_hostile_input_is_refused_with_a_message_on_its_field(field, value):
    form = VisitRequestForm(answers(**{field: value}))

    assert not form.is_valid()
    assert list(form.errors) == [field]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"phone": "", "email": ""}, "phone"),
        ({"kind": "homestay", "departure": ""}, "departure"),
        ({"kind": "homestay", "departure": day(20)}, "departure"),
        ({"website": "http://bot.example"}, "website"),
    ],
)
def test_a_request_needs_a_way_to_answer_and_a_homestay_a_night(changes, field):
    form = VisitRequestForm(answers(**changes))

    assert not form.is_valid()
    assert list(form.errors) == [field]


def test_a_day_visit_or_craft_experience_needs_no_departure():
    for kind in ("visit", "craft"):
        assert VisitRequestForm(answers(kind=kind, departure="")).is_valid()


def test_a_refused_request_shows_each_error_next_to_its_field_and_stores_nothing(
    client, villages, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            action_url("request_visit", villages["en"]),
            answers(arrival=day(-2), group_size="0", name="<b>x</b>"),
        )

    assert response.status_code == 400
    page = soup(response)
    assert page.select_one(".form-errors[role=alert]")
    for field in ("arrival", "group_size", "name"):
        widget = page.select_one(f"#id_{field}")
        assert f"id_{field}_error" in widget["aria-describedby"], field
    assert "&lt;b&gt;" in response.content.decode() or "<b>x</b>" not in response.content.decode()
    assert not VisitRequest.objects.exists() and not mail.outbox


def test_too_many_requests_from_one_connection_are_refused(client, villages):
    url = action_url("request_visit", villages["vi"])
    for number in range(VISIT_REQUESTS_PER_HOUR):
        assert client.post(url, answers(name=f"Khách {number}")).status_code == 302

    refused = client.post(url, answers(name="Khách thêm"))

    assert refused.status_code == 429
    assert VisitRequest.objects.count() == VISIT_REQUESTS_PER_HOUR


@pytest.mark.parametrize("village_id", ["0", "99999999", "9" * 30, "abc"])
def test_an_unknown_village_is_not_found(client, villages, village_id):
    assert client.get(f"/vi/villages/{village_id}/visit/").status_code == 404
    assert client.get(f"/en/villages/{village_id}/visit/thanks/").status_code == 404


def test_a_draft_village_takes_no_requests(client, villages):
    villages["other"].unpublish()

    assert client.get(action_url("request_visit", villages["other"])).status_code == 404
