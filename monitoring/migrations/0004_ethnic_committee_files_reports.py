"""The Ethnic Committee (Ban Dân tộc) files the programme report: its group is given the
permission to file, as 0002 gave it the permission to read."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

COMMITTEE = "Ethnic Committee"


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; create ours now to grant them.
    app_config = apps.get_app_config("monitoring")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    committee, _created = Group.objects.get_or_create(name=COMMITTEE)
    committee.permissions.add(
        Permission.objects.get(content_type__app_label="monitoring", codename="file_report")
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    committee = Group.objects.filter(name=COMMITTEE).first()
    if committee:
        committee.permissions.remove(
            *Permission.objects.filter(content_type__app_label="monitoring", codename="file_report")
        )


class Migration(migrations.Migration):
    dependencies = [("monitoring", "0003_filed_reports_and_their_issuer")]

    operations = [migrations.RunPython(grant, revoke)]
