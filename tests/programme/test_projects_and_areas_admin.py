"""Support projects and raw-material areas in the admin: a programme officer records a
project with its budget by source and an area in hectares as people write it; negative,
huge or malformed figures and impossible dates are refused and save nothing; only the
Department's officers change them and the Ethnic Committee reads them."""

from decimal import Decimal

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from programme.models import RawMaterialArea, SupportProject

pytestmark = pytest.mark.django_db

PROJECTS = "/admin/support_projects/"
AREAS = "/admin/raw_material_areas/"


def project_form(site, budget=(), **fields):
    return nested_form_data(
        {
            "name": "Hỗ trợ khung dệt",
            "cooperative": site["weavers"].pk,
            "facility": "",
            "commune": "xã Đăk Dục",
            "support": "machinery",
            "description": "5 khung dệt",
            "starts_on": "2025-03-01",
            "ends_on": "2025-10-31",
            "status": "finished",
            "budget": inline_formset(
                [{"source": source, "amount": amount} for source, amount in budget]
            ),
            "results": "Thêm 6 thợ dệt",
            "people_benefiting": "12",
            **fields,
        }
    )


def area_form(site, **fields):
    return {
        "name": "Vùng tre nứa thôn Kon Klor",
        "commune": "phường Kon Tum",
        "material": site["bamboo"].pk,
        "hectares": "12,5",
        "latitude": "14.35",
        "longitude": "108.01",
        "cooperative": site["baskets"].pk,
        "households": "20",
        "planted_in": "",
        **fields,
    }


def errors_of(response):
    form = response.context["form"]
    errors = {name: list(errors) for name, errors in form.errors.items()}
    for name, formset in getattr(form, "formsets", {}).items():
        for number, child in enumerate(formset.forms):
            for field, messages in child.errors.items():
                errors[f"{name}-{number}-{field}"] = list(messages)
    return errors


def test_an_officer_records_a_project_with_its_budget_by_source(client, site):
    client.force_login(site["officer"])

    response = client.post(
        PROJECTS + "new/",
        project_form(site, budget=[("state", "300000000"), ("people", "50000000")]),
    )

    assert response.status_code == 302
    project = SupportProject.objects.get()
    assert (project.facility_name, project.status) == ("HTX Dệt thổ cẩm Kon Kơ Tu", "finished")
    assert sorted(project.budget.values_list("source", "amount")) == [
        ("people", 50_000_000),
        ("state", 300_000_000),
    ]
    listing = client.get(PROJECTS).content.decode()
    assert "Hỗ trợ khung dệt" in listing and "Đã hoàn thành" in listing
    edit = client.get(f"{PROJECTS}edit/{project.pk}/").content.decode()
    assert "Kinh phí theo nguồn" in edit and 'value="300000000"' in edit


@pytest.mark.parametrize(
    "amount, message",
    [
        ("-1", "Hãy nhập số đồng là số nguyên lớn hơn 0."),
        ("0", "Hãy nhập số đồng là số nguyên lớn hơn 0."),
        ("1.000.000", "Hãy nhập số đồng là số nguyên, không có dấu chấm hay dấu phẩy."),
        ("100000000001", "Hơn 100 tỷ đồng: vui lòng kiểm tra lại số chữ số 0."),
    ],
)
def test_an_impossible_budget_is_refused(client, site, amount, message):
    client.force_login(site["officer"])

    response = client.post(PROJECTS + "new/", project_form(site, budget=[("state", amount)]))

    assert errors_of(response)["budget-0-amount"] == [message]
    assert not SupportProject.objects.exists()


def test_a_project_needs_a_facility_and_ends_after_it_starts(client, site):
    client.force_login(site["officer"])

    nowhere = client.post(PROJECTS + "new/", project_form(site, cooperative=""))
    backwards = client.post(PROJECTS + "new/", project_form(site, ends_on="2025-01-01"))
    elsewhere = client.post(
        PROJECTS + "new/", project_form(site, cooperative="", facility="Tổ đan lát Kon Rế")
    )

    assert errors_of(nowhere)["facility"] == ["Hãy chọn hợp tác xã hoặc ghi tên cơ sở."]
    assert errors_of(backwards)["ends_on"] == ["Ngày kết thúc trước ngày bắt đầu."]
    assert elsewhere.status_code == 302
    assert SupportProject.objects.get().facility_name == "Tổ đan lát Kon Rế"


@pytest.mark.parametrize(
    "field, value",
    [
        ("status", "done'; DROP TABLE programme_supportproject; --"),
        ("support", "<script>"),
        ("starts_on", "31/02/2025"),
        ("people_benefiting", "-3"),
        ("cooperative", "abc"),
    ],
)
def test_hostile_project_input_saves_nothing(client, site, field, value):
    client.force_login(site["officer"])

    response = client.post(PROJECTS + "new/", project_form(site, **{field: value}))

    assert field in errors_of(response)
    assert not SupportProject.objects.exists()


@pytest.mark.parametrize("typed", ["12,5", "12.5", "12.50"])
def test_an_area_is_taken_with_a_comma_or_a_point(client, site, typed):
    client.force_login(site["officer"])

    response = client.post(AREAS + "new/", area_form(site, hectares=typed))

    assert response.status_code == 302
    assert RawMaterialArea.objects.get().hectares == Decimal("12.50")


@pytest.mark.parametrize(
    "typed, message",
    [
        ("-3", "Hãy nhập diện tích lớn hơn 0."),
        ("0", "Hãy nhập diện tích lớn hơn 0."),
        ("100001", "Hơn 100.000 ha: vui lòng kiểm tra lại diện tích."),
    ],
)
def test_an_impossible_area_is_refused(client, site, typed, message):
    client.force_login(site["officer"])

    response = client.post(AREAS + "new/", area_form(site, hectares=typed))

    assert errors_of(response)["hectares"] == [message]
    assert not RawMaterialArea.objects.exists()


@pytest.mark.parametrize(
    "field, value",
    [
        ("hectares", "1,2,3"),
        ("hectares", "abc"),
        ("hectares", "NaN"),
        ("hectares", "Infinity"),
        ("hectares", "1e9"),
        ("hectares", "0.001"),
        ("latitude", "91"),
        ("longitude", "-200"),
        ("households", "-1"),
        ("planted_in", "1850"),
        ("planted_in", "9999"),
        ("material", "999999"),
    ],
)
def test_malformed_area_input_saves_nothing(client, site, field, value):
    client.force_login(site["officer"])

    response = client.post(AREAS + "new/", area_form(site, **{field: value}))

    assert field in errors_of(response)
    assert not RawMaterialArea.objects.exists()


@pytest.mark.parametrize("user", ["editor", "moderator", "weaver"])
def test_only_the_department_and_the_committee_see_projects_and_areas(client, site, user):
    client.force_login(site[user])

    responses = [client.get(PROJECTS), client.get(AREAS), client.post(AREAS + "new/", {})]

    assert [response.status_code for response in responses] == [302] * 3


def test_the_committee_reads_projects_and_areas_and_adds_none(client, site):
    RawMaterialArea.objects.create(
        name="Vùng bông", commune="xã Đăk Dục", material=site["cotton"], hectares=Decimal("1.5")
    )
    client.force_login(site["committee"])

    listing = client.get(AREAS)
    add = client.post(AREAS + "new/", area_form(site))

    assert listing.status_code == 200 and "Vùng bông" in listing.content.decode()
    assert add["Location"] == "/admin/"
    assert RawMaterialArea.objects.count() == 1
