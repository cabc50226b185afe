"""Machine-translated drafts: wagtail-localize's "Machine translate" on a product's English
translation fills it with DeepL's translation, through the real `deepl` library talking to
a local fake DeepL; a refusal from DeepL leaves the translation as it was, with a message."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation
from wagtail_localize.operations import TranslationCreator

from tests.factories.catalog import add_cooperative, add_product, add_shop

pytestmark = pytest.mark.django_db


@pytest.fixture
def translation(homes):
    admin = get_user_model().objects.create_superuser("admin", password="x")
    cooperative = add_cooperative(add_shop(homes["vi"]), "HTX Dệt", slug="htx-det")
    product = add_product(cooperative, "Khăn thổ cẩm", slug="khan")
    TranslationCreator(admin, [Locale.objects.get(language_code="en")]).create_translations(
        product, include_related_objects=True
    )
    translation = Translation.objects.get(
        source__object_id=product.translation_key, target_locale__language_code="en"
    )
    return {"admin": admin, "product": product, "translation": translation}


def machine_translate(client, translation, **options):
    client.force_login(translation["admin"])
    english = translation["translation"].get_target_instance()
    edit = reverse("wagtailadmin_pages:edit", args=[english.pk])
    response = client.post(
        reverse("wagtail_localize:machine_translate", args=[translation["translation"].pk]),
        {"next": edit},
        **options,
    )
    return response, edit


def machine_strings():
    return set(StringTranslation.objects.values_list("data", flat=True))


def test_the_editor_gets_deepls_translation_as_a_draft(client, translation, fake_deepl):
    response, edit = machine_translate(client, translation)

    assert response.status_code == 302 and response.url == edit
    assert "[EN-GB] Khăn thổ cẩm" in machine_strings()
    assert fake_deepl.requests[0]["source_lang"] == "VI"
    translation["translation"].save_target(user=translation["admin"], publish=False)
    draft = translation["translation"].get_target_instance().get_latest_revision_as_object()
    assert draft.title == "[EN-GB] Khăn thổ cẩm"
    assert "DeepL" in client.get(edit).text


@pytest.mark.parametrize(
    ("status", "reason"),
    [
        (456, "The DeepL account has used up its characters for this month."),
        (403, "DeepL refused the site's key; the site administrator needs to check it."),
        (400, "DeepL could not be reached or answered with an error; try again later."),
    ],
)
def test_a_refusal_from_deepl_changes_nothing_and_says_why(
    client, translation, fake_deepl, status, reason
):
    fake_deepl.failure = status
    client.cookies.load({"django_language": "en"})

    response, edit = machine_translate(client, translation)

    assert response.status_code == 302 and response.url == edit
    assert machine_strings() == set()
    page = client.get(edit)
    messages = [str(message) for message in page.context["messages"]]
    assert any(reason in message and "Nothing was translated" in message for message in messages)


def test_without_a_key_there_is_no_machine_translation(client, translation, settings):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None

    response, _edit = machine_translate(client, translation, follow=True)

    assert response.status_code == 404
    assert machine_strings() == set()
