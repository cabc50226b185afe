"""Who may see orders: site administrators only. A cooperative's staff see their own parts
of orders (orders.admin_fulfilments), never a whole order."""

from django.contrib.auth import get_user_model
from wagtail.permission_policies import ModelPermissionPolicy

from catalog.permissions import manages_orders


class OrderPermissionPolicy(ModelPermissionPolicy):
    """Seeing orders ("view") and taking them through payment, cancellation and refund
    ("manage") both need `orders.manage_order`. Nobody adds, edits or deletes an order
    here: checkout makes them. Editors and cooperative staff never see a whole order, with
    the buyer's e-mail and the other cooperatives' lines."""

    actions = {"view", "manage"}

    def user_has_permission(self, user, action):
        return action in self.actions and manages_orders(user)

    def users_with_any_permission(self, actions):
        if not self.actions & set(actions):
            return get_user_model().objects.none()
        return self._get_users_with_any_permission_codenames({"manage_order"})
