"""The Department's programme officers keep the registry, the support projects and the
raw-material areas; the Ethnic Committee reads them, as it reads the programme report.
Nobody else sees them: the registry holds personal data, so neither the Department's editors
and moderators nor cooperative staff are given it. The officers' group is made here when
missing, as the Ethnic Committee's is (monitoring), so that a new site only needs users added
to it."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

OFFICERS = "Programme officers"
COMMITTEE = "Ethnic Committee"
MODELS = ["registeredperson", "supportproject", "projectbudget", "rawmaterialarea"]
ACTIONS = ["add", "change", "delete", "view"]


def programme_permissions(apps, actions):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(
        content_type__app_label="programme",
        codename__in=[f"{action}_{model}" for action in actions for model in MODELS],
    )


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; create ours now to grant them.
    app_config = apps.get_app_config("programme")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    officers, _created = Group.objects.get_or_create(name=OFFICERS)
    officers.permissions.add(access_admin, *programme_permissions(apps, ACTIONS))
    committee, _created = Group.objects.get_or_create(name=COMMITTEE)
    committee.permissions.add(access_admin, *programme_permissions(apps, ["view"]))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name__in=[OFFICERS, COMMITTEE]):
        group.permissions.remove(*programme_permissions(apps, ACTIONS))


class Migration(migrations.Migration):
    dependencies = [
        ("programme", "0001_registry_projects_and_areas"),
        ("monitoring", "0002_ethnic_committee_reads_report"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
