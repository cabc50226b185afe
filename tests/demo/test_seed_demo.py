"""seed_demo builds the whole demo site once; these tests share one run because it takes
tens of seconds on a small machine."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.test import Client
from wagtail.models import Page, Revision, Site

from base.models import HomePage, Navigation, SiteImage
from catalog.models import CooperativePage, ListedProduct, ProductPage, ProductVariant, ShopPage
from checkout.cart import Cart, cart_contents
from currencies.models import ExchangeRate, offered_currencies
from demo.data import load
from documents.models import DocumentLibraryPage, ProgrammeDocument
from monitoring.models import FiledReport
from notifications.models import Message, MessagingContact
from offline_sales.models import OfflineSale
from orders.services import place_order
from payments.methods import METHODS
from payments.models import PayoutAccount
from programme.models import RawMaterialArea, RegisteredPerson, SupportProject
from reviews.models import Review
from stories.models import (
    ArtisanPage,
    ClassRegistration,
    CraftPage,
    EthnicGroupPage,
    EventPage,
    HeritageSitePage,
    StoryPage,
    VillagePage,
)
from tests.catalog.test_listing_matches_pages import (
    assert_listing_matches_pages,
    products_from_pages,
)
from tests.factories.orders import BUYER
from tests.html import soup
from visits.models import VisitRequest

# SQLite only: the demo is for development (`make run` uses SQLite), and seeding it on
# PostgreSQL took over two minutes of CI; every feature's own tests run on PostgreSQL.
pytestmark = pytest.mark.django_db

MINIMUM_PER_LANGUAGE = {
    EthnicGroupPage: 7,
    CraftPage: 9,
    VillagePage: 8,
    ArtisanPage: 12,
    StoryPage: 15,
    EventPage: 8,
    HeritageSitePage: 4,
    CooperativePage: 8,
    ProductPage: 80,
}


def counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": SiteImage.objects.count(),
        "users": get_user_model().objects.count(),
        "groups": Group.objects.count(),
        "navigation": Navigation.objects.count(),
        "registrations": ClassRegistration.objects.count(),
        "variants": ProductVariant.objects.count(),
        "payout accounts": PayoutAccount.objects.count(),
        "exchange rates": ExchangeRate.objects.count(),
        "reviews": Review.objects.count(),
        "sales outside the site": OfflineSale.objects.count(),
        "staff messaging contacts": MessagingContact.objects.count(),
        "messages to staff": Message.objects.count(),
        "filed reports": FiledReport.objects.count(),
        "people in the registry": RegisteredPerson.objects.count(),
        "support projects": SupportProject.objects.count(),
        "raw-material areas": RawMaterialArea.objects.count(),
        "visit requests": VisitRequest.objects.count(),
        "programme documents": ProgrammeDocument.objects.count(),
    }


def seed():
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


def place_demo_order(client, skus, capture_on_commit):
    """A cash-on-delivery order of one piece of each SKU, placed as checkout places it, with
    what waits for the commit (the e-mails' and the messages' tasks) run."""
    session = client.session
    session["cart"] = dict.fromkeys(skus, 1)
    session.save()
    home = HomePage.objects.get(locale__language_code="vi")
    contents = cart_contents(Cart(client.session), home.locale)
    with capture_on_commit():
        return place_order(contents, None, BUYER, METHODS["cod"], "vi")


def first_sku_in_stock(cooperative_slug):
    cooperative = CooperativePage.objects.get(slug=cooperative_slug)
    products = ProductPage.objects.live().descendant_of(cooperative).values("translation_key")
    variants = ProductVariant.objects.filter(
        product__translation_key__in=products, active=True, stock__gt=0
    )
    return variants.order_by("sku").values_list("sku", flat=True).first()


def test_seed_demo_builds_the_whole_site_once(
    client, fake_zalo, fake_sms, django_capture_on_commit_callbacks
):
    seed()
    first = counts()
    seed()

    assert counts() == first, "a second run must change nothing"
    assert first["sales outside the site"] > 100
    assert first["filed reports"] == 1
    # The weavers' staff member reads Zalo, the basket makers' SMS, each with a history.
    assert dict(MessagingContact.objects.values_list("user__username", "channel")) == {
        "htx-konkotu": "zalo",
        "htx-dakrang": "sms",
    }
    assert first["messages to staff"] == 6
    # a demo order of a scarf and a basket reaches the weavers on Zalo and the basket makers
    # by SMS, each with the link to their own part
    zalo_before, sms_before = len(fake_zalo.sent), len(fake_sms.sent)
    order = place_demo_order(
        Client(),
        [
            first_sku_in_stock("htx-det-tho-cam-kon-ko-tu"),
            first_sku_in_stock("htx-dan-lat-dak-rang"),
        ],
        lambda: django_capture_on_commit_callbacks(execute=True),
    )
    [to_weavers] = fake_zalo.sent[zalo_before:]
    [to_basket_makers] = fake_sms.sent[sms_before:]
    assert (to_weavers["phone"], to_weavers["template_data"]["reference"]) == (
        "84905111222",
        order.code,
    )
    assert to_basket_makers["Phone"] == "84986333444"
    assert order.code in to_basket_makers["Content"]

    # both languages, every page translated and live
    site = Site.objects.get(is_default_site=True)
    assert sorted(h.locale.language_code for h in HomePage.objects.live()) == ["en", "vi"]
    assert site.root_page.specific.locale.language_code == "vi"
    assert not Page.objects.filter(title__startswith="Welcome to your new Wagtail site").exists()
    for model, minimum in MINIMUM_PER_LANGUAGE.items():
        for language in ("vi", "en"):
            live = model.objects.live().filter(locale__language_code=language).count()
            assert live >= minimum, (model.__name__, language, live)
    vi_keys = set(
        Page.objects.filter(depth__gt=1, locale__language_code="vi").values_list(
            "translation_key", flat=True
        )
    )
    en_keys = set(
        Page.objects.filter(depth__gt=1, locale__language_code="en").values_list(
            "translation_key", flat=True
        )
    )
    assert vi_keys == en_keys

    # English pages point at English pages
    for village in VillagePage.objects.filter(locale__language_code="en"):
        assert village.ethnic_group.locale.language_code == "en"
        assert {c.locale.language_code for c in village.crafts.all()} == {"en"}

    # one upcoming class is full, with a waiting list
    full = [
        e
        for e in EventPage.objects.filter(kind="class", locale__language_code="vi")
        if not e.is_past and e.seats_left() == 0
    ]
    assert full and full[0].registrations().filter(status="waiting").exists()

    # the water-trough festival comes every year on its lunar date, in both languages
    troughs = EventPage.objects.filter(lunar_month=3, lunar_day=25)
    assert troughs.count() == 2
    for trough in troughs:
        assert trough.occurrences.count() >= 4  # from two years back to two years ahead
        assert not trough.is_past

    # every product has photos and variants, shared by its two languages
    products = ProductPage.objects.filter(locale__language_code="vi")
    keys_with_variants = set(
        ProductVariant.objects.values_list("product__translation_key", flat=True)
    )
    assert set(products.values_list("translation_key", flat=True)) <= keys_with_variants
    assert not ProductPage.objects.filter(photos__isnull=True).exists()
    assert (
        PayoutAccount.objects.count()
        == CooperativePage.objects.filter(locale__language_code="vi").count()
    )

    # the two demo cooperatives' staff edit their own cooperative and not the other's
    staff = {
        username: get_user_model().objects.get(username=username)
        for username in ("htx-konkotu", "htx-dakrang")
    }
    konkotu = CooperativePage.objects.get(slug="htx-det-tho-cam-kon-ko-tu")
    assert konkotu.permissions_for_user(staff["htx-konkotu"]).can_edit()
    assert not konkotu.permissions_for_user(staff["htx-dakrang"]).can_edit()

    # the products written in Vietnamese only are in English as aliases, and both shops
    # list the same number of products
    untranslated = [spec for spec in load("products")["products"] if "en" not in spec]
    aliases = ProductPage.objects.filter(locale__language_code="en", alias_of__isnull=False)
    assert untranslated and aliases.count() == len(untranslated)
    listed = {
        language: ListedProduct.objects.filter(locale__language_code=language).count()
        for language in ("vi", "en")
    }
    assert (
        listed["en"]
        == listed["vi"]
        == ProductPage.objects.live().filter(locale__language_code="vi").count()
    )
    for shop in ShopPage.objects.live():
        count = soup(client.get(shop.url)).select_one(".result-count").get_text()
        assert count.split()[0] == str(listed["vi"]), shop.url
        # the listing's rows answer every filter as the pages and variants do
        assert_listing_matches_pages(shop)
    vi_shop = ShopPage.objects.get(locale__language_code="vi")
    in_stock = [item for item in products_from_pages(vi_shop) if item["in_stock"]]
    count = soup(client.get(vi_shop.url, {"in_stock": "1"})).select_one(".result-count")
    assert count.get_text(strip=True).startswith(f"{len(in_stock)} ")

    # every demo account can open the admin
    accounts = load("accounts")
    for username, role, group, _name in accounts["demo_accounts"]:
        visitor = Client()
        assert visitor.login(username=username, password=accounts["demo_password"]), role
        assert visitor.get("/admin/").status_code == 200, role
        if group:
            assert (
                get_user_model().objects.get(username=username).groups.filter(name=group).exists()
            )

    # the village host answers their village's visit requests, one of them overdue, and
    # not the other villages'
    host = Client()
    host.force_login(get_user_model().objects.get(username="host-konkotu"))
    inbox = host.get("/admin/visit_requests/?overdue=true")
    assert inbox.status_code == 200 and "Nguyễn Thị Mai" in inbox.content.decode()
    assert "Trần Quốc Bảo" not in host.get("/admin/visit_requests/").content.decode()
    # the library lists the programme's documents in both languages, each file saying it is
    # a placeholder, and every page's footer leads to it
    for library in DocumentLibraryPage.objects.live():
        home = library.get_parent()
        footer = soup(client.get(home.url)).select_one("footer.site-footer")
        assert footer.find("a", href=library.url), home.url
        listed_numbers = [
            citation.get_text()
            for citation in soup(client.get(library.url)).select(".document-list__citation")
        ]
        assert len(listed_numbers) == len(load("documents")["documents"]), library.url
    placeholder = ProgrammeDocument.objects.get(number="465/QĐ-UBND").document
    assert b"NOT THE OFFICIAL TEXT" in placeholder.file.read()

    # every offered currency has an illustrative rate, so indicative prices show
    assert set(client.get("/exchange-rates.json").json()["rates"]) == set(offered_currencies())
    # approved reviews of delivered orders, in both languages, shown on their products
    reviews = Review.objects.filter(status="approved", line__fulfilment__status="delivered")
    assert {review.language for review in reviews} == {"vi", "en"}
    assert len(load("reviews")["reviews"]) == reviews.count()
    reviewed = reviews.select_related("product").first()
    assert reviewed.text in client.get(reviewed.product.url).content.decode()

    # the programme's registry, all illustrative, its artisans linked to their pages, read
    # by the demo programme officer
    programme = load("programme")
    assert first["people in the registry"] == len(programme["people"])
    assert first["support projects"] == len(programme["projects"])
    assert first["raw-material areas"] == len(programme["areas"])
    for model in (RegisteredPerson, SupportProject, RawMaterialArea):
        assert not model.objects.exclude(name__endswith=" · minh họa").exists(), model
    linked = RegisteredPerson.objects.filter(artisan_page__isnull=False)
    assert linked.count() == sum("artisan_page" in spec for spec in programme["people"])
    assert not SupportProject.objects.filter(budget__isnull=True).exists()
    officer = Client()
    officer.login(username="officer", password=accounts["demo_password"])
    assert "Y Hlen · minh họa" in officer.get("/admin/registry/").content.decode()

    # a few pages of each kind answer in both languages
    for model in MINIMUM_PER_LANGUAGE:
        for page in model.objects.live()[:2]:
            assert client.get(page.url).status_code == 200, page.url


def test_seed_demo_refuses_where_demo_content_is_not_allowed(settings):
    settings.DEMO_CONTENT_ALLOWED = False

    with pytest.raises(CommandError, match="not allowed"):
        call_command("seed_demo")

    assert not get_user_model().objects.exists()
