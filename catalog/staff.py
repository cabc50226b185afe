"""Cooperative staff: one group per cooperative (linked by catalog.StaffGroup, never found
by its name), with Wagtail page permissions on that cooperative's pages (in every language)
and image permissions on its own collection. This is what keeps one cooperative's staff away
from another's pages and photos; the price and stock screens, the orders to send, the
wholesale enquiries and the reviews follow the same page permissions (see
`catalog.permissions`)."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from catalog.models import StaffGroup
from craftsite.translation import main_language_page

# Staff add and edit products; the site's approval workflow publishes them. Give a trusted
# cooperative's group "publish_page" as well to let it publish without review.
PAGE_PERMISSIONS = ("add_page", "change_page")
IMAGE_PERMISSIONS = ("add_image", "change_image", "choose_image")
MODEL_PERMISSIONS = {
    "wagtailadmin": ("access_admin",),
    "catalog": ("add_productvariant", "change_productvariant", "view_productvariant"),
    "orders": ("view_fulfilment", "change_fulfilment"),
    "enquiries": ("view_enquiry", "change_enquiry"),
    "offline_sales": (
        "add_offlinesale",
        "change_offlinesale",
        "delete_offlinesale",
        "view_offlinesale",
    ),
    "reviews": ("view_review", "change_review"),
}
COLLECTIONS_ROOT = "Hợp tác xã"
GROUP_NAME_LENGTH = Group._meta.get_field("name").max_length


def staff_group_of(cooperative):
    """The staff group of `cooperative` (any of its translations), if it has one."""
    links = StaffGroup.objects.select_related("group")
    link = links.filter(cooperative=main_language_page(cooperative)).first()
    return link.group if link else None


@transaction.atomic
def ensure_staff_group(cooperative, name=None):
    """The staff group of `cooperative`, made the first time: a group of its own, named
    after the cooperative unless `name` is given (and distinctly when another group has that
    name already), with page permissions on every translation of it, a photo collection of
    its own, the price and stock screens, its orders to send, its wholesale enquiries, the
    reviews of its products and its sales outside the site. Called again (on every
    publish), it only gives each new translation the page permissions the group holds on
    the main-language page, so that rights an administrator took away (a suspended
    cooperative) do not come back with the next publish."""
    main = main_language_page(cooperative)
    group = staff_group_of(main)
    if group is None:
        group = Group.objects.create(name=unused_group_name(name or main.title))
        StaffGroup.objects.create(cooperative=main, group=group)
        grant_staff_rights(group, main)
    elif name and group.name != name and not Group.objects.filter(name=name).exists():
        group.name = name
        group.save(update_fields=["name"])
    for page in Page.objects.filter(translation_key=main.translation_key).exclude(pk=main.pk):
        for held in GroupPagePermission.objects.filter(group=group, page=main):
            GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=held.permission
            )
    return group


def unused_group_name(wanted):
    """`wanted`, or `wanted (2)`, `(3)`…: the first that no group has yet. A group is never
    shared by taking the name of another."""
    wanted = wanted[: GROUP_NAME_LENGTH - 8]
    taken = set(Group.objects.filter(name__startswith=wanted).values_list("name", flat=True))
    name, number = wanted, 1
    while name in taken:
        number += 1
        name = f"{wanted} ({number})"
    return name


def grant_staff_rights(group, cooperative):
    """What a new staff group may do: see the admin, change its cooperative's pages, its
    photos, its variants, its orders to send, its enquiries and its sales outside the
    site."""
    for app_label, codenames in MODEL_PERMISSIONS.items():
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
        )
    for codename in PAGE_PERMISSIONS:
        GroupPagePermission.objects.create(
            group=group, page=cooperative, permission=permission("wagtailcore", codename)
        )
    collection = staff_collection(group)
    for codename in IMAGE_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission("wagtailimages", codename)
        )


def permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def staff_collection(group):
    """The group's own photo collection, under a "Hợp tác xã" collection: the one it holds
    permissions on, or a new one, never another found by its name, which could be another
    cooperative's."""
    existing = Collection.objects.filter(group_permissions__group=group).first()
    if existing:
        return existing
    root = Collection.get_first_root_node()
    parent = root.get_children().filter(name=COLLECTIONS_ROOT).first()
    parent = parent or root.add_child(name=COLLECTIONS_ROOT)
    return parent.add_child(name=group.name)


def grant_staff_on_publish(sender, instance, **kwargs):
    """Every published cooperative gets its staff group, and each of its translations the
    page permissions the group holds on the main-language page."""
    ensure_staff_group(instance)
