from collections import defaultdict

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def link_existing_groups(apps, schema_editor):
    """Link each cooperative to the group holding page permissions on it, as `staff_group_of`
    found it before. A group holding them on several cooperatives was shared by name: it
    stays with the earliest cooperative of its name and loses its permissions on the others,
    which get a group of their own when next published. A group on several cooperatives
    named after none of them was not made by `ensure_staff_group` and is left as it is."""
    CooperativePage = apps.get_model("catalog", "CooperativePage")
    StaffGroup = apps.get_model("catalog", "StaffGroup")
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    main_locale = apps.get_model("wagtailcore", "Locale").objects.filter(
        language_code=settings.LANGUAGE_CODE
    )
    main_locale_id = main_locale.values_list("pk", flat=True).first()

    main = {}
    key_of = {}
    for page in CooperativePage.objects.order_by("pk"):
        key_of[page.pk] = page.translation_key
        if page.translation_key not in main or page.locale_id == main_locale_id:
            main[page.translation_key] = page
    held = defaultdict(set)
    for group_id, page_id in GroupPagePermission.objects.filter(page_id__in=key_of).values_list(
        "group_id", "page_id"
    ):
        held[group_id].add(key_of[page_id])

    linked = set()
    for group in Group.objects.filter(pk__in=held).order_by("pk"):
        keys = held[group.pk]
        if len(keys) == 1:
            owner = next(iter(keys))
        else:
            named = sorted(
                (main[key] for key in keys if main[key].title == group.name), key=lambda p: p.pk
            )
            if not named:
                continue
            owner = named[0].translation_key
            others = [pk for pk, key in key_of.items() if key in keys and key != owner]
            GroupPagePermission.objects.filter(group=group, page_id__in=others).delete()
        if owner not in linked:
            StaffGroup.objects.create(cooperative=main[owner], group=group)
            linked.add(owner)


class Migration(migrations.Migration):

    dependencies = [
        ('auth', '0012_alter_user_first_name_max_length'),
        ('wagtailcore', '0098_apitoken'),
        ('catalog', '0003_fill_listing_rows'),
    ]

    operations = [
        migrations.CreateModel(
            name='StaffGroup',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('cooperative', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='staff_group', to='catalog.cooperativepage')),
                ('group', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='cooperative_staff', to='auth.group')),
            ],
            options={
                'verbose_name': 'cooperative staff group',
            },
        ),
        migrations.RunPython(link_existing_groups, migrations.RunPython.noop),
    ]
