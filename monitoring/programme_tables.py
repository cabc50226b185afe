"""The report's sections on the programme's registry (programme/): artisans, learners,
learners of the site's craft classes and cooperative members by gender, age group and
ethnic group, with the young people under 30 the programme aims at called out; the support
projects by status with their budget by source; the raw-material areas by material.

They cover the whole programme only: the registry is the Department's, not a cooperative's.
A section with nothing to count is left out, so that the report of a site whose registry is
not kept is not filled with empty tables. Each population is read with one or two queries,
whatever its size, and each table's total is counted from all the records, not added up
from its rows.

- A person of the registry counts for a period from the day they were registered (people
  registered after its end are left out); the registry keeps no day of leaving. Anonymised
  entries still count: their gender, year of birth and ethnic group stay.
- A person's age is the age they reach in the last year of the period (the registry keeps
  the year of birth only); a class learner's is the age they gave when registering.
- A learner of a class is a registration marked completed of a class held in the period,
  as the summary's "Learners who completed a class"; their gender and ethnic group are those
  of the person of the registry it is linked to, else "Not stated".
- A support project counts for a period it overlaps (started by its end, not ended before
  its start).
- Raw-material areas are as recorded today: the registry keeps no history of them."""

from collections import Counter, defaultdict
from dataclasses import dataclass

from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from monitoring import figures
from monitoring.figures import NOT_STATED, group
from monitoring.formatting import Dong, Hectares
from monitoring.tables import Table
from programme.models import (
    ProjectBudget,
    RawMaterialArea,
    RegisteredPerson,
    SupportProject,
    age_in,
)

YOUNG_UNDER = 30
# (label, youngest, oldest or None): the age groups of the report, from the programme's
# targets: children learning with a guardian's consent, the young people it trains, the
# working age and the elders who keep the know-how.
AGE_GROUPS = [
    (gettext_lazy("Under 16"), 0, 15),
    (gettext_lazy("16 to 29"), 16, 29),
    (gettext_lazy("30 to 59"), 30, 59),
    (gettext_lazy("60 and over"), 60, None),
]
AGE_NOT_STATED = gettext_lazy("Age not stated")

POPULATIONS = {
    "artisans": gettext_lazy("Artisans and makers"),
    "learners": gettext_lazy("Learners"),
    "class_learners": gettext_lazy("Learners who completed a class"),
    "members": gettext_lazy("Cooperative members"),
}

DEFINITIONS = {
    "artisans": gettext_lazy(
        "People of the programme's registry marked as artisans or makers, registered by the "
        "period's end, with their consent."
    ),
    "learners": gettext_lazy(
        "People of the registry marked as learners, registered by the period's end. A "
        "person can be both an artisan and a learner, and counts in both."
    ),
    "class_learners": gettext_lazy(
        "Registrations marked completed of the craft classes held in the period, with the age "
        "the learner gave; gender and ethnic group are those of the person of the registry "
        "the registration is linked to, else “Not stated”."
    ),
    "members": gettext_lazy(
        "People of the registry who are members of a cooperative, registered by the period's end."
    ),
    "ages": gettext_lazy(
        "The age a person reaches in the last year of the period, from their year of birth; "
        "young people are those under 30."
    ),
    "projects": gettext_lazy(
        "Support projects whose dates overlap the period, by their status today, with their "
        "budget by source as the Department recorded it, in whole đồng."
    ),
    "areas": gettext_lazy(
        "Raw-material areas as recorded today, by material: the registry keeps no history of them."
    ),
}


@dataclass(frozen=True)
class Counted:
    """One person (or one class learner) as the report counts them: no name."""

    gender: str
    age: int | None
    ethnic_group: figures.Group


