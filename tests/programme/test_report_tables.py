"""The report's sections on the registry, for the year 2025: artisans, learners, learners of
classes and cooperative members by gender, age group and ethnic group, the young people
under 30 called out; the support projects by status with their budget by source; the
raw-material areas by material. Every figure is checked against the records the test made,
and every table's rows add up to its total."""

import datetime
from decimal import Decimal

import pytest
from django.utils import translation
from wagtail.users.models import UserProfile

from craftsite import periods
from monitoring.access import WHOLE_PROGRAMME, Scope
from monitoring.figures import Records
from monitoring.formatting import Hectares, shown
from monitoring.programme_tables import programme_tables
from programme.models import ProjectBudget, RawMaterialArea, RegisteredPerson, SupportProject
from stories.models import ClassRegistration, EthnicGroupPage
from tests.factories.stories import add_page
from tests.monitoring.conftest import report_url, screen_tables, vietnam_time

pytestmark = pytest.mark.django_db

YEAR = 2025


def person(name, registered_on, **fields):
    fields.setdefault("consent_method", "signed_form")
    return RegisteredPerson.objects.create(name=name, registered_on=registered_on, **fields)


@pytest.fixture
def registry(site):
    """Four people registered by the end of 2025 and one after it; a class held in June
    2025 with two learners who completed it (one linked to a person) and one who did not."""
    gie_trieng = site["group"]["vi"]
    xo_dang = add_page(
        site["indexes"]["groups"]["vi"], EthnicGroupPage(title="Xơ Đăng", slug="xo-dang")
    )
    day = datetime.date
    person(
        "Y Đrin",
        day(2024, 5, 1),
        is_artisan=True,
        gender="female",
        birth_year=1960,  # 65 in 2025
        ethnic_group=gie_trieng,
        cooperative=site["weavers"],
    )
    person(
        "Y Hoa",
        day(2025, 1, 10),
        is_artisan=True,
        is_learner=True,
        gender="female",
        birth_year=2000,  # 25
        ethnic_group=gie_trieng,
        cooperative=site["weavers"],
    )
    boy = person(
        "A Thắng",
        day(2025, 2, 1),
        is_learner=True,
        gender="male",
        birth_year=2012,  # 13
        consent_method="guardian",
        consent_witness="A Thưa",
    )
    person(
        "Người chưa rõ tuổi",
        day(2025, 3, 1),
        is_learner=True,
        ethnic_group=xo_dang,
        cooperative=site["baskets"],
    )
    person(
        "A Blông",
        day(2026, 1, 5),  # after the period
        is_artisan=True,
        gender="male",
        birth_year=1985,
        ethnic_group=gie_trieng,
    )
    event = site["event"]["vi"]
    starts = vietnam_time(YEAR, 6, 1, 8)
    for held in type(event).objects.filter(translation_key=event.translation_key):
        held.starts_at, held.ends_at = starts, starts + datetime.timedelta(hours=4)
        held.save()
    for phone, age, completed in (("+84912000001", 13, True), ("+84912000002", 17, True)):
        registration = ClassRegistration.objects.create(
            event=event,
            name="Học viên",
            phone=phone,
            age=age,
            village="Đăk Răng",
            status="confirmed",
            completed=completed,
        )
        if age == 13:
            boy.class_registrations.add(registration)
    ClassRegistration.objects.create(
        event=event,
        name="Học viên",
        phone="+84912000003",
        age=30,
        village="Đăk Răng",
        status="confirmed",
        completed=False,
    )
    return site


@pytest.fixture
def projects(site):
    def project(name, starts_on, ends_on, status, budget=(), **fields):
        created = SupportProject.objects.create(
            name=name,
            support="machinery",
            starts_on=starts_on,
            ends_on=ends_on,
            status=status,
            **fields,
        )
        for source, amount in budget:
            ProjectBudget.objects.create(project=created, source=source, amount=amount)

    day = datetime.date
    project(
        "Khung dệt",
        day(2024, 3, 1),
        day(2025, 2, 28),
        "finished",
        [("state", 300_000_000), ("people", 50_000_000)],
        cooperative=site["weavers"],
    )
    project(
        "Tập huấn đan",
        day(2025, 9, 1),
        None,
        "under_way",
        [("programme", 120_000_000)],
        facility="Tổ đan lát Kon Rế",
    )
    project("Bị hủy", day(2025, 4, 1), day(2025, 4, 30), "cancelled", facility="Tổ A")
    # Outside 2025: planned for next year, finished the year before.
    project("Năm sau", day(2026, 2, 1), None, "planned", [("state", 999)], facility="Tổ B")
    project(
        "Năm trước", day(2024, 1, 1), day(2024, 12, 31), "finished", [("state", 7)], facility="Tổ C"
    )


@pytest.fixture
def areas(site):
    for material, hectares, households in (
        (site["bamboo"], "12.5", 20),
        (site["bamboo"], "3.25", None),
        (site["cotton"], "1.5", 8),
    ):
        RawMaterialArea.objects.create(
            name="Vùng",
            commune="xã Đăk Dục",
            material=material,
            hectares=Decimal(hectares),
            households=households,
        )


