"""Many stories for benchmarks, built in bulk like the benchmark catalogue: each new story is
a numbered copy of one of the demo's stories (its introduction, hero photo, body with
photos, galleries and related pages, author and topics), in the story index's language and
in every language it is translated into, sharing one translation key per story as the
demo's translations do. Pages are inserted with `bench.bulk`: no revisions, log
entries, search or reference-index entries, and no signals."""

import random
import uuid
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from bench.bulk import (
    SeedError,
    insert_pages,
    last_child_step,
    page_fields,
    recount_children,
    tree_fields,
)
from stories.models import StoryIndexPage, StoryPage, StoryTopic

SLUG_PREFIX = "bench-"

# Used when there is no demo story to copy (a bare site, small tests).
PLAIN_STORY = {
    "vi": {
        "title": "Câu chuyện thử nghiệm",
        "introduction": "Câu chuyện tạo ra để đo tốc độ của trang web.",
        "body": [{"type": "paragraph", "value": "<p>Một ngày ở làng dệt thổ cẩm.</p>"}],
    },
    "en": {
        "title": "Benchmark story",
        "introduction": "A story made up to measure the site's speed.",
        "body": [{"type": "paragraph", "value": "<p>A day in a brocade weaving village.</p>"}],
    },
}


def add_stories(count):
    """Add `count` stories under the story index of the default language and its
    translations; returns the new pages' ids (every language)."""
    return StoryBuilder(count).run()


class StoryBuilder:
    def __init__(self, count):
        self.count = count
        self.now = timezone.now()
        self.today = timezone.localdate()

    def run(self):
        indexes = find_story_indexes()
        self.languages = {index["locale_id"]: index["language"] for index in indexes}
        self.batch = next_batch()
        self.rng = random.Random(self.batch)
        self.sources = source_stories([index["locale_id"] for index in indexes])
        specs = [self.spec(number) for number in range(1, self.count + 1)]
        ids = []
        for index in indexes:
            ids += self.add_pages(index, specs)
            recount_children(index)
        return ids

    def spec(self, number):
        """What the `number`th new story is, in every language."""
        source = self.sources[(number - 1) % len(self.sources)] if self.sources else None
        name = f"{self.batch}-{number}"
        days_ago = self.rng.randint(0, 3 * 365)
        spec = {
            "key": uuid.uuid4(),
            "source": source,
            "slug": {},
            "title": {},
            "date": self.today - timedelta(days=days_ago),
            "published": self.now - timedelta(days=days_ago),
        }
        for locale_id, language in self.languages.items():
            page = source.get(locale_id) if source else None
            title = page.title if page else PLAIN_STORY[plain(language)]["title"]
            slug = page.slug if page else "story"
            number_word = "số" if plain(language) == "vi" else "no."
            spec["slug"][language] = f"{SLUG_PREFIX}{name}-{slug}"[:255]
            spec["title"][language] = f"{title} ({number_word} {name})"
        return spec

    def add_pages(self, index, specs):
        locale_id, language = index["locale_id"], index["language"]
        first_step = last_child_step(index) + 1
        rows = []
        for offset, spec in enumerate(specs):
            page = page_fields(index, first_step + offset, spec, language)
            page.update(first_published_at=spec["published"], last_published_at=spec["published"])
            source = (spec["source"] or {}).get(locale_id)
            if source:
                own = {
                    "introduction": source.introduction,
                    "hero_image_id": source.hero_image_id,
                    "body": source.body,
                    "author": source.author,
                }
                page["search_description"] = source.search_description
            else:
                text = PLAIN_STORY[plain(language)]
                own = {
                    "introduction": text["introduction"],
                    "body": text["body"],
                    "author": "Làng Nghề",
                }
            own["date"] = spec["date"]
            rows.append((page, own))
        pages = insert_pages(StoryPage, rows)
        topics = [
            StoryTopic(content_object_id=page["id"], tag_id=tag_id)
            for page, spec in zip(pages, specs, strict=True)
            if spec["source"] and locale_id in spec["source"]
            for tag_id in spec["source"]["topics"].get(locale_id, [])
        ]
        StoryTopic.objects.bulk_create(topics, batch_size=2000)
        return [page["id"] for page in pages]


def plain(language):
    """Texts are in Vietnamese for Vietnamese, in English for every other language."""
    return "vi" if language == "vi" else "en"


def find_story_indexes():
    """The story index of the default language first, then its translations."""
    indexes = StoryIndexPage.objects.order_by("path")
    source = indexes.filter(locale__language_code=settings.LANGUAGE_CODE).first() or indexes.first()
    if source is None:
        raise SeedError("There is no story index to add stories to: run `seed_demo` first.")
    translations = (
        StoryIndexPage.objects.filter(translation_key=source.translation_key)
        .exclude(pk=source.pk)
        .select_related("locale")
        .order_by("path")
    )
    return [
        {**tree_fields(page), "language": page.locale.language_code}
        for page in [source, *translations]
    ]


def source_stories(locale_ids):
    """The live stories that are not copies, as {locale_id: page, "topics": {locale_id: tag
    ids}} per translation key, for keys that exist in the first locale."""
    found = {}
    stories = (
        StoryPage.objects.live()
        .filter(locale_id__in=locale_ids)
        .exclude(slug__startswith=SLUG_PREFIX)
        .order_by("path")
    )
    for story in stories:
        found.setdefault(story.translation_key, {"topics": {}})[story.locale_id] = story
    tags = StoryTopic.objects.filter(content_object__in=stories).values_list(
        "content_object__translation_key", "content_object__locale_id", "tag_id"
    )
    for key, locale_id, tag_id in tags:
        found[key]["topics"].setdefault(locale_id, []).append(tag_id)
    return [source for source in found.values() if locale_ids[0] in source]


def next_batch():
    """One more than the highest batch number in the slugs of earlier runs."""
    numbers = [0]
    slugs = StoryPage.objects.filter(slug__startswith=SLUG_PREFIX).values_list("slug", flat=True)
    for slug in slugs:
        number = slug[len(SLUG_PREFIX) :].split("-", 1)[0]
        if number.isdigit():
            numbers.append(int(number))
    return max(numbers) + 1
