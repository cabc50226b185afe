"""Build a small bilingual stories section: one page of every type in Vietnamese and its
English translation, with references pointing to pages of the same language."""

from datetime import date, timedelta

from django.utils import timezone

from stories.models import (
    ArtisanIndexPage,
    ArtisanPage,
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
from tests.factories.pages import add_translation

INDEXES = {
    "stories": (StoryIndexPage, "cau-chuyen", "stories", "Câu chuyện", "Stories"),
    "crafts": (CraftIndexPage, "nghe", "crafts", "Nghề", "Crafts"),
    "groups": (EthnicGroupIndexPage, "dan-toc", "peoples", "Các dân tộc", "Peoples"),
    "villages": (VillageIndexPage, "lang-nghe", "villages", "Làng nghề", "Villages"),
    "artisans": (ArtisanIndexPage, "nghe-nhan", "artisans", "Nghệ nhân", "Artisans"),
    "events": (EventIndexPage, "su-kien", "events", "Sự kiện", "Events"),
}


def add_page(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def both(vi_parent, en_parent, model, vi, en, **shared):
    """Create the Vietnamese page and its English translation. `shared` values that are
    {"vi": …, "en": …} dicts are taken per language."""

    def pick(code):
        return {k: (v[code] if isinstance(v, dict) and "vi" in v else v) for k, v in shared.items()}

    many = {k: v for k, v in pick("vi").items() if isinstance(v, list)}
    fields_vi = {k: v for k, v in pick("vi").items() if not isinstance(v, list)}
    page_vi = model(locale=vi_parent.locale, **vi, **fields_vi)
    for name, values in many.items():
        getattr(page_vi, name).set(values)
    add_page(vi_parent, page_vi)
    many_en = {k: v for k, v in pick("en").items() if isinstance(v, list)}
    fields_en = {k: v for k, v in pick("en").items() if not isinstance(v, list)}
    page_en = model(**en, **fields_en)
    for name, values in many_en.items():
        getattr(page_en, name).set(values)
    add_translation(page_vi, en_parent, page=page_en)
    return {"vi": page_vi, "en": page_en}


def build_stories_site(homes):
    indexes = {
        key: both(
            homes["vi"],
            homes["en"],
            model,
            {"title": vi_title, "slug": vi_slug},
            {"title": en_title, "slug": en_slug},
        )
        for key, (model, vi_slug, en_slug, vi_title, en_title) in INDEXES.items()
    }

    def under(key, model, vi, en, **shared):
        return both(indexes[key]["vi"], indexes[key]["en"], model, vi, en, **shared)

    craft = under(
        "crafts",
        CraftPage,
        {"title": "Dệt thổ cẩm", "slug": "det-tho-cam", "introduction": "Nghề dệt thổ cẩm."},
        {"title": "Brocade weaving", "slug": "brocade-weaving", "introduction": "Weaving."},
    )
    group = under(
        "groups",
        EthnicGroupPage,
        {"title": "Giẻ Triêng", "slug": "gie-trieng"},
        {"title": "Giẻ Triêng", "slug": "gie-trieng"},
        crafts={"vi": [craft["vi"]], "en": [craft["en"]]},
    )
    village = under(
        "villages",
        VillagePage,
        {
            "title": "Làng Đăk Răng",
            "slug": "dak-rang",
            "introduction": "Làng dệt của người Giẻ Triêng.",
        },
        {"title": "Đăk Răng village", "slug": "dak-rang", "introduction": "A weaving village."},
        commune="xã Đăk Dục",
        latitude="14.69",
        longitude="107.62",
        ethnic_group=group,
        crafts={"vi": [craft["vi"]], "en": [craft["en"]]},
    )
    artisan = under(
        "artisans",
        ArtisanPage,
        {"title": "Y Đrin", "slug": "y-drin"},
        {"title": "Y Đrin", "slug": "y-drin"},
        consent_given=True,
        village=village,
        ethnic_group=group,
        crafts={"vi": [craft["vi"]], "en": [craft["en"]]},
    )
    story = under(
        "stories",
        StoryPage,
        {
            "title": "Sắc màu thổ cẩm",
            "slug": "sac-mau-tho-cam",
            "author": "Y Hoa",
            "introduction": "Những tấm thổ cẩm của làng Đăk Răng.",
        },
        {
            "title": "The colours of brocade",
            "slug": "colours-of-brocade",
            "author": "Y Hoa",
            "introduction": "The brocade of Đăk Răng village.",
        },
        date=date(2026, 3, 1),
    )
    starts = timezone.now() + timedelta(days=20)
    event = under(
        "events",
        EventPage,
        {"title": "Lớp dệt thổ cẩm", "slug": "lop-det"},
        {"title": "Brocade class", "slug": "brocade-class"},
        kind=EventPage.Kind.CLASS,
        starts_at=starts,
        ends_at=starts + timedelta(hours=4),
        village=village,
        teacher=artisan,
        craft=craft,
        seats=2,
    )
    return {
        "indexes": indexes,
        "craft": craft,
        "group": group,
        "village": village,
        "artisan": artisan,
        "story": story,
        "event": event,
    }


def add_heritage_section(homes, section):
    """A heritage index in both languages with one ranked relic linked to the section's village,
    craft and event (each language to its own pages); returns {"index": …, "site": …}."""
    index = both(
        homes["vi"],
        homes["en"],
        HeritageIndexPage,
        {"title": "Di tích và di sản", "slug": "di-tich"},
        {"title": "Heritage sites", "slug": "heritage"},
    )
    site = both(
        index["vi"],
        index["en"],
        HeritageSitePage,
        {
            "title": "Nhà rông Đăk Răng",
            "slug": "nha-rong-dak-rang",
            "introduction": "Nhà rông mái tranh giữa làng.",
        },
        {
            "title": "Đăk Răng rong house",
            "slug": "dak-rang-rong-house",
            "introduction": "The thatched rong house at the heart of the village.",
        },
        kind=HeritageSitePage.Kind.COMMUNAL_HOUSE,
        address="làng Đăk Răng, xã Đăk Dục",
        latitude="14.70",
        longitude="107.63",
        protection=HeritageSitePage.Protection.PROVINCIAL,
        decision_number="123/QĐ-UBND",
        decision_date=date(2015, 5, 20),
        decision_body="UBND tỉnh Kon Tum",
        opening_hours="7:30–17:00",
        admission={"vi": "Miễn phí", "en": "Free"},
        villages={"vi": [section["village"]["vi"]], "en": [section["village"]["en"]]},
        crafts={"vi": [section["craft"]["vi"]], "en": [section["craft"]["en"]]},
        festivals={"vi": [section["event"]["vi"]], "en": [section["event"]["en"]]},
    )
    return {"index": index, "site": site}
