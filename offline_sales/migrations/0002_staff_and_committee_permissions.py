"""Each cooperative's staff group records, corrects and deletes its own sales outside the
site (catalog.staff gives new groups the same; `offline_sales.permissions` keeps each group to
its own), and the Ethnic Committee reads every cooperative's, as it reads the programme
report."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

STAFF_CODENAMES = ["add_offlinesale", "change_offlinesale", "delete_offlinesale", "view_offlinesale"]
COMMITTEE = "Ethnic Committee"
COMMITTEE_CODENAMES = ["view_offlinesale"]


def permissions(apps, codenames):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(
        content_type__app_label="offline_sales", codename__in=codenames
    )


def staff_groups(apps):
    Group = apps.get_model("auth", "Group")
    StaffGroup = apps.get_model("catalog", "StaffGroup")
    return Group.objects.filter(pk__in=StaffGroup.objects.values("group_id"))


def committee(apps):
    return apps.get_model("auth", "Group").objects.filter(name=COMMITTEE)


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; create ours now to grant them.
    app_config = apps.get_app_config("offline_sales")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    for group in staff_groups(apps):
        group.permissions.add(*permissions(apps, STAFF_CODENAMES))
    for group in committee(apps):
        group.permissions.add(*permissions(apps, COMMITTEE_CODENAMES))


def revoke(apps, schema_editor):
    for group in [*staff_groups(apps), *committee(apps)]:
        group.permissions.remove(*permissions(apps, STAFF_CODENAMES))


class Migration(migrations.Migration):
    dependencies = [
        ("offline_sales", "0001_initial"),
        ("catalog", "0004_staff_group"),
        ("monitoring", "0002_ethnic_committee_reads_report"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
