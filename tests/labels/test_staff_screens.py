"""Cooperative staff make and print labels for their own products, on a phone, in
Vietnamese; nothing they type or put in the address reaches another cooperative's."""

import datetime
import re

import pytest
from django.urls import reverse
from wagtail.models import Site

from catalog.models import ProductPage
from catalog.panels import CooperativeHomePanel
from catalog.permissions import staffed_cooperatives
from labels.forms import MAX_LABELS
from labels.models import Label
from tests.html import soup
from tests.labels.factories import make_run

pytestmark = pytest.mark.django_db

NEW = reverse("labels:new")
PUBLIC_SITE = "https://langnghe.example"


def form_data(chosen, **changes):
    data = {
        "product": chosen.pk,
        "kind": "batch",
        "quantity": "12",
        "made_on": "2026-11-20",
        "artisan": "",
        "maker_name": "",
    }
    return {**data, **changes}


@pytest.fixture(autouse=True)
def public_site(labels_site):
    Site.objects.filter(is_default_site=True).update(hostname="langnghe.example", port=443)


@pytest.fixture
def weaver(client, labels_site):
    client.force_login(labels_site["weaver_staff"])
    return client


def test_a_visitor_is_sent_to_the_admin_login(client):
    response = client.get(NEW)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_staff_choose_only_among_their_own_products(weaver, labels_site):
    page = soup(weaver.get(NEW))

    options = [option.get_text() for option in page.select("#id_product option") if option["value"]]
    assert options == ["Khăn thổ cẩm"]
    assert page.html["lang"] == "vi"


def test_staff_make_a_batch_with_the_artisan_and_the_village_and_share_as_today(
    weaver, labels_site
):
    artisan = labels_site["stories"]["artisan"]["vi"]

    response = weaver.post(NEW, form_data(labels_site["scarf"], artisan=artisan.pk))

    label = Label.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("labels:print", args=[label.pk, "a4-24"])
    assert (label.cooperative, label.product_title, label.quantity) == (
        labels_site["weavers"],
        "Khăn thổ cẩm",
        12,
    )
    assert (label.maker_name, label.village_name, label.maker_share_percent) == (
        "Y Đrin",
        "Làng Đăk Răng",
        70,
    )
    assert label.created_by == labels_site["weaver_staff"]


def test_a_later_change_of_the_makers_share_does_not_rewrite_printed_labels(weaver, labels_site):
    weaver.post(NEW, form_data(labels_site["scarf"]))
    ProductPage.objects.filter(pk=labels_site["scarf"].pk).update(
        maker_share_percent=40, title="Khăn mới"
    )
    label = Label.objects.get()

    page = soup(weaver.get(reverse("labels:print", args=[label.pk, "a4-24"])))

    assert page.select_one(".label__share").get_text() == "70% cho người làm"
    assert page.select_one(".label__product").get_text() == "Khăn thổ cẩm"


def test_a_product_of_another_cooperative_is_refused_in_words(weaver, labels_site):
    response = weaver.post(NEW, form_data(labels_site["basket"]))

    assert response.status_code == 200
    assert "Hãy chọn một sản phẩm của hợp tác xã bạn trong danh sách." in response.text
    assert not Label.objects.exists()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"quantity": "0"}, "In ít nhất 1 nhãn."),
        ({"quantity": "-3"}, "In ít nhất 1 nhãn."),
        ({"quantity": str(MAX_LABELS + 1)}, "Mỗi lần in tối đa 240 nhãn"),
        ({"quantity": "10" * 40}, "Mỗi lần in tối đa 240 nhãn"),
        ({"quantity": "mười hai"}, "Hãy gõ số nhãn cần in bằng số nguyên"),
        ({"quantity": ""}, "Hãy gõ số nhãn cần in"),
        ({"made_on": "2999-01-01"}, "Ngày làm không thể sau hôm nay."),
        ({"made_on": "1900-01-01"}, "Hãy kiểm tra lại năm của ngày làm."),
        ({"made_on": "31/02/2026"}, "Hãy gõ ngày theo dạng ngày/tháng/năm"),
        ({"made_on": "<script>"}, "Hãy gõ ngày theo dạng ngày/tháng/năm"),
        ({"kind": "everything"}, "Hãy chọn loại nhãn trong danh sách."),
        ({"product": ""}, "Hãy chọn sản phẩm cần làm nhãn."),
        ({"product": "abc"}, "Hãy chọn một sản phẩm của hợp tác xã bạn trong danh sách."),
        ({"product": "999999"}, "Hãy chọn một sản phẩm của hợp tác xã bạn trong danh sách."),
        ({"artisan": "999999"}, "Hãy chọn một nghệ nhân trong danh sách."),
        ({"maker_name": "Y" * 121}, "Tên dài tối đa 120 ký tự."),
        ({"maker_name": "Y Hoa\x00"}, None),
    ],
)
def test_mistakes_and_hostile_input_are_refused_in_vietnamese(
    weaver, labels_site, changes, message
):
    response = weaver.post(NEW, form_data(labels_site["scarf"], **changes))

    assert response.status_code == 200
    assert not Label.objects.exists()
    page = soup(response)
    errors = " ".join(error.get_text() for error in page.select(".field__error"))
    assert errors
    if message:
        assert message in errors


def test_both_an_artisan_and_a_typed_name_is_refused(weaver, labels_site):
    artisan = labels_site["stories"]["artisan"]["vi"]

    response = weaver.post(NEW, form_data(labels_site["scarf"], artisan=artisan.pk, maker_name="A"))

    assert "Chọn một nghệ nhân hoặc gõ tên, không chọn cả hai." in response.text
    assert not Label.objects.exists()