def counted_people(records):
    """{population: [Counted]} of the registry's artisans, learners and cooperative
    members registered by the period's end: one query."""
    period = records.period
    rows = RegisteredPerson.objects.filter(registered_on__lte=period.last_day).values(
        "is_artisan",
        "is_learner",
        "cooperative_id",
        "gender",
        "birth_year",
        "ethnic_group__translation_key",
        "ethnic_group__title",
    )
    people = {"artisans": [], "learners": [], "members": []}
    for row in rows:
        person = Counted(
            gender=row["gender"],
            age=age_in(period.last_day.year, row["birth_year"]) if row["birth_year"] else None,
            ethnic_group=group(row["ethnic_group__translation_key"], row["ethnic_group__title"]),
        )
        for population, belongs in (
            ("artisans", row["is_artisan"]),
            ("learners", row["is_learner"]),
            ("members", row["cooperative_id"]),
        ):
            if belongs:
                people[population].append(person)
    return people


def counted_class_learners(records):
    """The learners who completed a class held in the period, each with the gender and
    ethnic group of the registry's person linked to their registration: two queries."""
    registrations = list(figures.completed_registrations(records.period).values_list("pk", "age"))
    links = RegisteredPerson.class_registrations.through.objects.filter(
        classregistration_id__in=[pk for pk, _age in registrations]
    ).values_list(
        "classregistration_id",
        "registeredperson__gender",
        "registeredperson__ethnic_group__translation_key",
        "registeredperson__ethnic_group__title",
    )
    linked = {pk: (gender, group(key, title)) for pk, gender, key, title in links.order_by("pk")}
    not_linked = (RegisteredPerson.Gender.NOT_STATED, NOT_STATED)
    learners = []
    for pk, age in registrations:
        gender, ethnic_group = linked.get(pk, not_linked)
        learners.append(Counted(gender, age, ethnic_group))
    return learners


def populations(records):
    """{population: [Counted]}, in the order of POPULATIONS."""
    people = counted_people(records)
    people["class_learners"] = counted_class_learners(records)
    return {population: people[population] for population in POPULATIONS}


def age_group(age):
    """The label of the age group of `age`, or AGE_NOT_STATED."""
    if age is None:
        return AGE_NOT_STATED
    for label, youngest, oldest in AGE_GROUPS:
        if age >= youngest and (oldest is None or age <= oldest):
            return label
    return AGE_NOT_STATED  # a negative age: a birth year after the period


def people_table(key, title, heading, counted, keys, labels, key_of):
    """A table of the populations (columns) by the groups `key_of` gives a person (rows,
    in the order of `keys`), with the total of every population."""
    counts = {name: Counter(key_of(person) for person in people) for name, people in counted}
    return Table(
        key=key,
        title=title,
        columns=[heading, *(POPULATIONS[name] for name, _people in counted)],
        rows=[[labels[row], *(counts[name][row] for name, _people in counted)] for row in keys],
        total=[_("Total"), *(len(people) for _name, people in counted)],
        chart_column=1,
    )


def by_gender_table(counted):
    genders = RegisteredPerson.Gender
    return people_table(
        "registry-by-gender",
        _("Makers and learners by gender"),
        _("Gender"),
        counted,
        keys=genders.values,
        labels=dict(genders.choices),
        key_of=lambda person: person.gender,
    )


def by_age_table(counted):
    labels = [label for label, _youngest, _oldest in AGE_GROUPS] + [AGE_NOT_STATED]
    return people_table(
        "registry-by-age",
        _("Makers and learners by age group"),
        _("Age group"),
        counted,
        keys=labels,
        labels={label: label for label in labels},
        key_of=lambda person: age_group(person.age),
    )


def by_ethnic_group_table(counted):
    groups = sorted(
        {person.ethnic_group for _name, people in counted for person in people},
        key=figures.label_order,
    )
    return people_table(
        "registry-by-ethnic-group",
        _("Makers and learners by ethnic group"),
        _("Ethnic group"),
        counted,
        keys=groups,
        labels={ethnic_group: ethnic_group.label for ethnic_group in groups},
        key_of=lambda person: person.ethnic_group,
    )


