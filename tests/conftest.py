import os

import pytest
from django.core.cache import cache
from wagtail.models import Locale, Page, Site

from craftsite.models import HomePage
from tests.factories.images import SiteImageFactory

# Playwright's sync API keeps an asyncio loop running in the test thread; Django refuses ORM
# calls from such a thread unless told that it is fine (it is: the loop never runs our code).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache, as a freshly started site would."""
    cache.clear()


@pytest.fixture
def locales(db):
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in ("vi", "en")}


@pytest.fixture
def homes(locales):
    """A Vietnamese home page as the default site's root and its English translation."""
    root = Page.get_first_root_node()
    vi = root.add_child(instance=HomePage(title="Trang chủ", slug="home-vi", locale=locales["vi"]))
    en = root.add_child(
        instance=HomePage(
            title="Home", slug="home-en", locale=locales["en"], translation_key=vi.translation_key
        )
    )
    Site.objects.update(root_page=vi)
    Page.objects.filter(depth=2).exclude(pk__in=[vi.pk, en.pk]).delete()
    return {"vi": vi, "en": en}


@pytest.fixture
def image(db):
    return SiteImageFactory()
