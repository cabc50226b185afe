"""Reports as filed: filing keeps a copy of the report (tables in both languages, the issuing
body's header, who filed it and when) and every later reading of it, its page, CSV, XLSX and
page to print, comes from that copy, whatever arrives or changes afterwards."""

import datetime
import json
import uuid
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone, translation
from hypothesis import given
from hypothesis import strategies as st

from craftsite.periods import year
from monitoring import filing
from monitoring.access import WHOLE_PROGRAMME
from monitoring.formatting import Dong, Hectares, document_date
from monitoring.forms import FilingForm
from monitoring.freezing import frozen, thawed
from monitoring.models import FiledReport, FiledReportIsFinal, ReportIssuer
from monitoring.report import Report, Section
from monitoring.tables import Table
from tests.html import soup
from tests.monitoring.conftest import (
    csv_tables,
    placed,
    report_url,
    screen_tables,
    summary,
    user_in,
    vietnam_time,
    workbook_tables,
)
from tests.monitoring.test_access import refused
from tests.queries import warm_query_count

pytestmark = pytest.mark.django_db


@pytest.fixture
def sales(programme):
    p = programme
    placed(vietnam_time(2025, 1, 20, 9), {p["weavers"]: [(p["scarf"], 3)]})
    placed(vietnam_time(2025, 6, 2, 21), {p["baskets"]: [(p["basket"], 2)]})
    return p


def not_found(client, url):
    """An admin address that finds nothing answers 404, once LocaleMiddleware has tried it
    under the language prefix."""
    return client.get(url, follow=True).status_code == 404


def filing_key(client, **question):
    page = client.get(report_url("monitoring:file", **question))
    assert page.status_code == 200
    return soup(page).find("input", attrs={"name": "filing_key"})["value"]


def file(client, key=None, number="12/BC-BDT", note="", **question):
    """File the report of `question` as an officer does: open the form, send it."""
    question = question or {"year": 2025}
    data = {"number": number, "note": note, "filing_key": key or filing_key(client, **question)}
    return client.post(report_url("monitoring:file", **question), data)


def readings(client, filed):
    """What a reader gets of a filed report: its page's tables, its files' tables and the
    CSV's bytes, and its page to print in each language."""
    pk = filed.pk
    csv_file = client.get(reverse("monitoring:filed_csv", args=[pk])).content
    return {
        "page": screen_tables(client.get(reverse("monitoring:filed", args=[pk]))),
        "csv": csv_file,
        "csv tables": csv_tables(csv_file),
        "xlsx": workbook_tables(client.get(reverse("monitoring:filed_xlsx", args=[pk])).content),
        "print vi": client.get(
            f"{reverse('monitoring:filed_print', args=[pk])}?language=vi"
        ).content.decode(),
        "print en": screen_tables(
            client.get(f"{reverse('monitoring:filed_print', args=[pk])}?language=en")
        ),
    }


def test_a_filed_report_stays_identical_after_new_orders_arrive(client, sales, committee):
    client.force_login(committee)
    response = file(client, note="Báo cáo năm 2025.")
    filed = FiledReport.objects.get()
    assert response.url == reverse("monitoring:filed", args=[filed.pk])
    before = readings(client, filed)
    live_before = summary(client.get(report_url(year=2025)))

    placed(vietnam_time(2025, 11, 5, 10), {sales["weavers"]: [(sales["skirt"], 2)]})
    weavers = sales["weavers"]
    weavers.title = "HTX Thổ cẩm Kon Klor"
    weavers.save()
    renamed = {"issuing_body": "SỞ DÂN TỘC VÀ TÔN GIÁO", "issuing_body_en": "ETHNIC AFFAIRS DEPT"}
    ReportIssuer.objects.update_or_create(defaults=renamed)

    live = client.get(report_url(year=2025))
    assert summary(live)["revenue"] == live_before["revenue"] + 2 * 1_200_000
    assert "HTX Thổ cẩm Kon Klor" in [row[0] for row in screen_tables(live)["By cooperative"]]
    after = readings(client, filed)
    assert after == before
    page = before["page"]
    revenue = dict(row for row in page["Figures of item 3"][1:])["Revenue (đồng)"]
    assert revenue == 3 * 350_000 + 2 * 500_000
    assert [row[0] for row in page["By cooperative"][1:]] == [
        "HTX Đan lát Đăk Răng",
        "HTX Dệt Kon Klor",
        "Total",
    ]
    assert "BAN DÂN TỘC" in after["print vi"] and "SỞ DÂN TỘC" not in after["print vi"]
    assert "Số: 12/BC-BDT" in after["print vi"]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in after["print vi"]
    assert "By cooperative" in before["print en"]
    live_print = client.get(report_url("monitoring:yearly", year=2025)).content.decode()
    assert "ETHNIC AFFAIRS DEPT" in live_print  # the committee reads in English