def young(people):
    return sum(person.age is not None and person.age < YOUNG_UNDER for person in people)


def young_people_table(counted):
    """The young people under 30 the programme trains, called out for each population:
    how many, and their share in percent of those counted (rounded down)."""
    rows = []
    for name, people in counted:
        under_30 = young(people)
        share = under_30 * 100 // len(people) if people else 0
        rows.append([POPULATIONS[name], len(people), under_30, share])
    return Table(
        key="registry-young-people",
        title=_("Young people under 30"),
        columns=[_("Who"), _("All"), _("Under 30"), _("Share under 30 (%)")],
        rows=rows,
        chart_column=2,
    )


# -- support projects and raw-material areas ----------------------------------------------


def projects_of(period):
    """The projects whose dates overlap the period, with their budget: two queries."""
    overlapping = Q(ends_on__isnull=True) | Q(ends_on__gte=period.first_day)
    return list(
        SupportProject.objects.filter(overlapping, starts_on__lte=period.last_day)
        .prefetch_related("budget")
        .order_by("pk")
    )


def budget_row(projects):
    """How many projects, their budget from each source and in all."""
    by_source = defaultdict(int)
    for project in projects:
        for line in project.budget.all():
            by_source[line.source] += line.amount
    sources = ProjectBudget.Source.values
    return [
        len(projects),
        *(Dong(by_source[source]) for source in sources),
        Dong(sum(by_source.values())),
    ]


def support_projects_table(projects):
    by_status = defaultdict(list)
    for project in projects:
        by_status[project.status].append(project)
    return Table(
        key="support-projects",
        title=_("Support projects by status"),
        columns=[
            _("Status"),
            _("Projects"),
            *(_("%(source)s (đồng)") % {"source": label} for label in ProjectBudget.Source.labels),
            _("Total budget (đồng)"),
        ],
        rows=[
            [label, *budget_row(by_status[status])]
            for status, label in SupportProject.Status.choices
        ],
        total=[_("Total"), *budget_row(projects)],
        chart_column=2 + len(ProjectBudget.Source.values),
    )


def area_row(areas):
    return [
        len(areas),
        Hectares(sum(area.hectares for area in areas)),
        sum(area.households or 0 for area in areas),
    ]


def raw_material_areas_table(areas):
    by_material = defaultdict(list)
    for area in areas:
        by_material[area.material].append(area)
    materials = sorted(by_material, key=lambda material: str(material.display_name).lower())
    return Table(
        key="raw-material-areas",
        title=_("Raw-material areas by material"),
        columns=[_("Material"), _("Areas"), _("Hectares"), _("Households that harvest")],
        rows=[[material.display_name, *area_row(by_material[material])] for material in materials],
        total=[_("Total"), *area_row(areas)],
        chart_column=2,
    )


def definitions_table():
    labels = {
        **POPULATIONS,
        "ages": _("Age groups"),
        "projects": _("Support projects"),
        "areas": _("Raw-material areas"),
    }
    return Table(
        key="registry-definitions",
        title=_("How the registry's figures are counted"),
        columns=[_("Figure"), _("Definition")],
        rows=[[labels[name], definition] for name, definition in DEFINITIONS.items()],
    )


def programme_tables(records):
    """The registry's sections of the report that have something to count, for the whole
    programme only."""
    if not records.scope.whole_programme:
        return []
    counted = list(populations(records).items())
    projects = projects_of(records.period)
    areas = list(RawMaterialArea.objects.select_related("material").order_by("pk"))
    tables = []
    if any(people for _name, people in counted):
        tables += [
            by_gender_table(counted),
            by_age_table(counted),
            young_people_table(counted),
            by_ethnic_group_table(counted),
        ]
    if projects:
        tables.append(support_projects_table(projects))
    if areas:
        tables.append(raw_material_areas_table(areas))
    return [*tables, definitions_table()] if tables else []
