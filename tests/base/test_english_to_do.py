"""Reports → English to do: the editors' list of pages whose English is missing (still an
alias of the Vietnamese page) or out of date (published in Vietnamese after the translation
was last brought up to date), with links to translate, in the editor's language."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import TranslationSource
from wagtail_localize.operations import TranslationCreator
from wagtail_localize.synctree import synchronize_tree

from tests.factories.pages import add_standard_page, add_translation
from tests.html import soup
from tests.queries import BUDGET

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("editor", password="x")


@pytest.fixture
def pages(homes, editor):
    """One page of each kind: translated and up to date, translated by hand then changed in
    Vietnamese, translated with wagtail-localize then changed, and never translated."""
    en = Locale.objects.get(language_code="en")
    up_to_date = add_standard_page(homes["vi"], "Giới thiệu", "gioi-thieu")
    add_translation(up_to_date, homes["en"], "About", "about")
    by_hand = add_standard_page(homes["vi"], "Giao hàng", "giao-hang")
    add_translation(by_hand, homes["en"], "Delivery", "delivery")
    by_hand.save_revision().publish()  # changed in Vietnamese since
    localized = add_standard_page(homes["vi"], "Đổi trả", "doi-tra")
    TranslationCreator(editor, [en]).create_translations(localized)
    localized.save_revision().publish()
    untranslated = add_standard_page(homes["vi"], "Điều khoản", "dieu-khoan")
    synchronize_tree(Locale.objects.get(language_code="vi"), en)
    return {
        "up_to_date": up_to_date,
        "by_hand": by_hand,
        "localized": localized,
        "untranslated": untranslated,
    }


def report(client, editor, language="en"):
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = language
    profile.save()
    client.force_login(editor)
    return client.get(reverse("english_to_do"))


def rows(response):
    return {
        row.select_one("td.title").get_text(strip=True): (
            row.find_all("td")[2].get_text(strip=True),
            row.select_one("a.button")["href"],
        )
        for row in soup(response).select("table.listing tbody tr")
    }


def test_lists_missing_and_out_of_date_english_with_links_to_translate(client, editor, pages):
    response = report(client, editor)

    source = TranslationSource.objects.get(
        object__translation_key=pages["localized"].translation_key
    )
    english = Page.objects.get(
        translation_key=pages["by_hand"].translation_key, locale__language_code="en"
    )
    assert rows(response) == {
        "Điều khoản": (
            "Not translated",
            reverse("wagtail_localize:submit_page_translation", args=[pages["untranslated"].pk]),
        ),
        "Giao hàng": ("Out of date", reverse("wagtailadmin_pages:edit", args=[english.pk])),
        "Đổi trả": (
            "Out of date",
            reverse("wagtail_localize:update_translations", args=[source.pk]),
        ),
    }


def test_a_translation_brought_up_to_date_leaves_the_list(client, editor, pages):
    source = TranslationSource.objects.get(
        object__translation_key=pages["localized"].translation_key
    )
    source.update_from_db()

    assert "Đổi trả" not in rows(report(client, editor))


def test_the_report_is_in_vietnamese_for_a_vietnamese_editor(client, editor, pages):
    response = report(client, editor, language="vi")

    assert "Chưa dịch" in {state for state, _link in rows(response).values()}
    text = response.text
    assert "Việc cần làm cho bản tiếng Anh" in text and "Dịch sang tiếng Anh" in text


def test_the_report_is_in_the_reports_menu(client, editor, pages):
    client.force_login(editor)

    assert reverse("english_to_do") in client.get(reverse("wagtailadmin_home")).text


def test_people_without_page_permissions_cannot_read_it(client, pages):
    nobody = get_user_model().objects.create_user("nobody", password="x")
    nobody.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(nobody)

    response = client.get(reverse("english_to_do"))

    assert response.status_code in (302, 403)
    assert "Điều khoản" not in response.text


def test_the_report_costs_the_same_queries_whatever_the_number_of_pages(
    client, editor, pages, homes
):
    def count():
        report(client, editor)
        with CaptureQueriesContext(connection) as captured:
            client.get(reverse("english_to_do"))
        return len(captured)

    with_three = count()
    for number in range(10):
        add_standard_page(homes["vi"], f"Trang {number}", f"trang-{number}")
    synchronize_tree(Locale.objects.get(language_code="vi"), Locale.objects.get(language_code="en"))

    assert len(rows(client.get(reverse("english_to_do")))) == 13
    assert count() == with_three <= BUDGET
