"""Seed the stories app's demo pages: the seven peoples, the nine crafts, craft villages,
artisans, stories, festivals and craft classes, heritage sites, in Vietnamese and English,
and learners registered for some of the classes. Texts come from demo/data: indexes, crafts,
ethnic_groups, villages, artisans, stories, events, heritage and story_images.yaml.

Every English page is the translation of a Vietnamese one (same translation key) and points
only at English pages. Every step looks for what it would create first, so a second run
finds everything in place and adds no page, revision, image or registration. Dates are
relative to the first run."""

import datetime
from decimal import Decimal

from django.utils import timezone

from craftsite.periods import VIETNAM, today
from demo.data import load
from demo.helpers import DemoImages, upsert_pair
from stories.models import (
    ArtisanIndexPage,
    ArtisanPage,
    ClassRegistration,
    CraftIndexPage,
    CraftPage,
    EthnicGroupIndexPage,
    EthnicGroupPage,
    EventIndexPage,
    EventPage,
    HeritageIndexPage,
    HeritageSitePage,
    StoryIndexPage,
    StoryPage,
    VillageIndexPage,
    VillagePage,
)

INDEX_MODELS = {
    "groups": EthnicGroupIndexPage,
    "crafts": CraftIndexPage,
    "villages": VillageIndexPage,
    "artisans": ArtisanIndexPage,
    "stories": StoryIndexPage,
    "events": EventIndexPage,
    "heritage": HeritageIndexPage,
}


def seed_stories(homes, locale_by_code):
    """Create (or find) the stories section under each home page; returns its pages as
    StoryPages."""
    return StoryPages(StorySeeder(homes, locale_by_code).run())


class StoryPages:
    """Look-ups into the seeded stories section, kept as {(kind, key): {"vi": page, "en":
    page}} with kind "index", "craft", "group", "village", "artisan", "story", "event" or
    "heritage"."""

    def __init__(self, pages):
        self.pages = pages

    def page(self, kind, key, code):
        return self.pages[(kind, key)][code]

    def index(self, name, code):
        return self.page("index", name, code)

    def of_kind(self, kind, code):
        return [pair[code] for (page_kind, _key), pair in self.pages.items() if page_kind == kind]

    def villages(self, code):
        return self.of_kind("village", code)

    def stories(self, code):
        return sorted(self.of_kind("story", code), key=lambda story: story.date, reverse=True)


