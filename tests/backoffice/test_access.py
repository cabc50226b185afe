"""The back office is for a cooperative's staff, in the language they chose for the admin."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.users.models import UserProfile

from catalog.staff import ensure_staff_group
from tests.factories.catalog import add_cooperative, add_shop
from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def cooperative(homes):
    return add_cooperative(add_shop(homes["vi"]), "HTX Dệt Kon Kơ Tu", slug="htx-konkotu")


def staff_of(cooperative, username="staff"):
    user = get_user_model().objects.create_user(username=username, password="x")
    user.groups.add(ensure_staff_group(cooperative))
    return user


def test_a_visitor_is_sent_to_the_admin_login(client):
    response = client.get(reverse("backoffice:dashboard"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_staff_see_their_cooperative_in_vietnamese(client, cooperative):
    client.force_login(staff_of(cooperative))

    page = soup(client.get(reverse("backoffice:dashboard")))

    assert page.html["lang"] == "vi"
    assert page.select_one(".bar__who").get_text(strip=True) == "HTX Dệt Kon Kơ Tu"


def test_staff_who_chose_english_for_the_admin_get_english(client, cooperative):
    user = staff_of(cooperative)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)

    page = soup(client.get(reverse("backoffice:dashboard")))

    assert page.html["lang"] == "en"


def test_an_editor_who_staffs_no_cooperative_is_refused(client, cooperative):
    editor = get_user_model().objects.create_user(username="ed", password="x", is_staff=True)
    client.force_login(editor)

    assert client.get(reverse("backoffice:dashboard")).status_code == 403


def test_staff_who_never_chose_follow_their_browser_as_the_admin_does(client, cooperative):
    client.force_login(staff_of(cooperative))

    english = soup(client.get(reverse("backoffice:dashboard"), headers={"accept-language": "en"}))
    french = soup(client.get(reverse("backoffice:dashboard"), headers={"accept-language": "fr"}))

    assert (english.html["lang"], french.html["lang"]) == ("en", "vi")
