"""The shop listing's own rows and counts (catalog.models.listing_rows) follow every change
that affects them, in the same transaction (catalog.listing_sync): each test below changes
one thing and checks the row, then that what is kept equals what `rebuild_listing` computes
from the pages."""

from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction
from django.utils import timezone
from wagtail.models import PageViewRestriction

from catalog.models import (
    ListedProduct,
    ListingCount,
    Material,
    ProductPage,
    ProductPhoto,
    ProductVariant,
)
from catalog.models.listing import ShopFilters, shop_listing
from catalog.models.listing_rows import kept_listing, rebuild_listing
from orders.services import return_stock, take_stock
from tests.factories.catalog import add_cooperative, add_product
from tests.factories.images import SiteImageFactory
from tests.factories.pages import add_translation

pytestmark = pytest.mark.django_db


def row(page):
    return ListedProduct.objects.filter(pk=page.pk).first()


def counted(shop, facet="all", value="", given=""):
    cell = ListingCount.objects.filter(shop=shop, given=given, facet=facet, value=str(value))
    return cell.values_list("count", flat=True).first() or 0


def in_step():
    """What is kept equals what rebuilding from the pages gives."""
    kept = kept_listing()
    with transaction.atomic():
        rebuild_listing()
        rebuilt = kept_listing()
        transaction.set_rollback(True)
    return kept == rebuilt


@pytest.fixture
def catalogue(shop):
    vi, en = shop["vi"], shop["en"]
    craft = shop["stories"]["craft"]["vi"]
    weavers = vi.get_children().get(slug="htx-det").specific
    baskets = add_cooperative(vi, "To Dan")
    scarf = ProductPage.objects.get(slug="khan")
    cotton, indigo = Material.objects.order_by("pk")
    basket = add_product(baskets, "Gui", 900_000, 2, craft=craft)
    basket.materials = [cotton, indigo]
    basket.save_revision().publish()
    return {
        "vi": vi,
        "en": en,
        "craft": craft,
        "weavers": weavers,
        "baskets": baskets,
        "scarf": scarf,
        "basket": basket,
        "cotton": cotton,
        "indigo": indigo,
    }


@pytest.mark.postgres
def test_publishing_a_product_lists_it(catalogue):
    before = counted(catalogue["vi"])

    product = add_product(catalogue["baskets"], "Gio", 120_000, 4, craft=catalogue["craft"])

    listed = row(product)
    assert (listed.title, listed.lowest_price, listed.in_stock) == ("Gio", 120_000, True)
    assert listed.cooperative_id == catalogue["baskets"].pk
    assert listed.craft_id == catalogue["craft"].pk
    assert listed.url_path == product.url_path
    assert listed.image_id == product.photos.first().image_id
    assert counted(catalogue["vi"]) == before + 1
    assert counted(catalogue["vi"], "price", "under-200k") == 1
    assert in_step()


def test_a_draft_changes_nothing_until_it_is_published(catalogue):
    basket = catalogue["basket"]
    basket.title = "Gui moi"
    basket.ocop_stars, basket.ocop_expires = 4, timezone.localdate() + timedelta(days=30)
    basket.save_revision()

    assert row(basket).title == "Gui"
    assert row(basket).ocop_stars is None

    basket.get_latest_revision().publish()

    assert row(basket).title == "Gui moi"
    assert (row(basket).ocop_stars, row(basket).ocop_expires) == (4, basket.ocop_expires)
    assert in_step()


@pytest.mark.postgres
def test_unpublishing_and_deleting_take_the_product_off(catalogue):
    shop, scarf, basket = catalogue["vi"], catalogue["scarf"], catalogue["basket"]
    assert counted(shop) == 2

    scarf.unpublish()
    assert row(scarf) is None
    assert counted(shop) == 1
    assert in_step()

    basket.delete()
    assert counted(shop) == 0
    assert counted(shop, "material", catalogue["cotton"].pk) == 0
    assert in_step()


@pytest.mark.postgres
def test_materials_changed_and_a_material_deleted(catalogue):
    shop, scarf, cotton, indigo = (catalogue[k] for k in ("vi", "scarf", "cotton", "indigo"))
    assert counted(shop, "material", cotton.pk) == 1

    scarf.materials = [cotton]
    scarf.save()  # the live page, as a script would
    assert counted(shop, "material", cotton.pk) == 2
    assert counted(shop, "material", cotton.pk, given=f"craft:{catalogue['craft'].pk}") == 1
    assert in_step()

    indigo.delete()
    assert counted(shop, "material", indigo.pk) == 0
    assert set(row(catalogue["basket"]).materials.values_list("material", flat=True)) == {cotton.pk}
    assert in_step()


def test_the_first_photo_follows_the_photos(catalogue):
    basket = catalogue["basket"]
    first = basket.photos.get()
    image = SiteImageFactory()
    first.sort_order = 1
    basket.photos = [ProductPhoto(image=image, sort_order=0), first]
    basket.save_revision().publish()
    assert row(basket).image_id == image.pk

    image.delete()  # its photo goes with it

    assert row(basket).image_id == first.image_id
    assert in_step()


@pytest.mark.postgres
def test_moving_a_product_to_another_cooperative(catalogue):
    scarf, baskets = catalogue["scarf"], catalogue["baskets"]

    scarf.move(baskets, pos="last-child")

    scarf.refresh_from_db()
    assert row(scarf).cooperative_id == baskets.pk
    assert (row(scarf).path, row(scarf).url_path) == (scarf.path, scarf.url_path)
    assert counted(catalogue["vi"], "cooperative", baskets.pk) == 2
    assert in_step()


