"""The programme's document library: its legal texts and plans, newest first, each cited by
kind, number, date and issuing body in the reader's language, with the file to download and
the official source. Filters by kind and year take only what exists; anything else shows
the whole list, is never an error and is not stored as a page of its own."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model

from documents.models import DocumentLibraryPage, ProgrammeDocument
from tests.factories.pages import add_translation
from tests.factories.stories import add_page
from tests.html import soup
from tests.queries import BUDGET, warm_query_count

pytestmark = pytest.mark.django_db


def add_document(number, issued_on, kind, title, title_en="", **fields):
    file = get_document_model().objects.create(
        title=number, file=ContentFile(b"%PDF-1.4 placeholder", name="placeholder.pdf")
    )
    return ProgrammeDocument.objects.create(
        number=number,
        issued_on=issued_on,
        kind=kind,
        title=title,
        title_en=title_en,
        issuing_body="Ủy ban nhân dân tỉnh Kon Tum",
        issuing_body_en="Kon Tum Provincial People's Committee",
        document=file,
        **fields,
    )


@pytest.fixture
def library(homes):
    vi = add_page(homes["vi"], DocumentLibraryPage(title="Văn bản", slug="van-ban"))
    en = add_translation(vi, homes["en"], "Documents", "documents")
    add_document(
        "465/QĐ-UBND",
        datetime.date(2022, 7, 27),
        "decision",
        "Đề án bảo tồn nghề truyền thống",
        "Project to preserve traditional crafts",
        source_url="https://kontum.gov.vn/",
    )
    add_document("08-NQ/TU", datetime.date(2022, 2, 16), "resolution", "Nghị quyết về nghề")
    add_document("110/UBND-KGVX", datetime.date(2025, 1, 12), "letter", "Công văn về nghề")
    return {"vi": vi, "en": en}


def citations(client, url):
    page = soup(client.get(url))
    return [item.get_text(" ", strip=True) for item in page.select(".document-list__citation")]


def test_the_library_lists_documents_newest_first_in_each_language(client, library):
    en = soup(client.get(library["en"].url))
    vi = soup(client.get(library["vi"].url))

    assert [h.get_text() for h in en.select(".document-list__title")] == [
        "Công văn về nghề",  # no English title: the Vietnamese one
        "Project to preserve traditional crafts",
        "Nghị quyết về nghề",
    ]
    assert "Decision no. 465/QĐ-UBND" in en.select(".document-list__citation")[1].get_text()
    assert "Kon Tum Provincial People's Committee" in en.get_text()
    assert "Quyết định số 465/QĐ-UBND" in vi.select(".document-list__citation")[1].get_text()
    assert "Ủy ban nhân dân tỉnh Kon Tum" in vi.get_text()
    download = en.select(".document-list__links a.button")[1]
    assert download["href"].startswith("/documents/") and "(PDF)" in download.get_text()
    assert en.select_one('a[href="https://kontum.gov.vn/"]')
    assert warm_query_count(client, library["en"].url) <= BUDGET


def test_filters_by_kind_and_year_combine(client, library):
    url = library["en"].url

    assert len(citations(client, url + "?year=2022")) == 2
    assert citations(client, url + "?kind=resolution&year=2022") == [
        "Resolution no. 08-NQ/TU, 02/16/2022 · Kon Tum Provincial People's Committee"
    ]
    assert citations(client, url + "?kind=letter&year=2022") == []
    page = soup(client.get(url + "?kind=decision"))
    # The chosen kind, and every year, are marked as the ones shown.
    assert [a["href"] for a in page.select(".filter-chips a[aria-current]")] == [
        url + "?kind=decision",
        url + "?kind=decision",
    ]
    assert [a.get_text() for a in page.select(".filter-chips a[aria-current]")] == [
        "Decision",
        "All years",
    ]


@pytest.mark.parametrize(
    "query",
    [
        "?kind=<script>alert(1)</script>",
        "?kind=DECISION",
        "?year=1999",
        "?year=20221",
        "?year=-1",
        "?year=2022.0",
        "?year=%00",
        "?year=" + "9" * 400,
    ],
)
def test_a_malformed_or_hostile_filter_shows_everything_and_echoes_nothing(client, library, query):
    response = client.get(library["en"].url + query)

    assert response.status_code == 200
    assert "<script>alert(1)" not in response.content.decode()
    assert len(soup(response).select(".document-list__item")) == 3


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"issued_on": timezone.localdate() + datetime.timedelta(days=1)}, "issued_on"),
        ({"issued_on": datetime.date(1890, 1, 1)}, "issued_on"),
        ({"number": ""}, "number"),
        ({"issued_on": None}, "issued_on"),
        ({"issuing_body": ""}, "issuing_body"),
        ({"kind": "poem"}, "kind"),
    ],
)
def test_the_admin_refuses_a_document_without_its_citation_or_from_the_future(changes, field):
    document = ProgrammeDocument(
        **{
            "kind": "plan",
            "number": "12/KH-UBND",
            "issued_on": datetime.date(2024, 1, 10),
            "issuing_body": "UBND tỉnh",
            "title": "Kế hoạch năm 2024",
            **changes,
        }
    )

    with pytest.raises(ValidationError) as refused:
        document.full_clean(exclude=["document"])
    assert field in refused.value.message_dict


def test_the_admin_form_saves_a_document_with_its_number_tidied(admin_client, homes):
    file = get_document_model().objects.create(
        title="x", file=ContentFile(b"text", name="placeholder.txt")
    )

    response = admin_client.post(
        "/admin/snippets/documents/programmedocument/add/",
        {
            "kind": "plan",
            "number": " 12/KH-UBND ",
            "issued_on": "2024-01-10",
            "issuing_body": "UBND tỉnh Kon Tum",
            "title": "Kế hoạch năm 2024",
            "document": file.pk,
        },
    )

    assert response.status_code == 302
    assert ProgrammeDocument.objects.get().number == "12/KH-UBND"