def test_a_form_sent_twice_files_once(client, sales, committee):
    client.force_login(committee)
    key = filing_key(client, year=2025)

    first = file(client, key=key)
    second = file(client, key=key)

    assert FiledReport.objects.count() == 1
    assert first.url == second.url


def test_a_correction_supersedes_the_filing_and_keeps_it(client, sales, committee):
    client.force_login(committee)
    file(client, number="12/BC-BDT")
    first = FiledReport.objects.get()
    form = client.get(report_url("monitoring:file", year=2025)).content.decode()
    assert "This filing corrects the one of" in form

    file(client, number="13/BC-BDT", note="Sửa số liệu tháng 11.")

    second = FiledReport.objects.exclude(pk=first.pk).get()
    assert second.supersedes == first
    listing = soup(client.get(reverse("monitoring:filed_list")))
    rows = listing.select("table.listing tbody tr")
    statuses = [row.find_all("td")[-1].get_text(strip=True) for row in rows]
    assert statuses == ["Current", f"Corrected on {second.filed_at.astimezone():%d/%m/%Y}"]
    old_page = client.get(reverse("monitoring:filed", args=[first.pk])).content.decode()
    assert "A later filing of" in old_page
    # Another period is not a correction.
    file(client, number="2/BC-BDT", year=2025, quarter=1)
    assert FiledReport.objects.get(number="2/BC-BDT").supersedes is None


def test_a_filed_report_is_never_changed(client, sales, committee):
    client.force_login(committee)
    file(client)
    filed = FiledReport.objects.get()

    filed.number = "99/BC-BDT"
    with pytest.raises(FiledReportIsFinal):
        filed.save()
    assert FiledReport.objects.get().number == "12/BC-BDT"


def test_a_frozen_report_reads_back_exactly():
    table = Table(
        key="t",
        title="Tiêu đề",
        columns=["Nhóm", "Doanh thu (đồng)", "Diện tích (ha)", "Số"],
        rows=[["Xơ Đăng", Dong(12_345_678_901_234_567), Hectares("0.10"), 3]],
        total=["Tổng", Dong(1), Decimal("12.345"), 0],
        chart_column=1,
    )
    report = Report("Báo cáo", year(2025), "Tất cả", [Section(3, "Sản phẩm", [table])])

    stored = json.loads(json.dumps(frozen(report)))
    again = thawed(stored)

    assert again == report
    money, area = again.sections[0].tables[0].rows[0][1:3]
    assert type(money) is Dong and money == 12_345_678_901_234_567
    assert (type(area), str(area)) == (Hectares, "0.10")
    assert type(again.sections[0].tables[0].total[2]) is Decimal
    assert frozen(again) == stored


def test_the_date_line_is_written_as_administrative_documents_write_it():
    with translation.override("en"):
        assert document_date("Quang Ngai", datetime.date(2026, 2, 5)) == "Quang Ngai, 05/02/2026"
    with translation.override("vi"):
        assert (
            document_date("Quảng Ngãi", datetime.date(2026, 2, 5))
            == "Quảng Ngãi, ngày 05 tháng 02 năm 2026"
        )
        assert (
            document_date("Quảng Ngãi", datetime.date(2025, 12, 1))
            == "Quảng Ngãi, ngày 01 tháng 12 năm 2025"
        )


