"""The provincial Ethnic Committee (Ban Dân tộc) follows the programme: its group reaches the
admin and reads the programme report, and nothing else. The group is made here when missing,
as Wagtail makes its Editors and Moderators groups, so that a new site only needs users added
to it."""

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
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(content_type__app_label="monitoring", codename="view_report"),
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    committee = Group.objects.filter(name=COMMITTEE).first()
    if committee:
        committee.permissions.remove(
            *Permission.objects.filter(content_type__app_label="monitoring", codename="view_report")
        )


class Migration(migrations.Migration):
    dependencies = [
        ("monitoring", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