def test_a_typed_name_is_kept_on_one_line(weaver, labels_site):
    weaver.post(NEW, form_data(labels_site["scarf"], maker_name="  Y\nHoa\t "))

    assert Label.objects.get().maker_name == "Y Hoa"


def test_a_single_piece_is_one_label_whatever_quantity_is_sent(weaver, labels_site):
    weaver.post(NEW, form_data(labels_site["scarf"], kind="piece", quantity="50"))

    assert Label.objects.get().quantity == 1


def not_found(client, url):
    """A back-office address that is not found: LocaleMiddleware first tries it under the
    language prefix, which is not found either."""
    return client.get(url, follow=True).status_code == 404


def test_staff_of_another_cooperative_cannot_print_or_see_labels_not_theirs(client, labels_site):
    label = make_run(labels_site["scarf"])
    client.force_login(labels_site["basket_staff"])

    assert not_found(client, reverse("labels:print", args=[label.pk, "a4-24"]))
    assert labels_site["scarf"].title not in client.get(reverse("labels:index")).text


def test_an_unknown_label_paper_is_not_found(weaver, labels_site):
    label = make_run(labels_site["scarf"])

    assert not_found(weaver, reverse("labels:print", args=[label.pk, "a3-999"]))


def printed_pages(client, label, layout):
    page = soup(client.get(reverse("labels:print", args=[label.pk, layout])))
    return [len(sheet.select(".label")) for sheet in page.select(".labels__page")], page


@pytest.mark.parametrize(
    ("layout", "quantity", "per_page"),
    [
        ("a4-24", 30, [24, 6]),
        ("a4-10", 12, [10, 2]),
        ("roll-50x30", 3, [1, 1, 1]),
        ("roll-40x30", 2, [1, 1]),
    ],
)
def test_print_views_lay_out_the_right_number_of_labels_per_page(
    weaver, labels_site, layout, quantity, per_page
):
    label = make_run(labels_site["scarf"], quantity=quantity)

    found, page = printed_pages(weaver, label, layout)

    assert found == per_page
    assert page.select_one(".labels")["class"] == ["labels", f"labels--{layout}"]


def test_a_batch_numbers_its_pieces_each_with_its_own_code_and_qr(weaver, labels_site):
    label = make_run(labels_site["scarf"], quantity=3)

    _found, page = printed_pages(weaver, label, "a4-24")

    texts = [sheet.get_text(" ", strip=True) for sheet in page.select(".label")]
    assert [bool(re.search(rf"\b{n} trên 3\b", text)) for n, text in enumerate(texts, 1)] == [
        True
    ] * 3
    codes = [code.get_text() for code in page.select(".label__code")]
    assert len(set(codes)) == 3
    assert all(code.startswith(f"{label.pk}-") for code in codes)
    qr_titles = [svg.title.get_text() for svg in page.select("svg.label__qr")]
    assert qr_titles == [f"{PUBLIC_SITE}/l/{code}" for code in codes]


def test_the_qr_holds_the_public_site_address_whatever_host_staff_print_from(weaver, labels_site):
    label = make_run(labels_site["scarf"], quantity=1)
    url = reverse("labels:print", args=[label.pk, "roll-50x30"])

    page = soup(weaver.get(url, HTTP_HOST="127.0.0.1"))

    assert page.select_one("svg.label__qr").title.get_text().startswith(f"{PUBLIC_SITE}/l/")


def test_identical_product_labels_share_one_code_and_carry_no_number(weaver, labels_site):
    label = make_run(labels_site["scarf"], kind=Label.Kind.PRODUCT, quantity=4)

    _found, page = printed_pages(weaver, label, "a4-24")

    assert len({code.get_text() for code in page.select(".label__code")}) == 1
    assert len(page.select(".label")) == 4
    assert "trên" not in page.select_one(".labels").get_text()


def test_the_cooperative_home_in_the_admin_links_to_the_labels(labels_site, rf):
    user = labels_site["weaver_staff"]
    panel = CooperativeHomePanel(user, list(staffed_cooperatives(user)))

    actions = panel.get_context_data({})["actions"]

    assert (reverse("labels:index"), "In nhãn QR cho sản phẩm") in [
        (action.url, str(action.label)) for action in actions
    ]


def test_labels_made_show_in_the_list_with_their_papers(weaver, labels_site):
    make_run(labels_site["scarf"], quantity=5, made_on=datetime.date(2026, 11, 1))

    page = soup(weaver.get(reverse("labels:index")))

    run = page.select_one(".label-run")
    assert "Khăn thổ cẩm" in run.get_text()
    assert len(run.select(".label-run__print a")) == 4


def test_coming_from_a_product_chooses_it_and_another_cooperatives_id_chooses_nothing(
    weaver, labels_site
):
    scarf = labels_site["scarf"]
    page = soup(weaver.get(NEW, {"product": scarf.pk}))
    assert page.select_one("#id_product option[selected]")["value"] == str(scarf.pk)

    theirs = ProductPage.objects.exclude(pk=scarf.pk).filter(locale=scarf.locale).first()
    for hostile in (str(theirs.pk), "1 OR 1=1", "x" * 5000):
        page = soup(weaver.get(NEW, {"product": hostile}))
        selected = [option["value"] for option in page.select("#id_product option[selected]")]
        assert selected in ([], [""]), hostile
