"""The registry of makers and learners in the admin: a programme officer registers a person
with their consent, in Vietnamese; mistakes and hostile input are refused in words that say
what to do; only programme officers change it, the Ethnic Committee reads it, and editors,
moderators and cooperative staff never see it; its list costs the same queries for a few
people as for many."""

import datetime

import pytest
from django.conf import settings
from django.utils import timezone

from programme.models import RegisteredPerson
from stories.models import ClassRegistration
from tests.queries import warm_query_count

pytestmark = pytest.mark.django_db

URL = "/admin/registry/"


def person_form(site, **fields):
    """What the admin form posts for a learner who signed the consent form."""
    return {
        "name": "Y Nhung",
        "is_learner": "on",
        "gender": "female",
        "birth_year": "2004",
        "ethnic_group": site["group"]["vi"].pk,
        "crafts": [site["craft"]["vi"].pk],
        "commune": "xã Đăk Dục",
        "phone": "0912 345 678",
        "cooperative": site["weavers"].pk,
        "artisan_page": "",
        "class_registrations": [],
        "registered_on": "2026-03-02",
        "consent_scope": "registry",
        "consent_method": "signed_form",
        "consent_witness": "",
        "consent_recorded_on": "2026-03-02",
        **fields,
    }


def errors_of(response):
    return {name: list(errors) for name, errors in response.context["form"].errors.items()}


def test_an_officer_registers_a_learner_with_her_consent(client, site):
    client.force_login(site["officer"])

    response = client.post(URL + "new/", person_form(site))

    assert response.status_code == 302
    person = RegisteredPerson.objects.get()
    assert (person.name, person.is_artisan, person.is_learner) == ("Y Nhung", False, True)
    assert (person.gender, person.birth_year, person.phone) == ("female", 2004, "+84912345678")
    assert person.ethnic_group == site["group"]["vi"]
    assert list(person.crafts.all()) == [site["craft"]["vi"]]
    assert person.cooperative == site["weavers"]
    # The proof of consent: what, how, when, registered by whom, under which notice.
    assert (person.consent_scope, person.consent_method) == ("registry", "signed_form")
    assert person.consent_recorded_on == datetime.date(2026, 3, 2)
    assert person.recorded_by == site["officer"]
    assert person.consent_purpose == "programme_registry"
    assert person.consent_notice_version == settings.PRIVACY_NOTICE_VERSION


def test_the_form_offers_the_vietnamese_pages_and_open_registrations_only(client, site):
    event = site["event"]["vi"]
    kept = ClassRegistration.objects.create(
        event=event, name="Y Nhung", phone="+84912000001", age=17, village="Đăk Răng"
    )
    ClassRegistration.objects.create(
        event=event, name="", phone="", age=15, village="", anonymised_at=timezone.now()
    )
    client.force_login(site["officer"])

    form = client.get(URL + "new/").context["form"]

    assert list(form.fields["ethnic_group"].queryset) == [site["group"]["vi"]]
    assert list(form.fields["crafts"].queryset) == [site["craft"]["vi"]]
    assert list(form.fields["artisan_page"].queryset) == [site["artisan"]["vi"]]
    assert [label for _value, label in form.fields["class_registrations"].choices] == [
        "Y Nhung – Lớp dệt thổ cẩm"
    ]
    response = client.post(URL + "new/", person_form(site, class_registrations=[kept.pk]))
    assert response.status_code == 302
    assert list(RegisteredPerson.objects.get().class_registrations.all()) == [kept]


@pytest.mark.parametrize("typed", ["1899", "0", "-5", "19 85", "abc", "1985.5"])
def test_an_impossible_birth_year_is_refused_in_words_that_help(client, site, typed):
    client.force_login(site["officer"])

    response = client.post(URL + "new/", person_form(site, birth_year=typed))

    assert response.status_code == 200
    assert errors_of(response)["birth_year"] == [
        "Hãy nhập năm sinh từ 1900 đến năm nay, ví dụ 1985."
    ]
    assert not RegisteredPerson.objects.exists()


@pytest.mark.parametrize("years_ahead", [1, 97_974])
def test_a_year_to_come_is_not_a_birth_year(client, site, years_ahead):
    client.force_login(site["officer"])
    year_to_come = str(timezone.localdate().year + years_ahead)

    response = client.post(URL + "new/", person_form(site, birth_year=year_to_come))

    assert errors_of(response)["birth_year"] == ["Năm này chưa đến: hãy kiểm tra lại năm."]


def test_a_person_is_an_artisan_a_learner_or_both(client, site):
    client.force_login(site["officer"])
    neither = person_form(site)
    del neither["is_learner"]

    refused = client.post(URL + "new/", neither)
    both = client.post(URL + "new/", person_form(site, is_artisan="on"))

    assert errors_of(refused)["is_learner"] == [
        "Hãy đánh dấu “nghệ nhân, người làm nghề”, “học viên” hoặc cả hai."
    ]
    assert both.status_code == 302
    assert RegisteredPerson.objects.get().is_artisan


