"""Cooperative staff in the admin: their own pages, prices, stock and photos, and nobody
else's, whatever URL they type."""

from importlib import import_module

import pytest
from django.apps import apps as django_apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation
from wagtail.admin.menu import admin_menu
from wagtail.models import Collection
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from base.models import SiteImage
from catalog.models import ProductPage, ProductVariant, StaffGroup
from catalog.staff import ensure_staff_group, permission, staff_collection, staff_group_of
from tests.factories.catalog import add_cooperative, add_product, add_shop
from tests.factories.images import SiteImageFactory, jpeg_bytes
from tests.factories.pages import add_translation
from tests.html import soup

pytestmark = pytest.mark.django_db

link_existing_groups = import_module("catalog.migrations.0004_staff_group").link_existing_groups


def staff_of(cooperative, username):
    user = get_user_model().objects.create_user(username=username, password="x")
    user.groups.add(ensure_staff_group(cooperative))
    return user


@pytest.fixture
def shop(homes):
    shop = add_shop(homes["vi"])
    shop_en = add_translation(shop, homes["en"], "Shop", "shop")
    cooperatives, products, variants, images, users = {}, {}, {}, {}, {}
    for name in ("a", "b"):
        cooperative = add_cooperative(shop, f"HTX {name.upper()}", slug=f"htx-{name}")
        add_translation(
            cooperative,
            shop_en,
            f"Cooperative {name.upper()}",
            f"cooperative-{name}",
            legal_name=f"HTX {name.upper()}",
            kind="cooperative",
        )
        users[name] = staff_of(cooperative, f"staff-{name}")
        collection = staff_collection(users[name].groups.get())
        images[name] = SiteImageFactory(title=f"Ảnh {name}", collection=collection)
        products[name] = add_product(
            cooperative, f"Khan {name}", price=300_000, stock=4, photo=images[name]
        )
        variants[name] = ProductVariant.objects.of_product(products[name]).get()
        cooperatives[name] = cooperative
    return {
        "cooperatives": cooperatives,
        "products": products,
        "variants": variants,
        "images": images,
        "users": users,
    }


def other_cooperatives_urls(shop):
    cooperative, product = shop["cooperatives"]["b"], shop["products"]["b"]
    variant, image = shop["variants"]["b"], shop["images"]["b"]
    return [
        reverse("wagtailadmin_pages:edit", args=[cooperative.pk]),
        reverse("wagtailadmin_pages:edit", args=[product.pk]),
        reverse("wagtailadmin_pages:add_subpage", args=[cooperative.pk]),
        reverse("wagtailadmin_pages:add", args=["catalog", "productpage", cooperative.pk]),
        reverse("wagtailadmin_pages:delete", args=[product.pk]),
        reverse("wagtailadmin_pages:unpublish", args=[product.pk]),
        reverse("wagtailadmin_pages:revisions_index", args=[product.pk]),
        reverse("variants:edit", args=[variant.pk]),
        reverse("variants:delete", args=[variant.pk]),
        reverse("variants:history", args=[variant.pk]),
        reverse("wagtailimages:edit", args=[image.pk]),
        reverse("wagtailimages:delete", args=[image.pk]),
    ]


def refused(response):
    """The admin refuses with 403, or sends the user away (to the dashboard or login)."""
    return response.status_code in (403, 404) or (
        response.status_code == 302 and "/admin/" in response.url
    )


@pytest.mark.postgres
def test_staff_are_refused_every_url_of_another_cooperative(client, shop):
    client.force_login(shop["users"]["a"])
    for url in other_cooperatives_urls(shop):
        assert refused(client.get(url)), url
        assert refused(client.post(url, {"title": "Hacked", "price": "1", "stock": "0"})), url

    variant = ProductVariant.objects.get(pk=shop["variants"]["b"].pk)
    assert (variant.price, variant.stock) == (300_000, 4)
    product = ProductPage.objects.get(pk=shop["products"]["b"].pk)
    assert (product.title, product.live) == ("Khan b", True)
    assert SiteImage.objects.get(pk=shop["images"]["b"].pk).title == "Ảnh b"


@pytest.mark.postgres
def test_price_and_stock_list_shows_only_own_variants(client, shop):
    client.force_login(shop["users"]["a"])

    page = client.get(reverse("variants:index")).content.decode()

    assert shop["variants"]["a"].sku in page
    assert shop["variants"]["b"].sku not in page


def test_staff_change_price_and_stock_of_their_own_variant(client, shop):
    client.force_login(shop["users"]["a"])
    variant = shop["variants"]["a"]

    response = client.post(
        reverse("variants:edit", args=[variant.pk]),
        {
            "product": shop["products"]["a"].pk,
            "sku": variant.sku,
            "label": "Đỏ đen",
            "label_en": "Red and black",
            "price": "320000",
            "stock": "9",
            "active": "on",
            "sort_order": "0",
        },
    )

    assert response.status_code == 302
    variant.refresh_from_db()
    assert (variant.price, variant.stock, variant.label_en) == (320_000, 9, "Red and black")