def test_a_cooperative_renamed_with_a_new_address_moves_its_products(catalogue):
    basket, baskets = catalogue["basket"], catalogue["baskets"]

    baskets.title, baskets.slug = "To Dan moi", "to-dan-moi"
    baskets.save_revision().publish()

    basket.refresh_from_db()
    assert row(basket).url_path == basket.url_path
    assert "/to-dan-moi/" in row(basket).url_path
    _results, facets = shop_listing(catalogue["vi"], ShopFilters())
    assert [option["label"] for option in facets["cooperative"]] == ["HTX Dệt", "To Dan moi"]
    assert in_step()


def test_a_cooperative_unpublished_keeps_its_products_listed_as_before(client, catalogue):
    catalogue["baskets"].unpublish()

    assert row(catalogue["basket"]) is not None
    assert in_step()


@pytest.mark.postgres
def test_a_translation_takes_the_price_of_the_main_language(catalogue):
    en_weavers = add_translation(
        catalogue["weavers"],
        catalogue["en"],
        "Weavers",
        "weavers",
        legal_name="Weavers",
        kind="cooperative",
    )
    scarf = catalogue["scarf"]
    en_scarf = add_translation(
        scarf,
        en_weavers,
        page=ProductPage(
            title="Brocade scarf", slug="scarf", description="<p>.</p>", maker_share_percent=70
        ),
    )

    listed = row(en_scarf)
    assert (listed.title, listed.lowest_price, listed.in_stock) == ("Brocade scarf", 350_000, True)
    assert listed.shop_id == catalogue["en"].pk
    assert counted(catalogue["en"]) == 1
    assert in_step()

    scarf.delete()  # the variants belong to the Vietnamese page and go with it
    assert (row(en_scarf).lowest_price, row(en_scarf).in_stock) == (None, False)
    assert in_step()


@pytest.mark.postgres
def test_variants_change_price_and_stock(catalogue):
    shop, basket = catalogue["vi"], catalogue["basket"]
    variant = ProductVariant.objects.get(product=basket)

    variant.price = 150_000
    variant.save()
    assert row(basket).lowest_price == 150_000
    assert counted(shop, "price", "under-200k") == 1
    assert counted(shop, "price", "500k-1m") == 0

    variant.stock = 0
    variant.save()
    assert row(basket).in_stock is False
    assert counted(shop, "in_stock", "1") == 1  # the scarf

    ProductVariant.objects.create(product=basket, sku="GUI-2", label="Lon", price=90_000, stock=1)
    assert (row(basket).lowest_price, row(basket).in_stock) == (90_000, True)

    ProductVariant.objects.filter(sku="GUI-2").delete()
    variant.active = False
    variant.save()
    assert (row(basket).lowest_price, row(basket).in_stock) == (None, False)
    assert in_step()


@pytest.mark.postgres
def test_stock_taken_and_returned_by_orders(catalogue):
    shop, scarf = catalogue["vi"], catalogue["scarf"]
    variant = ProductVariant.objects.get(sku="KKT-01")

    assert take_stock(variant, 3)
    assert row(scarf).in_stock is False
    assert counted(shop, "in_stock", "1") == 1
    assert in_step()

    return_stock([SimpleNamespace(variant_id=variant.pk, quantity=1)])
    assert row(scarf).in_stock is True
    assert in_step()


@pytest.mark.postgres
def test_a_view_restriction_hides_products_and_lifting_it_shows_them(catalogue):
    weavers = catalogue["weavers"]
    restriction = PageViewRestriction.objects.create(
        page=weavers, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    assert row(catalogue["scarf"]) is None
    assert in_step()

    restriction.delete()
    assert row(catalogue["scarf"]) is not None
    assert in_step()


def test_a_craft_page_deleted_is_taken_off_the_rows(catalogue):
    craft = catalogue["craft"]
    craft.delete()

    assert row(catalogue["basket"]).craft_id is None
    assert counted(catalogue["vi"], "craft", craft.pk) == 0
    assert in_step()


@pytest.mark.postgres
def test_a_rollback_leaves_rows_and_counts_as_they_were(catalogue):
    before = kept_listing()
    basket = catalogue["basket"]

    with pytest.raises(RuntimeError), transaction.atomic():
        basket.title = "Gui khac"
        basket.materials = [catalogue["indigo"]]
        basket.save_revision().publish()
        take_stock(ProductVariant.objects.get(product=basket), 2)
        catalogue["scarf"].unpublish()
        add_product(catalogue["baskets"], "Moi", 10_000, 1)
        assert kept_listing() != before
        raise RuntimeError("rolled back")

    assert kept_listing() == before


def test_rebuild_listing_repairs_and_checks(catalogue):
    ListedProduct.objects.filter(pk=catalogue["scarf"].pk).update(title="wrong")

    with pytest.raises(CommandError):
        call_command("rebuild_listing", "--check", stdout=open("/dev/null", "w"))  # noqa: SIM115
    call_command("rebuild_listing", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert row(catalogue["scarf"]).title == "Khăn thổ cẩm"
    call_command("rebuild_listing", "--check", stdout=open("/dev/null", "w"))  # noqa: SIM115