def tables_of(scope=WHOLE_PROGRAMME):
    with translation.override("en"):
        tables = programme_tables(Records(periods.year(YEAR), scope))
        return {
            table.key: [
                [str(table.columns[0]), *map(str, table.columns[1:])],
                *([str(row[0]), *row[1:]] for row in table.rows),
                *([[str(table.total[0]), *table.total[1:]]] if table.total else []),
            ]
            for table in tables
        }


POPULATIONS = [
    "Artisans and makers",
    "Learners",
    "Learners who completed a class",
    "Cooperative members",
]


def test_people_by_gender(registry):
    assert tables_of()["registry-by-gender"] == [
        ["Gender", *POPULATIONS],
        ["Female", 2, 1, 0, 2],
        ["Male", 0, 1, 1, 0],
        ["Other", 0, 0, 0, 0],
        ["Not stated", 0, 1, 1, 1],
        ["Total", 2, 3, 2, 3],
    ]


def test_people_by_age_group_in_the_year_of_the_report(registry):
    assert tables_of()["registry-by-age"] == [
        ["Age group", *POPULATIONS],
        ["Under 16", 0, 1, 1, 0],
        ["16 to 29", 1, 1, 1, 1],
        ["30 to 59", 0, 0, 0, 0],
        ["60 and over", 1, 0, 0, 1],
        ["Age not stated", 0, 1, 0, 1],
        ["Total", 2, 3, 2, 3],
    ]


def test_young_people_under_30_are_called_out(registry):
    assert tables_of()["registry-young-people"] == [
        ["Who", "All", "Under 30", "Share under 30 (%)"],
        ["Artisans and makers", 2, 1, 50],
        ["Learners", 3, 2, 66],
        ["Learners who completed a class", 2, 2, 100],
        ["Cooperative members", 3, 1, 33],
    ]


def test_people_by_ethnic_group(registry):
    assert tables_of()["registry-by-ethnic-group"] == [
        ["Ethnic group", *POPULATIONS],
        ["Giẻ Triêng", 2, 1, 0, 2],
        ["Xơ Đăng", 0, 1, 0, 1],
        ["Not stated", 0, 1, 2, 0],
        ["Total", 2, 3, 2, 3],
    ]


def test_every_people_table_adds_up_to_its_total(registry):
    tables = tables_of()
    for key in ("registry-by-gender", "registry-by-age", "registry-by-ethnic-group"):
        *rows, total = tables[key][1:]
        assert [sum(column) for column in zip(*(row[1:] for row in rows), strict=True)] == total[
            1:
        ], key


def test_anonymised_people_still_count_without_their_names(registry):
    before = tables_of()
    RegisteredPerson.objects.update(name="", phone="", commune="")

    assert tables_of() == before


def test_support_projects_of_the_year_by_status_with_their_budget(projects):
    assert tables_of()["support-projects"] == [
        [
            "Status",
            "Projects",
            "State budget (đồng)",
            "Programme funds (đồng)",
            "People's contribution (đồng)",
            "Other sources (đồng)",
            "Total budget (đồng)",
        ],
        ["Planned", 0, 0, 0, 0, 0, 0],
        ["Under way", 1, 0, 120_000_000, 0, 0, 120_000_000],
        ["Finished", 1, 300_000_000, 0, 50_000_000, 0, 350_000_000],
        ["Cancelled", 1, 0, 0, 0, 0, 0],
        ["Total", 3, 300_000_000, 120_000_000, 50_000_000, 0, 470_000_000],
    ]


def test_raw_material_areas_by_material_in_hectares(areas):
    table = tables_of()["raw-material-areas"]

    assert table == [
        ["Material", "Areas", "Hectares", "Households that harvest"],
        ["Bamboo", 2, Decimal("15.75"), 20],
        ["Cotton", 1, Decimal("1.50"), 8],
        ["Total", 3, Decimal("17.25"), 28],
    ]


@pytest.mark.parametrize("language, written", [("vi", "1.250,50"), ("en", "1,250.50")])
def test_hectares_are_written_as_each_language_writes_them(language, written):
    with translation.override(language):
        assert shown(Hectares("1250.5")) == written


def test_a_cooperatives_report_leaves_the_registry_out(registry):
    assert tables_of(Scope(frozenset([registry["weavers"].translation_key]))) == {}


def test_only_the_sections_with_something_to_count_are_shown(site):
    assert tables_of() == {}

    RawMaterialArea.objects.create(
        name="Vùng", commune="xã Bờ Y", material=site["bamboo"], hectares=Decimal("2")
    )

    assert list(tables_of()) == ["raw-material-areas", "registry-definitions"]


def test_the_committee_reads_the_registry_sections_on_the_report_page(
    client, registry, projects, areas
):
    committee = registry["committee"]
    profile = UserProfile.get_for_user(committee)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(committee)

    response = client.get(report_url(year=YEAR))
    tables = screen_tables(response)

    assert tables["Makers and learners by gender"][-1] == ["Total", 2, 3, 2, 3]
    assert tables["Support projects by status"][-1][-1] == 470_000_000
    # The page's helper keeps the digits of a figure: 17.25 hectares.
    assert tables["Raw-material areas by material"][-1] == ["Total", 3, 1725, 28]
    assert "17.25" in response.content.decode()
