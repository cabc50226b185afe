"""Site search (base.search): on PostgreSQL through the pages' folded words and their GIN index,
on SQLite through Wagtail's index. Marked `postgres`, so the PostgreSQL suite runs them too."""

import pytest
from django.core.management import call_command
from django.db import connection
from wagtail.models import PageViewRestriction

from base.models import PageSearchText
from base.search import FIND
from tests.factories.pages import add_standard_page
from tests.html import soup

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def search(client, query, language="vi", **params):
    response = client.get(f"/{language}/search/", {"q": query, **params})
    assert response.status_code == 200
    page = soup(response)
    count = page.select_one(".result-count")
    return {
        "titles": [h2.get_text(strip=True) for h2 in page.select(".search-results h2")],
        "count": count.get_text(strip=True).split()[0] if count else None,
        "current": [a.get_text(strip=True) for a in page.select(".pagination [aria-current]")],
        "page": page,
    }


def titles(client, query, language="vi", **params):
    return search(client, query, language, **params)["titles"]


@pytest.fixture
def on_postgres():
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only: the pages' search text and their English stemming")


@pytest.fixture
def pages(homes):
    vi, en = homes["vi"], homes["en"]
    return {
        "accented": add_standard_page(
            vi, "Thổ cẩm Xơ Đăng", "tho-cam-xo-dang", introduction="Vải dệt tay của làng."
        ),
        "plain": add_standard_page(
            vi, "Khăn choàng", "khan-choang", introduction="Khan tho cam, go bang tay."
        ),
        "english": add_standard_page(
            en, "Brocade tho cam", "brocade", introduction="Thổ cẩm woven by hand."
        ),
    }


def test_diacritics_are_optional_both_ways(client, pages):
    # Accented words are found by a plain query, plain words by an accented one, in the
    # title and in the rest of the page.
    assert "Thổ cẩm Xơ Đăng" in titles(client, "tho cam xo dang")
    assert "Thổ cẩm Xơ Đăng" in titles(client, "vai det tay")
    assert "Khăn choàng" in titles(client, "thổ cẩm")
    assert "Khăn choàng" in titles(client, "khăn choàng gõ bằng tay")
    assert "Thổ cẩm Xơ Đăng" in titles(client, "THỔ CẨM")


def test_every_word_must_be_found(client, pages):
    assert titles(client, "tho cam xo dang") == ["Thổ cẩm Xơ Đăng"]
    assert titles(client, "tho cam nowhere") == []


def test_other_languages_are_never_found(client, pages):
    assert "Brocade tho cam" not in titles(client, "tho cam")
    assert "Brocade tho cam" not in titles(client, "brocade")
    assert titles(client, "tho cam", "en") == ["Brocade tho cam"]
    assert titles(client, "xo dang", "en") == []


def test_restricted_pages_and_what_is_under_them_are_never_found(client, homes, pages):
    section = add_standard_page(homes["vi"], "Thành viên", "thanh-vien")
    add_standard_page(section, "Thổ cẩm cho thành viên", "tho-cam-thanh-vien")
    assert "Thổ cẩm cho thành viên" in titles(client, "tho cam")

    PageViewRestriction.objects.create(page=section, restriction_type="password", password="x")
    PageViewRestriction.objects.create(
        page=pages["accented"], restriction_type=PageViewRestriction.LOGIN
    )

    found = search(client, "tho cam")
    assert found["titles"] == ["Khăn choàng"]
    assert found["count"] == "1"


@pytest.mark.parametrize("language", ["vi", "en"])
def test_no_word_of_a_restricted_page_is_shown_in_either_language(client, homes, language):
    # Title, summary and body words of a password page, a login page and a page under a
    # restricted parent: none is found, and the count does not give them away either.
    home = homes[language]
    body = [("paragraph", "<p>Mật mã kho hàng hạt cườm.</p>")]
    password = add_standard_page(home, "Giá sỉ bí mật", "gia-si", introduction="Chiết khấu")
    login = add_standard_page(home, "Danh sách hội viên", "hoi-vien", body=body)
    parent = add_standard_page(home, "Nội bộ", "noi-bo")
    add_standard_page(parent, "Biên bản họp", "bien-ban", introduction="Chiết khấu", body=body)
    add_standard_page(home, "Chiết khấu công khai", "cong-khai")
    PageViewRestriction.objects.create(page=password, restriction_type="password", password="x")
    PageViewRestriction.objects.create(page=login, restriction_type=PageViewRestriction.LOGIN)
    PageViewRestriction.objects.create(page=parent, restriction_type="password", password="x")

    for words in ["bi mat", "hoi vien", "bien ban", "hat cuom", "noi bo"]:
        found = search(client, words, language)
        assert found["titles"] == [], words
        assert found["count"] in (None, "0"), words
    found = search(client, "chiet khau", language)
    assert found["titles"] == ["Chiết khấu công khai"]
    assert found["count"] == "1"
    assert "Mật mã" not in str(found["page"])


