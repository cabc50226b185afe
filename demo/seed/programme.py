"""Seed the demo's programme registry (programme app): makers and learners with their
consent, support projects with their budget by source, and raw-material areas, from
demo/data/programme.yaml. All illustrative, the people fictional, and every record labelled
so in its name. Made once: a second run finds the labelled records and adds nothing."""

import datetime
from decimal import Decimal

from catalog.models import CooperativePage, Material
from demo.data import load
from programme.models import (
    ProjectBudget,
    RawMaterialArea,
    RegisteredPerson,
    SupportProject,
)
from stories.models import ArtisanPage, CraftPage, EthnicGroupPage


def labelled(name):
    return f"{name} · {load('programme')['label']}"


def main_language_pages(model, data_file, section):
    """{key of the data file: the page in Vietnamese} of one kind of demo page."""
    slugs = {spec["key"]: spec["slug"]["vi"] for spec in load(data_file)[section]}
    pages = model.objects.filter(locale__language_code="vi", slug__in=slugs.values())
    by_slug = {page.slug: page for page in pages}
    return {key: by_slug[slug] for key, slug in slugs.items() if slug in by_slug}


def day(text):
    return datetime.date.fromisoformat(text) if text else None


def seed_programme():
    """Create the demo registry, projects and areas unless they exist already; returns how
    many people were registered."""
    data = load("programme")
    if RegisteredPerson.objects.filter(name__endswith=labelled("")).exists():
        return 0
    cooperatives = main_language_pages(CooperativePage, "cooperatives", "cooperatives")
    groups = main_language_pages(EthnicGroupPage, "ethnic_groups", "ethnic_groups")
    crafts = main_language_pages(CraftPage, "crafts", "crafts")
    artisans = main_language_pages(ArtisanPage, "artisans", "artisans")
    for spec in data["people"]:
        seed_person(spec, cooperatives, groups, crafts, artisans)
    for spec in data["projects"]:
        seed_project(spec, cooperatives)
    materials = {spec["key"]: spec for spec in load("materials")["materials"]}
    for spec in data["areas"]:
        seed_area(spec, cooperatives, materials)
    return len(data["people"])


def seed_person(spec, cooperatives, groups, crafts, artisans):
    registered_on = day(spec["registered_on"])
    person = RegisteredPerson.objects.create(
        name=labelled(spec["name"]),
        is_artisan="artisan" in spec["roles"],
        is_learner="learner" in spec["roles"],
        gender=spec["gender"],
        birth_year=spec.get("birth_year"),
        ethnic_group=groups.get(spec["group"]),
        commune=spec["commune"],
        cooperative=cooperatives.get(spec.get("cooperative")),
        artisan_page=artisans.get(spec.get("artisan_page")),
        registered_on=registered_on,
        consent_method=spec["consent"],
        consent_witness=spec.get("witness", ""),
        consent_recorded_on=registered_on,
    )
    person.crafts.set([crafts[key] for key in spec["crafts"] if key in crafts])


def seed_project(spec, cooperatives):
    project = SupportProject.objects.create(
        name=labelled(spec["name"]),
        cooperative=cooperatives.get(spec.get("cooperative")),
        facility=spec.get("facility", ""),
        commune=spec["commune"],
        support=spec["support"],
        description=spec["description"],
        starts_on=day(spec["starts_on"]),
        ends_on=day(spec["ends_on"]),
        status=spec["status"],
        results=spec["results"],
        people_benefiting=spec["people_benefiting"],
    )
    ProjectBudget.objects.bulk_create(
        ProjectBudget(project=project, source=source, amount=amount)
        for source, amount in spec["budget"]
    )


def seed_area(spec, cooperatives, materials):
    names = materials[spec["material"]]
    material, _created = Material.objects.get_or_create(
        name=names["vi"], defaults={"name_en": names["en"]}
    )
    RawMaterialArea.objects.create(
        name=labelled(spec["name"]),
        commune=spec["commune"],
        material=material,
        hectares=Decimal(spec["hectares"]),
        latitude=Decimal(spec["latitude"]),
        longitude=Decimal(spec["longitude"]),
        cooperative=cooperatives.get(spec["cooperative"]),
        households=spec["households"],
        planted_in=spec["planted_in"],
    )
