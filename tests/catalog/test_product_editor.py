"""The product editor as a cooperative fills it in on a phone: what a product needs first
comes first, price and stock of each variant are in the same form, mistakes are explained
in Vietnamese, and only a person's save, never autosave or the live preview, changes what
buyers pay."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from catalog.models import ProductPage, ProductVariant
from catalog.models.product_form import MAX_VARIANTS
from catalog.staff import ensure_staff_group, staff_collection
from tests.factories.catalog import add_cooperative, add_product, add_shop
from tests.factories.images import SiteImageFactory
from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def shop(homes):
    shop = add_shop(homes["vi"])
    cooperative = add_cooperative(shop, "HTX Dệt", slug="htx-det")
    other = add_cooperative(shop, "HTX Đan", slug="htx-dan")
    staff = get_user_model().objects.create_user("det", password="x")
    staff.groups.add(ensure_staff_group(cooperative))
    photo = SiteImageFactory(collection=staff_collection(staff.groups.get()))
    return {
        "cooperative": cooperative,
        "staff": staff,
        "photo": photo,
        "product": add_product(cooperative, "Khăn", price=300_000, stock=4, sku="KHAN-01"),
        "other_product": add_product(other, "Gùi", price=500_000, stock=2, sku="GUI-01"),
    }


def add_url(shop):
    return reverse(
        "wagtailadmin_pages:add", args=["catalog", "productpage", shop["cooperative"].pk]
    )


def edit_url(product):
    return reverse("wagtailadmin_pages:edit", args=[product.pk])


def product_form(photos, variants, initial_variants=0, **fields):
    return nested_form_data(
        {
            "title": "Túi thổ cẩm",
            "slug": "tui-tho-cam",
            "description": rich_text("Túi dệt tay."),
            "making": "handwoven",
            "maker_share_percent": "70",
            "weight_grams": "300",
            "tags": "",
            "photos": inline_formset(photos, initial=len([p for p in photos if "id" in p])),
            "variants": inline_formset(variants, initial=initial_variants),
            **fields,
        }
    )


def variant_row(label="Đỏ đen", price="350000", stock="5", sku="", active="on", **fields):
    return {"label": label, "price": price, "stock": stock, "sku": sku, "active": active, **fields}


def existing_form(shop, variants, **fields):
    """The edit form of the cooperative's product as it stands, with these variant rows."""
    product = shop["product"]
    photo = product.photos.get()
    return product_form(
        [{"id": photo.pk, "image": photo.image_id, "alt_text": ""}],
        variants,
        initial_variants=len([row for row in variants if "id" in row]),
        title=product.title,
        slug=product.slug,
        **fields,
    )


def stock_of(sku):
    variant = ProductVariant.objects.get(sku=sku)
    return variant.price, variant.stock


def field_errors(response, index, field):
    return [str(error) for error in response.context["form"].variants.forms[index].errors[field]]


def test_what_a_cooperative_needs_first_comes_first_and_the_rest_is_folded(client, shop):
    client.force_login(shop["staff"])

    content_tab = soup(client.get(add_url(shop))).select('[role="tabpanel"]')[0]

    panels = [
        (
            section.select_one(".w-panel__heading").get_text(" ", strip=True).rstrip(" *"),
            "collapsed" in section["class"],
        )
        for section in content_tab.select("section.w-panel")
        if section["id"].startswith("panel-child-")
    ]
    assert panels == [
        ("Tên sản phẩm", False),
        ("Ảnh", False),
        ("Giá và tồn kho", False),
        ("Nghề", False),
        ("Mô tả", False),
        ("Phần giá trả cho người làm (%)", False),
        ("Người làm ra", True),
        ("Nguyên liệu và hoa văn", True),
        ("Chi tiết", True),
        ("OCOP", True),
        ("Gửi ra nước ngoài", True),
    ]
    text = content_tab.get_text(" ", strip=True)
    assert "ví dụ: 'Khăn thổ cẩm Xơ Đăng'" in text
    assert "Ảnh chụp thẳng từ điện thoại được tự động thu nhỏ." in text


def test_a_new_product_and_two_variants_are_sent_for_approval_in_one_form(client, shop):
    client.force_login(shop["staff"])
    photo = {"image": shop["photo"].pk, "alt_text": ""}
    rows = [variant_row("Đỏ đen", "350.000", "5"), variant_row("Xanh chàm", "320000 đ", "2")]

    response = client.post(add_url(shop), {**product_form([photo], rows), "action-submit": "1"})

    assert response.status_code == 302
    product = ProductPage.objects.get(slug="tui-tho-cam", locale__language_code="vi")
    assert not product.live and product.workflow_in_progress
    variants = ProductVariant.objects.of_product(product)
    assert sorted(variants.values_list("sku", "label", "price", "stock", "active")) == [
        ("TUI-THO-CAM-01", "Đỏ đen", 350_000, 5, True),
        ("TUI-THO-CAM-02", "Xanh chàm", 320_000, 2, True),
    ]


def test_an_empty_row_is_ignored_and_a_given_sku_is_kept(client, shop):
    client.force_login(shop["staff"])
    photo = {"image": shop["photo"].pk, "alt_text": ""}
    rows = [variant_row(sku="TUI-DO-01"), variant_row(label="", price="", stock="0")]

    response = client.post(add_url(shop), {**product_form([photo], rows), "action-submit": "1"})

    assert response.status_code == 302
    product = ProductPage.objects.get(slug="tui-tho-cam", locale__language_code="vi")
    assert list(ProductVariant.objects.of_product(product).values_list("sku")) == [("TUI-DO-01",)]


