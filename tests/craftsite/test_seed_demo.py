import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from wagtail.models import Page, Revision, Site

from craftsite.demo.content import DEMO_ACCOUNTS, DEMO_PASSWORD
from craftsite.models import HomePage, Navigation, SiteImage, StandardPage

pytestmark = pytest.mark.django_db


def counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": SiteImage.objects.count(),
        "users": get_user_model().objects.count(),
        "groups": Group.objects.count(),
        "navigation": Navigation.objects.count(),
    }


@pytest.fixture
def seeded(db):
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_seed_demo_twice_changes_nothing(seeded):
    before = counts()

    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert counts() == before
    assert before["pages"] > 2


def test_seed_demo_builds_both_languages(seeded, client):
    site = Site.objects.get(is_default_site=True)
    homes = HomePage.objects.live()

    assert sorted(h.locale.language_code for h in homes) == ["en", "vi"]
    assert site.root_page.specific.locale.language_code == "vi"
    for slug in ("about", "delivery", "returns", "privacy", "terms"):
        english = StandardPage.objects.live().get(slug=slug)
        assert english.get_translation_or_none(site.root_page.locale).live
    assert client.get("/en/about/").status_code == 200
    assert client.get("/vi/gioi-thieu/").status_code == 200


def test_seed_demo_removes_wagtails_welcome_page(seeded):
    assert not Page.objects.filter(title__startswith="Welcome to your new Wagtail site").exists()


@pytest.mark.parametrize(("username", "role", "group", "_name"), DEMO_ACCOUNTS)
def test_every_demo_account_can_open_the_admin(seeded, client, username, role, group, _name):
    assert client.login(username=username, password=DEMO_PASSWORD), role

    assert client.get("/admin/").status_code == 200
    if group:
        assert get_user_model().objects.get(username=username).groups.filter(name=group).exists()


def test_seed_demo_refuses_where_demo_content_is_not_allowed(db, settings):
    settings.DEMO_CONTENT_ALLOWED = False

    with pytest.raises(CommandError, match="not allowed"):
        call_command("seed_demo")

    assert not get_user_model().objects.exists()