# -- who files and who reads ---------------------------------------------------------------


def test_cooperative_staff_cannot_file_nor_read_others_filings(client, sales, committee, weaver):
    client.force_login(committee)
    file(client)
    whole = FiledReport.objects.get()
    file(client, number="3/BC-BDT", cooperative=sales["weavers"].translation_key)
    theirs = FiledReport.objects.get(number="3/BC-BDT")
    file(client, number="4/BC-BDT", cooperative=sales["baskets"].translation_key)
    others = FiledReport.objects.get(number="4/BC-BDT")

    client.force_login(weaver)
    assert refused(client.get(report_url("monitoring:file", year=2025)))
    key = str(uuid.uuid4())
    assert refused(file(client, key=key))
    assert not FiledReport.objects.filter(filing_key=key).exists()
    for filed in (whole, others):
        for name in ("filed", "filed_csv", "filed_xlsx", "filed_print"):
            assert not_found(client, reverse(f"monitoring:{name}", args=[filed.pk]))
    listing = client.get(reverse("monitoring:filed_list")).content.decode()
    assert reverse("monitoring:filed", args=[theirs.pk]) in listing
    assert reverse("monitoring:filed", args=[others.pk]) not in listing
    assert client.get(reverse("monitoring:filed", args=[theirs.pk])).status_code == 200
    report = client.get(report_url(year=2025)).content.decode()
    assert reverse("monitoring:file") not in report


def test_editors_read_no_filed_report(client, sales, committee, editor):
    client.force_login(committee)
    file(client)
    client.force_login(editor)

    assert refused(client.get(reverse("monitoring:filed_list")))
    assert refused(client.get(reverse("monitoring:filed", args=[FiledReport.objects.get().pk])))


def test_reading_the_report_without_filing_it_is_possible(client, sales):
    """An officer given the committee's reading only, not filing, reads filings, files none."""
    readers = Group.objects.create(name="Readers")
    readers.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_report"),
    )
    client.force_login(user_in(readers, "reader"))

    assert refused(client.get(report_url("monitoring:file", year=2025)))
    assert client.get(reverse("monitoring:filed_list")).status_code == 200


# -- bad input -----------------------------------------------------------------------------

HOSTILE = [
    ("number", "<script>alert(1)</script>"),
    ("number", "1" * 61),
    ("number", "12/BC\x00"),
    ("number", "\u202e12/BC-BDT"),
    ("number", "http://evil.example/12"),
    ("note", "x" * 2001),
    ("note", "Chú ý\x07"),
    ("filing_key", "not-a-key"),
    ("filing_key", ""),
]


@pytest.mark.parametrize(("field", "value"), HOSTILE)
def test_hostile_input_files_nothing_and_says_why(client, sales, committee, field, value):
    client.force_login(committee)
    data = {"number": "12/BC-BDT", "note": "", "filing_key": str(uuid.uuid4()), field: value}

    response = client.post(report_url("monitoring:file", year=2025), data)

    assert response.status_code == 200
    assert not FiledReport.objects.exists()
    assert soup(response).select(".error-message, .help-critical, [role=alert]")
    assert "<script>alert(1)" not in response.content.decode()


@pytest.mark.parametrize(
    "question",
    [
        {"year": "abc"},
        {"year": 1999},
        {"year": 2025, "cooperative": "x"},
        {"year": 2025, "quarter": 9},
    ],
)
def test_a_malformed_question_files_nothing(client, sales, committee, question):
    client.force_login(committee)

    response = client.post(
        report_url("monitoring:file", **question),
        {"filing_key": str(uuid.uuid4())},
    )

    assert response.status_code == 302
    assert response.url.startswith(reverse("monitoring:report"))
    assert not FiledReport.objects.exists()