def test_a_child_is_registered_with_a_guardians_consent_only(client, site):
    client.force_login(site["officer"])
    child = str(timezone.localdate().year - 12)

    alone = client.post(URL + "new/", person_form(site, birth_year=child))
    no_name = client.post(
        URL + "new/", person_form(site, birth_year=child, consent_method="guardian")
    )
    with_guardian = client.post(
        URL + "new/",
        person_form(site, birth_year=child, consent_method="guardian", consent_witness="A Thưa"),
    )

    assert errors_of(alone)["consent_method"] == [
        "Người này dưới 16 tuổi: cha mẹ hoặc người giám hộ phải đồng ý."
    ]
    assert errors_of(no_name)["consent_witness"] == [
        "Hãy ghi tên người làm chứng, cha mẹ hoặc người giám hộ."
    ]
    assert with_guardian.status_code == 302
    assert RegisteredPerson.objects.get().consent_witness == "A Thưa"


def test_consent_cannot_be_recorded_before_it_is_given(client, site):
    client.force_login(site["officer"])
    tomorrow = timezone.localdate() + datetime.timedelta(days=2)

    response = client.post(URL + "new/", person_form(site, consent_recorded_on=tomorrow))

    assert errors_of(response)["consent_recorded_on"] == ["Ngày này không thể ở tương lai."]


@pytest.mark.parametrize(
    "field, value",
    [
        ("gender", "robot"),
        ("consent_method", "' OR 1=1 --"),
        ("ethnic_group", "999999"),
        ("crafts", ["x"]),
        ("phone", "<script>"),
        ("name", ""),
        ("name", "a" * 101),
        ("commune", "b" * 121),
    ],
)
def test_hostile_or_malformed_input_saves_nothing(client, site, field, value):
    client.force_login(site["officer"])

    response = client.post(URL + "new/", person_form(site, **{field: value}))

    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not RegisteredPerson.objects.exists()


def test_a_name_that_looks_like_code_is_kept_as_text_and_shown_escaped(client, site):
    client.force_login(site["officer"])
    name = "<script>alert(1)</script> H'Lan"

    client.post(URL + "new/", person_form(site, name=name))
    listing = client.get(URL).content.decode()

    assert RegisteredPerson.objects.get().name == name
    assert "<script>alert(1)" not in listing
    assert "&lt;script&gt;alert(1)&lt;/script&gt; H&#x27;Lan" in listing


def register(site, name, **fields):
    return RegisteredPerson.objects.create(
        name=name,
        is_artisan=True,
        gender="male",
        birth_year=1970,
        ethnic_group=site["group"]["vi"],
        cooperative=site["weavers"],
        consent_method="signed_form",
        **fields,
    )


def test_the_committee_reads_the_registry_and_changes_nothing(client, site):
    person = register(site, "A Blông")
    client.force_login(site["committee"])

    listing = client.get(URL)
    inspect = client.get(f"{URL}inspect/{person.pk}/")
    add = client.get(URL + "new/")
    edit = client.post(f"{URL}edit/{person.pk}/", {"name": "X"})

    assert listing.status_code == 200 and "A Blông" in listing.content.decode()
    assert inspect.status_code == 200
    assert [add["Location"], edit["Location"]] == ["/admin/", "/admin/"]
    assert RegisteredPerson.objects.get().name == "A Blông"


@pytest.mark.parametrize("user", ["editor", "moderator", "weaver"])
def test_editors_moderators_and_cooperative_staff_never_see_the_registry(client, site, user):
    person = register(site, "A Blông")
    client.force_login(site[user])

    responses = [
        client.get(URL),
        client.get(f"{URL}inspect/{person.pk}/"),
        client.get(f"{URL}edit/{person.pk}/"),
        client.post(URL + "new/", person_form(site)),
    ]
    home = client.get("/admin/").content.decode()

    assert [response.status_code for response in responses] == [302] * 4
    assert {response["Location"] for response in responses} == {"/admin/"}
    assert RegisteredPerson.objects.count() == 1
    assert "A Blông" not in home and URL not in home


def test_the_programme_menu_is_shown_to_officers_and_the_committee(client, site):
    for user in ("officer", "committee"):
        client.force_login(site[user])
        assert URL in client.get("/admin/").content.decode()


def test_a_visitor_who_is_not_logged_in_is_asked_to_log_in(client, site):
    person = register(site, "A Blông")

    for url in (URL, f"{URL}inspect/{person.pk}/"):
        assert client.get(url)["Location"].startswith("/admin/login/")


def test_the_list_costs_the_same_queries_for_a_few_people_as_for_many(client, site):
    client.force_login(site["officer"])
    for number in range(2):
        register(site, f"Người {number}")
    few = warm_query_count(client, URL)
    for number in range(2, 14):
        register(site, f"Người {number}", commune=f"xã {number}")
    many = warm_query_count(client, URL)

    assert few == many


def test_a_person_is_found_by_name_or_by_phone_however_it_is_typed(client, site):
    register(site, "A Blông", phone="+84912345678")
    register(site, "Y Đrin", phone="+84987654321")
    client.force_login(site["officer"])

    def found(query):
        listing = client.get(URL, {"q": query})
        return [person.name for person in listing.context["object_list"]]

    assert found("0912 345 678") == ["A Blông"]
    assert found("Đrin") == ["Y Đrin"]
