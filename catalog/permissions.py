"""Who may see and change what in the shop's admin.

A variant belongs to a product page (by translation key), so a user may act on a variant
exactly when Wagtail lets them edit that product page. Orders are for site administrators
(orders.permissions).
A cooperative's part of an order and an enquiry to a cooperative belong to that cooperative:
its staff reach their own and nobody else's, site administrators reach all."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.urls import reverse
from django.utils.functional import cached_property
from wagtail.admin.views.generic.base import BaseObjectMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.models import Locale
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy

from catalog.models import CooperativePage, ProductPage

MANAGE_ORDERS = "orders.manage_order"
SEE_OWN_ORDERS = "orders.view_fulfilment"


def editable_products(user):
    """Product pages `user` may edit, in every language."""
    return PagePermissionPolicy(ProductPage).instances_user_has_permission_for(user, "change")


def editable_cooperatives(user):
    """Cooperative pages `user` may change: the cooperatives whose staff they are."""
    return PagePermissionPolicy(CooperativePage).instances_user_has_permission_for(user, "change")


def manages_orders(user):
    """Site administrators (superusers and holders of `orders.manage_order`) see every
    order, and every cooperative's parts of orders and enquiries."""
    return user.has_perm(MANAGE_ORDERS)


def order_managers():
    """Active users who manage orders: superusers, and holders of `orders.manage_order`
    given to them or to one of their groups."""
    app_label, codename = MANAGE_ORDERS.split(".")
    permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename)
    holders = Q(user_permissions__in=permission) | Q(groups__permissions__in=permission)
    users = get_user_model().objects.filter(is_active=True)
    return users.filter(Q(is_superuser=True) | holders).distinct()


def is_cooperative_staff(user):
    """Whether `user` works for a cooperative: they see their cooperative's orders to send
    (`catalog.staff` gives its group that permission) but not every order. Editors may change
    every page but see no orders; site administrators see every order. Asked of permissions
    alone, which Django caches on the user: the admin menu asks it on every page."""
    return user.has_perm(SEE_OWN_ORDERS) and not manages_orders(user)


def staffed_cooperatives(user):
    """The cooperatives `user` works for, as their pages in the main language (those staff
    groups are linked to): the ones whose staff group (catalog.StaffGroup) they are in, while
    that group may still change the page (a suspended cooperative's group has lost it). Page
    rights alone are not enough: a moderator may change every cooperative's page, and must
    not see every cooperative's buyers by joining one cooperative's staff."""
    if not is_cooperative_staff(user):
        return CooperativePage.objects.none()
    return editable_cooperatives(user).filter(staff_group__group__user=user)


class VariantPermissionPolicy(ModelPermissionPolicy):
    """The model permission (add, change, view) and, for a given variant, the right to edit
    its product page."""

    def instances_user_has_any_permission_for(self, user, actions):
        variants = super().instances_user_has_any_permission_for(user, actions)
        if user.is_superuser:
            return variants
        return variants.filter(product__in=editable_products(user))

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_any_permission_for_instance(user, [action], instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if not self.user_has_any_permission(user, actions):
            return False
        return user.is_superuser or editable_products(user).filter(pk=instance.product_id).exists()


class CooperativeRecordPermissionPolicy(ModelPermissionPolicy):
    """Records that belong to one cooperative (its `cooperative` field): seen ("view") and
    worked on ("change") by users with the model permission who may change that
    cooperative's page in some language (its staff group, see `catalog.staff`), and by site
    administrators, who reach every cooperative's. Editors, who may change every page but
    lack the model permission, see none. The public site makes these records, so nobody
    adds or deletes one here."""

    actions = {"view", "change"}

    def records(self):
        """The records anyone may see at all."""
        return self.model._default_manager.all()

    def user_has_permission(self, user, action):
        return action in self.actions and (
            manages_orders(user) or super().user_has_permission(user, action)
        )

    def users_with_any_permission(self, actions):
        actions = self.actions & set(actions)
        if not actions:
            return get_user_model().objects.none()
        return super().users_with_any_permission(actions) | order_managers()

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return self.model._default_manager.none()
        if manages_orders(user):
            return self.records()
        keys = staffed_cooperatives(user).values("translation_key")
        return self.records().filter(cooperative__translation_key__in=keys)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_any_permission_for_instance(user, [action], instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        records = self.instances_user_has_any_permission_for(user, actions)
        return records.filter(pk=instance.pk).exists()


class OwnCooperativeRecordMixin(PermissionCheckedMixin, BaseObjectMixin):
    """An admin view of one record of a cooperative the user works for, refused like any
    admin page they may not open, whatever id is typed into the address bar. Its breadcrumbs
    lead back to the list it belongs to (`index_url_name`, `index_label`)."""

    any_permission_required = ["view", "change"]
    index_url_name = None
    index_label = ""

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(self.index_url_name), "label": self.index_label},
            {"url": "", "label": self.get_page_title()},
        ]

    @cached_property
    def can_change(self):
        """Whether the user may act on the record, not only read it."""
        return self.user_has_permission("change")

    def get_object(self):
        record = super().get_object()
        if not self.permission_policy.user_has_any_permission_for_instance(
            self.request.user, self.any_permission_required, record
        ):
            raise PermissionDenied
        return record


def products_of(cooperatives):
    """The products of these cooperatives, in the main language, by title: what staff
    choose from when they record a sale outside the site or make labels."""
    under_any = Q()
    for cooperative in cooperatives:
        under_any |= Q(path__startswith=cooperative.path)
    if not under_any:
        return ProductPage.objects.none()
    products = ProductPage.objects.filter(under_any, locale=Locale.get_default())
    return products.order_by("title")
