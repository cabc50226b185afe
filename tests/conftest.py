import os

import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from wagtail.models import Locale

from catalog.models import (
    CooperativePage,
    Material,
    ProductPage,
    ProductPhoto,
    ProductVariant,
    ShopPage,
)
from tests.factories.images import SiteImageFactory
from tests.factories.pages import add_homes, add_translation
from tests.factories.stories import add_page, build_stories_site
from tests.fakes.deepl_server import fake_deepl  # noqa: F401 (a fixture for these tests)
from tests.fakes.payos_server import fake_payos  # noqa: F401 (a fixture for these tests)
from tests.fakes.sms_server import fake_sms  # noqa: F401 (a fixture for these tests)
from tests.fakes.stripe_server import fake_stripe  # noqa: F401 (a fixture for these tests)
from tests.fakes.zalo_server import fake_zalo  # noqa: F401 (a fixture for these tests)

# Playwright's sync API keeps an asyncio loop running in the test thread; Django refuses ORM
# calls from such a thread unless told that it is fine (it is: the loop never runs our code).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items):
    """Refuse a test that empties the database after it (`transaction=True`) without putting
    back the rows migrations made (`serialized_rollback=True`): every test after it on the
    same worker would find no root page, locales or groups, and fail far from the cause."""
    for item in items:
        marker = item.get_closest_marker("django_db")
        kwargs = marker.kwargs if marker else {}
        if kwargs.get("transaction") and not kwargs.get("serialized_rollback"):
            raise pytest.UsageError(
                f"{item.nodeid}: a transaction test needs serialized_rollback=True"
            )


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache, as a freshly started site would."""
    cache.clear()


@pytest.fixture(autouse=True)
def site_language():
    """Each test starts in the site's main language, as a fresh process would: a request
    through the test client leaves its language active in the thread afterwards, and a
    message a test reads outside a request would otherwise speak the language of whichever
    test ran before it on the same worker."""
    with translation.override(settings.LANGUAGE_CODE):
        yield


@pytest.fixture
def locales(db):
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in ("vi", "en")}


@pytest.fixture
def homes(locales):
    """A Vietnamese home page as the default site's root and its English translation."""
    return add_homes()


@pytest.fixture
def image(db):
    return SiteImageFactory()


@pytest.fixture
def shops(homes):
    vi = add_page(homes["vi"], ShopPage(title="Cửa hàng", slug="cua-hang"))
    return {"vi": vi, "en": add_translation(vi, homes["en"], "Shop", "shop")}


@pytest.fixture
def shop(homes, shops, locales):
    """The shop as the demo leaves it, in small: stories pages, materials named in both
    languages and one cooperative with one photographed product."""
    stories = build_stories_site(homes)
    for vi_name, en_name in [("Sợi bông", "Cotton yarn"), ("Chàm", "Indigo")]:
        Material.objects.create(name=vi_name, name_en=en_name)
    cooperative = add_page(
        shops["vi"],
        CooperativePage(title="HTX Dệt", slug="htx-det", legal_name="HTX Dệt", kind="cooperative"),
    )
    product = ProductPage(
        title="Khăn thổ cẩm", slug="khan", description="<p>.</p>", maker_share_percent=70
    )
    photo = SiteImageFactory()
    product.photos = [ProductPhoto(image=photo)]
    add_page(cooperative, product)
    ProductVariant.objects.create(product=product, sku="KKT-01", label="Đỏ", price=350_000, stock=3)
    return {**shops, "stories": stories, "photo": photo}