def test_unpublished_pages_leave_the_search_at_once(client, pages, settings):
    # In production the index is updated by a background worker; the page must not wait for it.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    pages["accented"].unpublish()

    found = search(client, "tho cam")
    assert found["titles"] == ["Khăn choàng"]
    assert found["count"] == "1"


def test_changed_and_new_pages_are_found_by_their_new_words(client, homes, pages):
    page = pages["plain"]
    page.title = "Khăn quàng cổ"
    page.introduction = "Dệt bằng sợi gai."
    page.save_revision().publish()
    add_standard_page(homes["vi"], "Gùi mây", "gui-may")

    found = search(client, "soi gai")
    assert found["titles"] == ["Khăn quàng cổ"]
    assert found["page"].select_one(".search-results li p:not(.eyebrow)").get_text() == (
        "Dệt bằng sợi gai."
    )
    assert titles(client, "khan choang") == []
    assert titles(client, "gui may") == ["Gùi mây"]


@pytest.mark.postgres_only
def test_english_words_are_found_in_their_other_forms(on_postgres, client, homes):
    # PostgreSQL stems English; Wagtail's SQLite index (FTS5) does not.
    add_standard_page(homes["en"], "Weaving baskets", "weaving", introduction="Gongs and songs.")

    assert titles(client, "weave basket", "en") == ["Weaving baskets"]
    assert titles(client, "gong", "en") == ["Weaving baskets"]


def test_pages_named_by_the_query_come_first(client, homes):
    # The page that only mentions the words is older (a lower id), so an order by id alone
    # would put it first.
    add_standard_page(
        homes["vi"],
        "Giỏ đan",
        "gio-dan",
        introduction="Giỏ đan bằng tre. Người Xơ Đăng cũng đan gùi mây để lên rẫy.",
    )
    add_standard_page(homes["vi"], "Đồ gốm", "do-gom", introduction="Gốm nung.")
    add_standard_page(homes["vi"], "Gùi mây", "gui-may", introduction="Đan bằng mây rừng.")

    assert titles(client, "gui may") == ["Gùi mây", "Giỏ đan"]


@pytest.fixture
def many(homes):
    """23 pages holding "gom" (pottery), and one that does not."""
    add_standard_page(homes["vi"], "Dệt vải", "det-vai")
    return [
        add_standard_page(homes["vi"], f"Gốm số {n}", f"gom-{n}", introduction="Gốm nung.")
        for n in range(23)
    ]


def test_results_are_counted_and_paged_without_repeats(client, many):
    shown = [search(client, "gom", page=number) for number in (1, 2, 3)]

    assert [len(page["titles"]) for page in shown] == [10, 10, 3]
    assert {page["count"] for page in shown} == {"23"}
    every = [title for page in shown for title in page["titles"]]
    assert sorted(every) == sorted(page.title for page in many)


def test_a_page_number_past_the_end_shows_the_last_page(client, many):
    last = search(client, "gom", page=3)
    past = search(client, "gom", page=99)

    assert past["titles"] == last["titles"]
    assert past["count"] == "23"
    assert past["current"] == ["3"]


def test_many_result_pages_are_linked_with_gaps(client, many, monkeypatch):
    monkeypatch.setattr("base.views.RESULTS_PER_PAGE", 2)

    links = search(client, "gom", page=4)["page"].select(".pagination li")

    assert [link.get_text(strip=True) for link in links] == [
        *["‹ Trang trước", "1", "2", "3", "4", "5", "6", "7"],
        *["…", "11", "12", "Trang sau ›"],
    ]