@pytest.mark.postgres
def test_a_new_variant_cannot_be_attached_to_another_cooperatives_product(client, shop):
    client.force_login(shop["users"]["a"])

    response = client.post(
        reverse("variants:add"),
        {
            "product": shop["products"]["b"].pk,
            "sku": "STOLEN-01",
            "label": "Lấy trộm",
            "price": "1",
            "stock": "1",
            "sort_order": "0",
        },
    )

    assert response.status_code == 200
    assert "product" in response.context["form"].errors
    assert not ProductVariant.objects.filter(sku="STOLEN-01").exists()


@pytest.mark.parametrize(
    ("field", "value"),
    [("stock", "-1"), ("price", "-5"), ("price", "abc"), ("sku", "khăn đỏ"), ("sku", "")],
)
def test_malformed_price_stock_or_sku_is_refused_and_changes_nothing(client, shop, field, value):
    client.force_login(shop["users"]["a"])
    variant = shop["variants"]["a"]
    data = {
        "product": shop["products"]["a"].pk,
        "sku": variant.sku,
        "label": "Một màu",
        "price": "300000",
        "stock": "4",
        "active": "on",
        "sort_order": "0",
        field: value,
    }

    response = client.post(reverse("variants:edit", args=[variant.pk]), data)

    assert response.status_code == 200
    assert field in response.context["form"].errors
    variant.refresh_from_db()
    assert (variant.sku, variant.price, variant.stock) == (
        f"SKU-{shop['products']['a'].pk}",
        300_000,
        4,
    )


def test_staff_edit_their_own_product_and_see_their_own_photos_only(client, shop):
    client.force_login(shop["users"]["a"])

    assert (
        client.get(reverse("wagtailadmin_pages:edit", args=[shop["products"]["a"].pk])).status_code
        == 200
    )
    chooser = client.get(reverse("wagtailimages_chooser:choose")).json()["html"]

    assert "Ảnh a" in chooser
    assert "Ảnh b" not in chooser


@pytest.mark.postgres
def test_staff_group_covers_every_translation_and_has_its_own_collection(shop):
    user = shop["users"]["a"]
    cooperative = shop["cooperatives"]["a"]
    english = cooperative.get_translations().get()

    for page in (cooperative, english):
        assert page.permissions_for_user(user).can_edit()
        assert page.permissions_for_user(user).can_add_subpage()
        assert not page.permissions_for_user(user).can_publish()
    other = shop["cooperatives"]["b"]
    assert not other.permissions_for_user(user).can_edit()
    assert Collection.objects.filter(name="HTX A").count() == 1


def test_publishing_a_new_cooperative_creates_its_staff_group(homes):
    shop = add_shop(homes["vi"])

    cooperative = add_cooperative(shop, "HTX Mới", slug="htx-moi")

    group = staff_group_of(cooperative)
    assert group.name == "HTX Mới"
    assert set(group.page_permissions.values_list("page_id", flat=True)) == {cooperative.pk}
    assert group.collection_permissions.get(permission__codename="add_image").collection.name == (
        "HTX Mới"
    )


def test_a_second_cooperative_of_the_same_name_gets_a_group_of_its_own(homes):
    shop = add_shop(homes["vi"])
    first = add_cooperative(shop, "HTX Dệt", slug="htx-det")
    Group.objects.create(name="HTX Đan")  # an earlier group of the next one's name

    second = add_cooperative(shop, "HTX Dệt", slug="htx-det-2")
    third = add_cooperative(shop, "HTX Đan", slug="htx-dan")

    groups = [staff_group_of(page) for page in (first, second, third)]
    assert [group.name for group in groups] == ["HTX Dệt", "HTX Dệt (2)", "HTX Đan (2)"]
    for group, page in zip(groups, (first, second, third), strict=True):
        assert set(group.page_permissions.values_list("page_id", flat=True)) == {page.pk}
    collections = [staff_collection(group) for group in groups]
    assert len(set(collections)) == 3
    with pytest.raises(IntegrityError), transaction.atomic():
        StaffGroup.objects.create(cooperative=second, group=groups[0])


def test_a_suspended_cooperative_gets_no_rights_back_when_published_again(homes):
    shop = add_shop(homes["vi"])
    cooperative = add_cooperative(shop, "HTX Dệt", slug="htx-det")
    user = staff_of(cooperative, "det")
    group = staff_group_of(cooperative)
    # Suspended by an administrator: the group loses its rights on the cooperative's pages.
    group.page_permissions.all().delete()

    cooperative.save_revision().publish()
    english = add_translation(
        cooperative,
        add_translation(shop, homes["en"], "Shop", "shop"),
        "Weavers",
        "weavers",
        legal_name="HTX Dệt",
        kind="cooperative",
    )

    assert staff_group_of(english) == group
    assert not group.page_permissions.exists()
    user = get_user_model().objects.get(pk=user.pk)
    assert not cooperative.permissions_for_user(user).can_edit()


def upload(client, collection, content):
    return client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Gùi mới",
            "description": "Chiếc gùi đan bằng mây",
            "collection": collection.pk,
            "file": SimpleUploadedFile("gui.jpg", content, content_type="image/jpeg"),
        },
    )