def test_stock_and_price_change_from_the_products_editor(client, shop):
    client.force_login(shop["staff"])
    variant = ProductVariant.objects.get(sku="KHAN-01")
    rows = [
        variant_row("Một màu", "310.000", "9", sku="KHAN-01", id=variant.pk),
        variant_row("Khổ lớn", "450000", "1"),
    ]

    response = client.post(edit_url(shop["product"]), existing_form(shop, rows))

    assert response.status_code == 302
    assert stock_of("KHAN-01") == (310_000, 9)
    assert stock_of("KHAN-02") == (450_000, 1)  # made from the product's name
    assert stock_of("GUI-01") == (500_000, 2)


def test_autosave_and_the_live_preview_never_change_price_or_stock(client, shop):
    client.force_login(shop["staff"])
    variant = ProductVariant.objects.get(sku="KHAN-01")
    typing = existing_form(
        shop,
        [variant_row("Một màu", "3", "0", sku="KHAN-01", id=variant.pk), variant_row("Xa", "5")],
        description=rich_text("Khăn dệt tay, mới sửa."),
    )
    product = shop["product"]

    autosaved = client.post(edit_url(product), typing, HTTP_ACCEPT="application/json")
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[product.pk])
    previewed = client.post(preview_url, typing)
    shown = client.get(preview_url)

    assert autosaved.json()["success"] is True
    product.refresh_from_db()
    assert "mới sửa" in product.get_latest_revision_as_object().description
    assert previewed.json()["is_valid"] is True
    assert shown.status_code == 200
    assert stock_of("KHAN-01") == (300_000, 4)
    assert ProductVariant.objects.of_product(product).count() == 1


def test_editors_change_the_words_and_never_the_price(client, shop):
    editor = get_user_model().objects.create_user("editor", password="x")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    variant = ProductVariant.objects.get(sku="KHAN-01")

    page = client.get(edit_url(shop["product"])).content.decode()
    response = client.post(
        edit_url(shop["product"]),
        existing_form(shop, [variant_row("Một màu", "1", "0", sku="KHAN-01", id=variant.pk)]),
    )

    assert "variants-TOTAL_FORMS" not in page
    assert response.status_code == 302
    assert stock_of("KHAN-01") == (300_000, 4)


def test_mistakes_are_explained_in_vietnamese_and_change_nothing(client, shop):
    client.force_login(shop["staff"])
    variant = ProductVariant.objects.get(sku="KHAN-01")
    rows = [
        variant_row("Một màu", "ba trăm nghìn", "-1", sku="KHAN-01", id=variant.pk),
        variant_row("", "200000", "3"),
    ]

    response = client.post(edit_url(shop["product"]), existing_form(shop, rows))

    assert response.status_code == 200
    assert field_errors(response, 0, "price") == [
        "Ghi giá bằng số đồng, không có số lẻ, ví dụ: 350000 hoặc 350.000."
    ]
    assert field_errors(response, 0, "stock") == ["Tồn kho không được nhỏ hơn 0."]
    assert field_errors(response, 1, "label") == [
        "Đặt tên cho loại này, ví dụ: 'Đỏ đen, 60 × 180 cm' hoặc 'Một màu'."
    ]
    assert "Ghi giá bằng số đồng" in response.content.decode()
    assert stock_of("KHAN-01") == (300_000, 4)
    assert ProductVariant.objects.count() == 2


def test_a_product_needs_a_variant_to_be_sent_for_approval_but_not_to_be_a_draft(client, shop):
    client.force_login(shop["staff"])
    photo = {"image": shop["photo"].pk, "alt_text": ""}
    no_rows = [variant_row(label="", price="", stock="0")]

    submitted = client.post(add_url(shop), {**product_form([photo], no_rows), "action-submit": "1"})
    drafted = client.post(add_url(shop), product_form([photo], no_rows))

    assert submitted.status_code == 200
    assert [str(e) for e in submitted.context["form"].variants.non_form_errors()] == [
        "Thêm ít nhất một loại với giá và tồn kho, ví dụ: 'Một màu', 350000, 5."
    ]
    assert drafted.status_code == 302
    assert not ProductPage.objects.get(slug="tui-tho-cam", locale__language_code="vi").live


def test_a_variant_of_another_product_cannot_be_changed_through_this_form(client, shop):
    client.force_login(shop["staff"])
    stolen = ProductVariant.objects.get(sku="GUI-01")

    for sku in ("GUI-01", "LAY-01"):
        client.post(
            edit_url(shop["product"]),
            existing_form(shop, [variant_row("Lấy", "1", "0", sku=sku, id=stolen.pk)]),
        )

    stolen.refresh_from_db()
    assert (stolen.sku, stolen.label, stolen.price, stolen.stock) == (
        "GUI-01",
        "Một màu",
        500_000,
        2,
    )
    assert not ProductVariant.objects.filter(label="Lấy").exists()


def test_a_crafted_variant_count_is_refused_and_adds_nothing(client, shop):
    """The form count comes from the browser: a post claiming more variant rows than a
    product may have is refused, and none of its rows is saved."""
    client.force_login(shop["staff"])
    variant = ProductVariant.objects.get(sku="KHAN-01")
    rows = [variant_row("Một màu", "300000", "4", sku="KHAN-01", id=variant.pk)]
    rows += [variant_row(f"Màu {n}", "1", "1") for n in range(MAX_VARIANTS + 1)]

    response = client.post(edit_url(shop["product"]), existing_form(shop, rows))

    assert response.status_code == 200
    assert response.context["form"].variants.non_form_errors()
    assert ProductVariant.objects.count() == 2
