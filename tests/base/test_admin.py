"""Editors keep the site-wide parts (navigation, organisation details) in the admin."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Site
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from base.models import Navigation, OrganisationSettings
from tests.factories.pages import add_standard_page

pytestmark = pytest.mark.django_db


def navigation_form(header_links=(), footer_links=()):
    return nested_form_data(
        {
            "header_links": streamfield([("link", link) for link in header_links]),
            "footer_links": streamfield([("link", link) for link in footer_links]),
            "footer_text": rich_text("<p>Làng Nghề</p>"),
        }
    )


@pytest.fixture
def admin_client(client):
    client.force_login(get_user_model().objects.create_superuser("root", "r@example.test", "pw"))
    return client


def test_navigation_edited_in_the_admin_shows_in_the_header(admin_client, homes):
    page = add_standard_page(homes["vi"], "Làng nghề", "lang-nghe")

    response = admin_client.post(
        "/admin/snippets/base/navigation/add/?locale=vi",
        navigation_form(header_links=[{"page": page.pk, "url": "", "label": ""}]),
    )

    assert response.status_code == 302, response.context["form"].errors
    assert Navigation.objects.get().locale.language_code == "vi"
    header = admin_client.get("/vi/").content.decode()
    assert 'href="/vi/lang-nghe/"' in header


def test_a_menu_link_needs_exactly_one_target(admin_client, homes):
    page = add_standard_page(homes["vi"], "Làng nghề", "lang-nghe")

    response = admin_client.post(
        "/admin/snippets/base/navigation/add/?locale=vi",
        navigation_form(
            header_links=[{"page": page.pk, "url": "https://example.org/", "label": "Both"}]
        ),
    )

    assert response.status_code == 200
    assert not Navigation.objects.exists()


def test_organisation_details_edited_in_settings_show_in_the_footer(admin_client, homes):
    site = Site.objects.get(is_default_site=True)

    response = admin_client.post(
        f"/admin/settings/base/organisationsettings/{site.pk}/",
        {
            "legal_name": "Hợp tác xã Thử Nghiệm",
            "english_name": "Test Cooperative",
            "address": "Thôn Đăk Mế, xã Bờ Y",
            "phone": "0912 345 678",
            "email": "htx@example.test",
            "registration_number": "Giấy chứng nhận số 6100000001",
        },
    )

    assert response.status_code == 302
    assert OrganisationSettings.for_site(site).phone == "+84912345678"
    vietnamese, english = (admin_client.get(f"/{lang}/").content.decode() for lang in ("vi", "en"))
    assert "Hợp tác xã Thử Nghiệm" in vietnamese and "Giấy chứng nhận số 6100000001" in vietnamese
    assert "Test Cooperative" in english and 'href="tel:+84912345678"' in english
    assert ">0912 345 678</a>" in english


@pytest.mark.parametrize(
    "link",
    [
        {"page": "", "url": "", "label": "Nowhere"},
        {"page": "", "url": "https://zalo.me/0260300000", "label": ""},
        {"page": "", "url": "javascript:alert(1)", "label": "Hostile"},
    ],
)
def test_menu_links_without_a_usable_target_are_refused(admin_client, homes, link):
    response = admin_client.post(
        "/admin/snippets/base/navigation/add/?locale=vi", navigation_form(header_links=[link])
    )

    assert response.status_code == 200
    assert not Navigation.objects.exists()


def test_menu_follows_page_changes_without_a_stale_cache(client, homes):
    page = add_standard_page(homes["vi"], "Làng nghề", "lang-nghe")
    Navigation.objects.create(locale=homes["vi"].locale, header_links=[("link", {"page": page})])
    assert ">Làng nghề</a>" in client.get("/vi/").content.decode()

    page.title = "Các làng nghề"
    page.save_revision().publish()
    assert ">Các làng nghề</a>" in client.get("/vi/").content.decode()

    page.unpublish()
    assert 'href="/vi/lang-nghe/"' not in client.get("/vi/").content.decode()


def test_wagtails_own_csv_reports_write_formulas_as_text(admin_client, homes):
    # Site history lists the titles staff gave their pages, for administrators to download.
    page = add_standard_page(homes["vi"], '=HYPERLINK("http://x.test","Giá")', "gia")
    page.save_revision(user=get_user_model().objects.get()).publish()

    response = admin_client.get(reverse("wagtailadmin_reports:site_history"), {"export": "csv"})

    written = b"".join(response.streaming_content).decode()
    assert '\'=HYPERLINK(""http://x.test"",""Giá"")' in written
    assert ",=HYPERLINK" not in written
