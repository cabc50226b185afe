"""Cooperative staff: one group per cooperative, with Wagtail page permissions on that
cooperative's pages (in every language) and image permissions on its own collection. This is
what keeps one cooperative's staff away from another's pages and photos; the price and stock
screens, the orders to send and the wholesale enquiries follow the same page permissions
(see `catalog.permissions`)."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

# Staff add and edit products; the site's approval workflow publishes them. Give a trusted
# cooperative's group "publish_page" as well to let it publish without review.
PAGE_PERMISSIONS = ("add_page", "change_page")
IMAGE_PERMISSIONS = ("add_image", "change_image", "choose_image")
MODEL_PERMISSIONS = {
    "wagtailadmin": ("access_admin",),
    "catalog": ("add_productvariant", "change_productvariant", "view_productvariant"),
    "orders": ("view_fulfilment", "change_fulfilment"),
    "enquiries": ("view_enquiry", "change_enquiry"),
}
COLLECTIONS_ROOT = "Hợp tác xã"


def staff_group_of(cooperative):
    """The group holding page permissions on any translation of `cooperative`, if any."""
    return (
        Group.objects.filter(page_permissions__page__translation_key=cooperative.translation_key)
        .distinct()
        .first()
    )


@transaction.atomic
def ensure_staff_group(cooperative, name=None):
    """Create (or complete) the staff group of `cooperative`: named after the cooperative
    unless `name` is given, with page permissions on every translation of it, a photo
    collection of its own, the price and stock screens, its orders to send and its wholesale
    enquiries. Safe to call again."""
    group = staff_group_of(cooperative)
    if group is None:
        group, _ = Group.objects.get_or_create(name=name or cooperative.title)
    elif name and group.name != name:
        group.name = name
        group.save(update_fields=["name"])
    for app_label, codenames in MODEL_PERMISSIONS.items():
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
        )
    for page in Page.objects.filter(translation_key=cooperative.translation_key):
        for codename in PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=permission("wagtailcore", codename)
            )
    collection = staff_collection(group)
    for codename in IMAGE_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission("wagtailimages", codename)
        )
    return group


def permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def staff_collection(group):
    """The group's own photo collection, under a "Hợp tác xã" collection."""
    existing = Collection.objects.filter(group_permissions__group=group).first()
    if existing:
        return existing
    root = Collection.get_first_root_node()
    parent = root.get_children().filter(name=COLLECTIONS_ROOT).first()
    parent = parent or root.add_child(name=COLLECTIONS_ROOT)
    return parent.get_children().filter(name=group.name).first() or parent.add_child(
        name=group.name
    )


def grant_staff_on_publish(sender, instance, **kwargs):
    """Every published cooperative, and each of its translations, gets its staff group."""
    ensure_staff_group(instance)
