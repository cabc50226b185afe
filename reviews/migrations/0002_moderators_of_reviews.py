"""Who approves reviews: the Department's editors and moderators (Wagtail's "Editors" and
"Moderators" groups) those of every cooperative, and each cooperative's staff group those of
its own products (catalog.staff gives new groups the same; `reviews.admin_views` keeps each
group to its own). Reviews show a buyer's chosen name and words only, which the product page
publishes anyway."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = ["view_review", "change_review"]
DEPARTMENT_GROUPS = ["Editors", "Moderators"]


def groups_and_permissions(apps):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    StaffGroup = apps.get_model("catalog", "StaffGroup")
    staff = StaffGroup.objects.values("group_id")
    groups = Group.objects.filter(name__in=DEPARTMENT_GROUPS) | Group.objects.filter(pk__in=staff)
    permissions = Permission.objects.filter(content_type__app_label="reviews", codename__in=CODENAMES)
    return groups, permissions


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; create ours now to grant them.
    app_config = apps.get_app_config("reviews")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    groups, permissions = groups_and_permissions(apps)
    for group in groups:
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    groups, permissions = groups_and_permissions(apps)
    for group in groups:
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("reviews", "0001_initial"),
        ("catalog", "0004_staff_group"),
        ("wagtailcore", "0084_add_default_page_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
