"""The page a label's QR opens: who made the piece, in the scanner's language, with the
product's photo to compare; and a clear "not valid" page for anything else."""

import pytest
from django.utils.translation import override

from catalog.models import ProductPage
from labels.codes import label_code
from tests.html import soup
from tests.labels.factories import make_run
from tests.queries import BUDGET, warm_query_count

pytestmark = pytest.mark.django_db


@pytest.fixture
def batch(labels_site):
    return make_run(
        labels_site["scarf"], quantity=12, artisan=labels_site["stories"]["artisan"]["vi"]
    )


@pytest.fixture
def code(batch):
    return label_code(batch, 3)


@pytest.mark.parametrize(
    ("accept_language", "language"), [("en-GB,en;q=0.9", "en"), ("vi-VN,vi", "vi"), ("", "vi")]
)
def test_the_qr_address_opens_the_page_in_the_scanner_s_language(
    client, code, accept_language, language
):
    response = client.get(f"/l/{code}", HTTP_ACCEPT_LANGUAGE=accept_language)

    assert response.status_code == 302
    assert response["Location"] == f"/{language}/l/{code}"


def test_the_page_says_who_made_the_piece_where_and_for_whom_in_vietnamese(client, code):
    page = soup(client.get(f"/vi/l/{code}"))

    assert page.html["lang"] == "vi"
    assert page.select_one(".who-made__genuine").get_text(" ", strip=True) == "✓ Nhãn thật"
    assert page.h1.get_text() == "Khăn thổ cẩm"
    facts = dict(
        zip(
            [dt.get_text() for dt in page.select(".who-made__facts dt")],
            list(page.select(".who-made__facts dd")),
            strict=True,
        )
    )
    assert facts["Người làm"].a["href"] == "/vi/nghe-nhan/y-drin/"
    assert facts["Làng"].a["href"] == "/vi/lang-nghe/dak-rang/"
    assert facts["Ngày làm"].get_text() == "20/11/2026"
    assert facts["Chiếc"].get_text() == "3 trên 12"
    assert facts["Cho người làm"].get_text().startswith("70% giá bán")
    assert facts["Hợp tác xã"].a["href"] == "/vi/cua-hang/htx-det/"
    assert page.select_one(".who-made__photo img")
    shop_link = page.find("a", string="Xem sản phẩm trong cửa hàng")
    assert shop_link["href"].startswith("/vi/cua-hang/htx-det/")


def test_in_english_it_links_to_the_english_pages(client, code):
    page = soup(client.get(f"/en/l/{code}"))

    assert page.html["lang"] == "en"
    assert page.h1.get_text() == "Brocade scarf"
    assert page.select_one(".who-made__genuine").get_text(" ", strip=True) == "✓ Genuine label"
    assert page.find("a", string="Y Đrin")["href"] == "/en/artisans/y-drin/"
    assert page.find("a", string="See the product in the shop")["href"] == (
        "/en/shop/dak-rang-weavers/brocade-scarf/"
    )


def test_a_typed_name_is_printed_but_never_published(client, labels_site):
    run = make_run(labels_site["scarf"], quantity=2, maker_name="Y Hoa")

    response = client.get(f"/vi/l/{label_code(run, 1)}")

    assert "Y Hoa" not in response.text
    assert "Những người làm của HTX Dệt Đăk Răng" in response.text


def assert_not_valid(response):
    assert response.status_code == 404
    page = soup(response)
    assert page.h1.get_text() == "Nhãn này không hợp lệ"
    assert not page.select(".who-made__genuine")
    assert "Traceback" not in response.text


def test_a_tampered_code_shows_the_label_is_not_valid(client, code):
    assert_not_valid(client.get(f"/vi/l/{code[:-2]}AA"))


def test_a_label_for_a_product_no_longer_sold_is_not_valid(client, labels_site, code):
    ProductPage.objects.get(pk=labels_site["scarf"].pk).unpublish()

    assert_not_valid(client.get(f"/vi/l/{code}"))


@pytest.mark.parametrize("garbage", ["x", "1-1-", "%00", "1" * 5000, "<b>1<b>", "1-1-ÀÀÀÀÀÀÀÀÀÀ"])
def test_garbage_and_very_long_codes_show_the_label_is_not_valid(client, garbage):
    assert_not_valid(client.get(f"/vi/l/{garbage}"))


def test_a_typed_code_leads_to_its_page(client, code):
    response = client.get("/vi/l/", {"code": f" {code.lower()} "})

    assert response.status_code == 302
    assert response["Location"] == f"/vi/l/{code}"


@pytest.mark.parametrize("typed", ["abc", "1" * 500, "' OR 1=1"])
def test_a_mistyped_code_says_so(client, typed):
    assert_not_valid(client.get("/vi/l/", {"code": typed}))


def test_the_form_to_type_a_code_is_there_in_both_languages(client):
    with override("en"):
        assert soup(client.get("/en/l/")).h1.get_text() == "Check a label"
    assert soup(client.get("/vi/l/")).h1.get_text() == "Kiểm tra nhãn"


def test_the_page_is_kept_out_of_search_engines(client, code):
    page = soup(client.get(f"/vi/l/{code}"))

    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_page_reads_a_fixed_small_number_of_queries(client, labels_site, code, language):
    queries = warm_query_count(client, f"/{language}/l/{code}")
    for _ in range(5):
        make_run(labels_site["scarf"], quantity=3)

    assert warm_query_count(client, f"/{language}/l/{code}") == queries <= BUDGET
