from django.db import migrations


def fill(apps, schema_editor):
    # The rows and counts of the products there are, computed from the historical models.
    from catalog.models.listing_rows import rebuild_listing  # noqa: PLC0415 (with historical models)

    rebuild_listing(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("catalog", "0002_listing_rows"),
    ]

    operations = [
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