def query_budget(types_shown):
    """On PostgreSQL: the search, the pages shown (with their stored summaries) and the site's
    lookup, whatever the types shown. On SQLite (Wagtail's search): the language, the count, the
    search, a query per type shown, and the site's lookup."""
    return 3 if connection.vendor == "postgresql" else 4 + types_shown


def test_a_search_page_runs_a_fixed_number_of_queries(client, shop, django_assert_max_num_queries):
    found = search(client, "tho cam")  # the caches filled, as a visitor's request finds them
    types = {eyebrow.get_text() for eyebrow in found["page"].select(".search-results .eyebrow")}
    assert len(types) >= 4

    with django_assert_max_num_queries(query_budget(len(types))):
        search(client, "tho cam")


def test_a_search_page_runs_as_many_queries_for_ten_results_as_for_one(
    client, many, django_assert_max_num_queries
):
    assert len(search(client, "gom")["titles"]) == 10
    assert len(search(client, "gom so 7")["titles"]) == 1

    for query in ("gom", "gom so 7"):
        with django_assert_max_num_queries(query_budget(1)):
            search(client, query)


def test_results_show_each_page_type_and_summary(client, shop, pages):
    def shown(item):
        summary = item.select_one("p:not(.eyebrow)")
        return (
            item.select_one(".eyebrow").get_text(strip=True),
            item.select_one("h2 a")["href"],
            summary.get_text(strip=True) if summary else "",
        )

    found = search(client, "tho cam")["page"]
    results = {
        item.select_one("h2").get_text(strip=True): shown(item)
        for item in found.select(".search-results li")
    }

    assert results["Khăn choàng"] == (
        "Trang thông tin",
        "/vi/khan-choang/",
        "Khan tho cam, go bang tay.",
    )
    assert results["Khăn thổ cẩm"] == ("Sản phẩm", "/vi/cua-hang/htx-det/khan/", "")
    assert results["Dệt thổ cẩm"] == ("Nghề", "/vi/nghe/det-tho-cam/", "Nghề dệt thổ cẩm.")


HOSTILE_QUERIES = [
    '"',
    "'",
    "tho' cam\"",
    "&|!:*",
    "tho:* & !cam | (",
    "<->",
    "a" * 500,
    "tho cam " * 60,
    "tho\x00cam",
    "\x00",
    "%_\\",
]


def test_hostile_queries_give_a_normal_page(client, pages):
    for query in HOSTILE_QUERIES:
        response = client.get("/vi/search/", {"q": query, "page": "1"})

        assert response.status_code == 200, repr(query)
        page = soup(response)
        assert page.select_one("form.search-form"), repr(query)


# What only PostgreSQL shows: the table behind the search and the plan that reads it.


@pytest.mark.postgres_only
def test_only_live_pages_of_the_site_are_kept(on_postgres, pages, homes):
    pages["plain"].unpublish()

    kept = set(PageSearchText.objects.values_list("page_id", flat=True))

    assert pages["accented"].pk in kept and pages["english"].pk in kept
    assert pages["plain"].pk not in kept
    assert homes["vi"].get_parent().pk not in kept


@pytest.mark.postgres_only
def test_a_summary_not_stored_yet_is_read_from_the_page(on_postgres, client, pages):
    # As the migration that made the table leaves it, until the page's next save.
    PageSearchText.objects.update(summary=None)

    found = search(client, "tho cam xo dang")["page"]

    assert found.select_one(".search-results li p:not(.eyebrow)").get_text() == (
        "Vải dệt tay của làng."
    )


@pytest.mark.postgres_only
def test_update_index_rebuilds_the_search_text(on_postgres, client, pages):
    PageSearchText.objects.all().delete()
    assert titles(client, "tho cam") == []

    call_command("update_index", verbosity=0)

    assert titles(client, "tho cam") == ["Thổ cẩm Xơ Đăng", "Khăn choàng"]


@pytest.mark.postgres_only
def test_the_search_can_read_the_gin_index(on_postgres, pages):
    # A test database is too small for the planner to prefer the index; forbidding sequential
    # scans shows whether the query can use it at all.
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(
            "EXPLAIN " + FIND.format(public=""),
            {"terms": "tho cam", "language": "vi", "config": "simple", "limit": 10, "offset": 0},
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())

    assert "Bitmap Index Scan on base_pagesearchtext_vector" in plan