def test_a_note_is_shown_as_text(client, sales, committee):
    client.force_login(committee)
    file(client, note='Đã rà soát "số liệu" & <b>ký</b>')
    filed = FiledReport.objects.get()

    page = client.get(reverse("monitoring:filed", args=[filed.pk])).content.decode()
    printed = client.get(reverse("monitoring:filed_print", args=[filed.pk])).content.decode()

    for html in (page, printed):
        assert "&lt;b&gt;ký&lt;/b&gt;" in html and "<b>ký</b>" not in html


@pytest.mark.parametrize("language", ["xx", "", "../vi", "en' onload='x"])
def test_an_unknown_language_prints_in_the_readers(client, sales, committee, language):
    client.force_login(committee)
    file(client)
    url = reverse("monitoring:filed_print", args=[FiledReport.objects.get().pk])

    response = client.get(url, {"language": language})

    assert response.status_code == 200
    assert '<html lang="en">' in response.content.decode()  # the committee reads in English


def test_an_unknown_filing_is_not_found(client, committee):
    client.force_login(committee)
    assert not_found(client, reverse("monitoring:filed", args=[999999]))
    assert not_found(client, reverse("monitoring:filed_list") + "-1/")


def test_the_filed_reports_are_listed_in_a_fixed_number_of_queries(client, sales, committee):
    client.force_login(committee)
    file(client)
    few = warm_query_count(client, reverse("monitoring:filed_list"))
    file(client, number="13/BC-BDT")
    file(client, number="14/BC-BDT", year=2025, quarter=2)

    assert warm_query_count(client, reverse("monitoring:filed_list")) == few


# -- the same form, or two officers, at the same moment ------------------------------------


def competing_filing(monkeypatch, committee, **fields):
    """Make another filing land while `file_report` files: after it looked for an earlier
    filing with its key and for the filing it corrects, before it writes its own, as a
    request sent at the same moment would on PostgreSQL."""
    find_current = filing.current_filing

    def current_while_another_files(period, cooperative_key):
        current = find_current(period, cooperative_key)
        FiledReport.objects.create(
            first_day=period.first_day,
            last_day=period.last_day,
            content={},
            issuer=ReportIssuer.load().header(),
            filed_by=committee,
            filed_by_name="Another officer",
            filed_at=timezone.now(),
            supersedes=current,
            **fields,
        )
        return current

    monkeypatch.setattr(filing, "current_filing", current_while_another_files)


def test_the_same_form_sent_at_the_same_moment_files_once(sales, committee, monkeypatch):
    key = uuid.uuid4()
    competing_filing(monkeypatch, committee, filing_key=key)

    filed = filing.file_report(year(2025), WHOLE_PROGRAMME, None, user=committee, filing_key=key)

    assert filed.filed_by_name == "Another officer"
    assert FiledReport.objects.count() == 1


def test_two_corrections_of_one_filing_at_the_same_moment_keep_one(sales, committee, monkeypatch):
    first = filing.file_report(
        year(2025), WHOLE_PROGRAMME, None, user=committee, filing_key=uuid.uuid4()
    )
    competing_filing(monkeypatch, committee, filing_key=uuid.uuid4())

    with pytest.raises(filing.FiledMeanwhile):
        filing.file_report(
            year(2025), WHOLE_PROGRAMME, None, user=committee, filing_key=uuid.uuid4()
        )

    assert FiledReport.objects.count() == 2
    assert FiledReport.objects.get(supersedes=first).filed_by_name == "Another officer"


@given(
    number=st.text(max_size=80),
    note=st.text(max_size=2100),
    key=st.one_of(st.text(max_size=40), st.uuids().map(str)),
)
def test_the_filing_form_takes_any_input_without_failing(number, note, key):
    form = FilingForm({"number": number, "note": note, "filing_key": key})

    if form.is_valid():
        cleaned = form.cleaned_data
        assert len(cleaned["number"]) <= 60 and len(cleaned["note"]) <= 2000
        assert not {"<", ">", "\x00", "\n"} & set(cleaned["number"])
        assert isinstance(cleaned["filing_key"], uuid.UUID)
    else:
        assert form.errors
