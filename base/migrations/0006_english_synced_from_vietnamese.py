from django.db import migrations


def sync_english_from_vietnamese(apps, schema_editor):
    """English is wagtail-localize's copy of Vietnamese: a page created in Vietnamese appears
    in English at once, as an alias, until an editor translates it. The tree's existing pages
    are aliased by `manage.py sync_locale_trees` (docs/deployment.md), not here: a migration's
    historical models cannot copy pages."""
    Locale = apps.get_model("wagtailcore", "Locale")
    LocaleSynchronization = apps.get_model("wagtail_localize", "LocaleSynchronization")
    vietnamese = Locale.objects.get_or_create(language_code="vi")[0]
    english = Locale.objects.get_or_create(language_code="en")[0]
    LocaleSynchronization.objects.get_or_create(locale=english, defaults={"sync_from": vietnamese})


class Migration(migrations.Migration):
    dependencies = [
        ("base", "0005_phone_e164"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(sync_english_from_vietnamese, migrations.RunPython.noop),
    ]