def test_staff_photos_always_land_in_their_own_collection(client, shop):
    """With one collection to add to, Wagtail's form has no collection field at all: a
    hand-made post naming another cooperative's collection still files the photo under the
    staff's own."""
    client.force_login(shop["users"]["a"])
    own = shop["images"]["a"].collection
    other = shop["images"]["b"].collection

    broken_upload = upload(client, own, b"not an image")
    aimed_elsewhere = upload(client, other, jpeg_bytes(640, 480))

    assert "file" in broken_upload.context["form"].errors
    assert aimed_elsewhere.status_code == 302
    assert list(SiteImage.objects.filter(title="Gùi mới").values_list("collection", flat=True)) == [
        own.pk
    ]
    assert SiteImage.objects.filter(collection=other).count() == 1


@pytest.mark.postgres
def test_dashboard_shows_low_stock_drafts_and_products_in_review(client, shop):
    user = shop["users"]["a"]
    ProductVariant.objects.filter(pk=shop["variants"]["a"].pk).update(stock=1)
    ProductVariant.objects.filter(pk=shop["variants"]["b"].pk).update(stock=0)
    draft = shop["products"]["a"]
    draft.title = "Khan a (sửa)"
    draft.save_revision(user=user)
    client.force_login(user)

    panel = soup(client.get(reverse("wagtailadmin_home"))).select_one("#cooperative-work-section")

    text = panel.get_text(" ", strip=True)
    assert "Khan a – Một màu : còn 1" in text
    assert "Khan b" not in text
    assert "Bản nháp Khan a (sửa)" in text


def new_product_form(photos, **fields):
    return nested_form_data(
        {
            "title": "Túi thổ cẩm",
            "slug": "tui-tho-cam",
            "description": rich_text("Túi dệt tay."),
            "making": "handwoven",
            "maker_share_percent": "70",
            "weight_grams": "300",
            "photos": inline_formset(photos, min=1),
            "tags": "",
            **fields,
        }
    )


@pytest.mark.postgres
def test_a_product_needs_a_photo_and_goes_to_review_before_it_is_live(client, shop):
    client.force_login(shop["users"]["a"])
    cooperative = shop["cooperatives"]["a"]
    add_url = reverse("wagtailadmin_pages:add", args=["catalog", "productpage", cooperative.pk])

    without_photo = client.post(add_url, {**new_product_form([]), "action-submit": "Submit"})
    assert without_photo.status_code == 200
    assert not ProductPage.objects.filter(slug="tui-tho-cam").exists()

    photo = {"image": shop["images"]["a"].pk, "alt_text": ""}
    submitted = client.post(add_url, {**new_product_form([photo]), "action-submit": "Submit"})

    assert submitted.status_code == 302
    product = ProductPage.objects.get(slug="tui-tho-cam", locale__language_code="vi")
    assert not product.live
    assert product.workflow_in_progress
    assert product.photos.get().image == shop["images"]["a"]


def shop_menu_labels(user):
    """The items of the admin's Shop menu as `user` sees them, in English."""
    reverse("wagtailadmin_home")  # the admin's URLs register the viewsets and their menu items
    request = RequestFactory().get("/admin/")
    request.user = user
    with translation.override("en"):
        menu = next(
            item.menu
            for item in admin_menu.menu_items_for_request(request)
            if str(item.label) == "Shop"
        )
        items = sorted(menu.menu_items_for_request(request), key=lambda item: item.order)
        return [str(item.label) for item in items]


def test_the_shop_menu_gathers_what_each_app_adds_for_those_allowed(shop):
    administrator = get_user_model().objects.create_superuser("root", "root@example.test", "x")

    assert shop_menu_labels(administrator) == [
        "Orders",
        "Received transfers",
        "Price and stock",
        "Materials",
        "Motifs",
        "Delivery zones",
        "Payout accounts",
        "Statements",
        "Payouts",
    ]
    assert shop_menu_labels(next(iter(shop["users"].values()))) == ["Price and stock"]


def test_the_migration_links_each_group_and_unshares_a_group_shared_by_name(homes):
    shop = add_shop(homes["vi"])
    first = add_cooperative(shop, "HTX Dệt", slug="htx-det")
    second = add_cooperative(shop, "HTX Dệt", slug="htx-det-2")
    other = add_cooperative(shop, "HTX Đan", slug="htx-dan")
    shared, own = staff_group_of(first), staff_group_of(other)
    # As the code before it left them: no links, one group shared by the two "HTX Dệt".
    staff_group_of(second).delete()
    StaffGroup.objects.all().delete()
    for codename in ("add_page", "change_page"):
        shared.page_permissions.create(page=second, permission=permission("wagtailcore", codename))

    link_existing_groups(django_apps, None)

    assert (staff_group_of(first), staff_group_of(second), staff_group_of(other)) == (
        shared,
        None,
        own,
    )
    assert set(shared.page_permissions.values_list("page_id", flat=True)) == {first.pk}
    assert ensure_staff_group(second).name == "HTX Dệt (2)"
