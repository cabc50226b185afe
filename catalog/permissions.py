"""Who may change which price and stock. A variant belongs to a product page (by translation
key), so a user may act on a variant exactly when Wagtail lets them edit that product page:
cooperative staff reach their own cooperative's variants and nobody else's."""

from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy

from catalog.models import ProductPage


def editable_products(user):
    """Product pages `user` may edit, in every language."""
    return PagePermissionPolicy(ProductPage).instances_user_has_permission_for(user, "change")


class VariantPermissionPolicy(ModelPermissionPolicy):
    """The model permission (add, change, view) and, for a given variant, the right to edit
    its product page."""

    def instances_user_has_any_permission_for(self, user, actions):
        variants = super().instances_user_has_any_permission_for(user, actions)
        if user.is_superuser:
            return variants
        return variants.filter(product_key__in=editable_products(user).values("translation_key"))

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_any_permission_for_instance(user, [action], instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if not self.user_has_any_permission(user, actions):
            return False
        return (
            user.is_superuser
            or editable_products(user).filter(translation_key=instance.product_key).exists()
        )