class StorySeeder:
    def __init__(self, homes, locale_by_code):
        self.homes = homes
        self.locales = locale_by_code
        self.images = DemoImages(load("story_images")["images"])
        self.credit = load("story_images")["credit"]
        self.pages = {}  # ("village", key) -> {"vi": page, "en": page}
        self.today = today()

    def run(self):
        indexes = {
            name: upsert_pair(self.homes, self.index_builder(name, spec))
            for name, spec in load("indexes")["indexes"].items()
        }
        for spec in load("crafts")["crafts"]:
            self.add("craft", spec, indexes["crafts"], self.craft_builder(spec))
        for spec in load("ethnic_groups")["ethnic_groups"]:
            self.add("group", spec, indexes["groups"], self.group_builder(spec))
        for spec in load("villages")["villages"]:
            self.add("village", spec, indexes["villages"], self.village_builder(spec))
        for spec in load("artisans")["artisans"]:
            self.add("artisan", spec, indexes["artisans"], self.artisan_builder(spec))
        for spec in load("stories")["stories"]:
            self.add("story", spec, indexes["stories"], self.story_builder(spec))
        for spec in load("events")["events"]:
            self.add("event", spec, indexes["events"], self.event_builder(spec))
        for spec in load("heritage")["heritage_sites"]:
            self.add("heritage", spec, indexes["heritage"], self.heritage_builder(spec))
        self.seed_registrations()
        self.pages.update({("index", name): pair for name, pair in indexes.items()})
        return self.pages

    # -- helpers ---------------------------------------------------------------------------

    def add(self, kind, spec, parents, build):
        self.pages[(kind, spec["key"])] = upsert_pair(parents, build)

    def page(self, kind, key, code):
        return self.pages[(kind, key)][code]

    def ref(self, reference, code):
        """ "village:kon-ko-tu" -> that village page in language `code`."""
        kind, key = reference.split(":", 1)
        return self.page(kind, key, code)

    def image_value(self, key, code):
        """Raw ImageBlock data, with alt text in the page's language (no image for None)."""
        if key is None:
            return {"image": None, "alt_text": "", "decorative": False}
        alt = self.images.alt_text(key, code)
        return {"image": self.images[key].pk, "alt_text": alt, "decorative": False}

    def stream(self, items, code):
        """StreamField data (raw JSON form) from the data files' small body lists."""
        blocks = []
        for kind, *args in items:
            if kind == "h2":
                value = {"text": args[0], "level": "h2"}
                blocks.append({"type": "heading", "value": value})
            elif kind == "p":
                blocks.append({"type": "paragraph", "value": f"<p>{args[0]}</p>"})
            elif kind == "quote":
                value = {"text": args[0], "attribution": args[1]}
                blocks.append({"type": "quote", "value": value})
            elif kind == "image":
                value = {
                    "image": self.image_value(args[0], code),
                    "caption": args[1],
                    "credit": self.credit[code],
                }
                blocks.append({"type": "image", "value": value})
            elif kind == "gallery":
                value = {
                    "images": [self.image_value(key, code) for key in args[0]],
                    "caption": args[1],
                    "credit": self.credit[code],
                }
                blocks.append({"type": "gallery", "value": value})
            elif kind == "related":
                value = {"heading": args[0], "pages": [self.ref(r, code).pk for r in args[1]]}
                blocks.append({"type": "related_pages", "value": value})
            else:
                raise ValueError(f"unknown body item {kind!r}")
        return blocks

    def common(self, spec, code, image_key=None):
        """Fields every editorial page shares."""
        text = spec[code]
        return {
            "title": text["title"],
            "slug": spec["slug"][code],
            "locale": self.locales[code],
            "introduction": text["introduction"],
            "hero_image": self.images[image_key or spec["image"]],
            "body": self.stream(text.get("body", []), code),
        }

    def at(self, day, hour_minute):
        return timezone.make_aware(
            datetime.datetime.combine(day, datetime.time(*hour_minute)), VIETNAM
        )

    def event_days(self, spec):
        """First and last day of an event, relative to today (see events.yaml)."""
        rule, *args = spec["when"]
        length = datetime.timedelta(days=spec["days"] - 1)
        if rule == "in":
            first = self.today + datetime.timedelta(days=args[0])
        elif rule == "last":  # the latest such festival that is already over
            first = datetime.date(self.today.year, *args)
            while first + length >= self.today:
                first = first.replace(year=first.year - 1)
        elif rule == "next":  # the first such festival still to come
            first = datetime.date(self.today.year, *args)
            while first <= self.today:
                first = first.replace(year=first.year + 1)
        else:
            raise ValueError(f"unknown date rule {rule!r}")
        return first, first + length

    # -- builders: each returns build(code) -> unsaved page ---------------------------------

    def index_builder(self, name, spec):
        model = INDEX_MODELS[name]

        def build(code):
            return model(
                title=spec[code]["title"],
                slug=spec["slug"][code],
                locale=self.locales[code],
                introduction=spec[code]["introduction"],
                hero_image=self.images[spec["image"]],
            )

        return build

    def craft_builder(self, spec):
        def build(code):
            text = spec[code]
            motifs = [
                {
                    "type": "motif",
                    "value": {
                        "name": motif[code]["name"],
                        "image": self.image_value(motif["image"], code),
                        "meaning": motif[code]["meaning"],
                    },
                }
                for motif in spec["motifs"]
            ]
            return CraftPage(
                **self.common(spec, code),
                endangered=spec["endangered"],
                history=text["history"],
                materials=text["materials"],
                techniques=text["techniques"],
                motifs=motifs,
            )

        return build

    def group_builder(self, spec):
        def build(code):
            text = spec[code]
            page = EthnicGroupPage(
                **self.common(spec, code),
                population=text["population"],
                homeland=text["homeland"],
                festivals=text["festivals"],
            )
            page.crafts = [self.page("craft", key, code) for key in spec["crafts"]]
            return page

        return build

    def village_builder(self, spec):
        def build(code):
            text = spec[code]
            services = [
                {
                    "type": "service",
                    "value": {
                        "kind": service["kind"],
                        "name": service[code]["name"],
                        "description": service[code]["description"],
                        "price": service[code]["price"],
                        "contact_name": service["contact_name"],
                        "contact_phone": service["contact_phone"],
                    },
                }
                for service in spec["services"]
            ]
            page = VillagePage(
                **self.common(spec, code),
                ethnic_group=self.page("group", spec["group"], code),
                commune=spec["commune"][code],
                province="Quảng Ngãi",
                latitude=Decimal(spec["latitude"]),
                longitude=Decimal(spec["longitude"]),
                getting_there=text["getting_there"],
                best_season=text["best_season"],
                things_to_do=text["things_to_do"],
                services=services,
            )
            page.crafts = [self.page("craft", key, code) for key in spec["crafts"]]
            return page

        return build

    def artisan_builder(self, spec):
        village = next(v for v in load("villages")["villages"] if v["key"] == spec["village"])

        def build(code):
            text = spec[code]
            honours = [
                {
                    "type": "honour",
                    "value": {
                        "kind": item["kind"],
                        "name": item["name"][code],
                        "year": item["year"],
                    },
                }
                for item in spec["honours"]
            ]
            page = ArtisanPage(
                **self.common(
                    {**spec, code: {**text, "body": [("p", para) for para in text["body"]]}},
                    code,
                    image_key=village["image"],
                ),
                portrait=self.images[spec["portrait"]],
                honours=honours,
                village=self.page("village", spec["village"], code),
                ethnic_group=self.page("group", spec["group"], code),
                consent_given=True,
                consent_recorded_on=self.today - datetime.timedelta(days=spec["consent_days_ago"]),
                consent_note=spec["consent"][code],
            )
            page.crafts = [self.page("craft", key, code) for key in spec["crafts"]]
            return page

        return build

    def story_builder(self, spec):
        def build(code):
            page = StoryPage(
                **self.common(spec, code),
                author=spec["author"],
                date=self.today - datetime.timedelta(days=spec["days_ago"]),
            )
            page.topics.add(*spec["topics"][code])
            return page

        return build

    def event_builder(self, spec):
        first, last = self.event_days(spec)

        def build(code):
            text = spec[code]
            is_class = spec["kind"] == EventPage.Kind.CLASS
            return EventPage(
                **self.common(spec, code),
                kind=spec["kind"],
                starts_at=self.at(first, spec["start"]),
                ends_at=self.at(last, spec["end"]),
                village=self.page("village", spec["village"], code) if spec["village"] else None,
                place_name=text["place_name"],
                organiser=text["organiser"],
                teacher=self.page("artisan", spec["teacher"], code) if is_class else None,
                craft=self.page("craft", spec["craft"], code) if is_class else None,
                seats=spec["seats"] if is_class else None,
                registration_open=spec["registration_open"] if is_class else False,
                lunar_month=spec.get("lunar", {}).get("month"),
                lunar_day=spec.get("lunar", {}).get("day"),
                lunar_leap_month=spec.get("lunar", {}).get("leap", False),
            )

        return build

    def heritage_builder(self, spec):
        def build(code):
            text = spec[code]
            decision = spec["decision"]
            page = HeritageSitePage(
                **self.common(spec, code),
                kind=spec["kind"],
                protection=spec["protection"],
                decision_number=decision["number"],
                decision_date=datetime.date.fromisoformat(decision["date"])
                if decision["date"]
                else None,
                decision_body=text["decision_body"],
                address=text["address"],
                province="Quảng Ngãi",
                latitude=Decimal(spec["latitude"]),
                longitude=Decimal(spec["longitude"]),
                opening_hours=text["opening_hours"],
                admission=text["admission"],
                visitor_rules=text["visitor_rules"],
            )
            page.villages = [self.page("village", key, code) for key in spec["villages"]]
            page.crafts = [self.page("craft", key, code) for key in spec["crafts"]]
            page.festivals = [self.page("event", key, code) for key in spec["festivals"]]
            return page

        return build

    # -- registrations -----------------------------------------------------------------------

    def seed_registrations(self):
        """Learners for some classes, once: a class that has any registration is left alone.
        Registrations belong to the Vietnamese page and count for every language."""
        for key, learners in load("events")["registrations"].items():
            event = self.page("event", key, "vi")
            if event.registrations().exists():
                continue
            for name, phone, age, village, status, completed in learners:
                ClassRegistration.objects.create(
                    event=event,
                    name=name,
                    phone=phone,
                    age=age,
                    village=village,
                    status=status,
                    completed=completed,
                )
