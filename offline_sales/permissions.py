"""Who records and reads sales outside the site. A cooperative's staff record, correct and
delete their own cooperative's sales and nobody else's, as with its orders to send and its
enquiries (`catalog.permissions`); site administrators reach every cooperative's. The Ethnic
Committee reads every cooperative's sales (its group holds the "view" permission) and
changes none."""

from wagtail.models import Locale

from catalog.models import CooperativePage
from catalog.permissions import (
    CooperativeRecordPermissionPolicy,
    is_cooperative_staff,
    manages_orders,
    staffed_cooperatives,
)

VIEW = "offline_sales.view_offlinesale"


def reads_every_cooperative(user):
    """Whether `user` reads all cooperatives' sales without working for one: site
    administrators, and the holders of the "view" permission who are not cooperative staff
    (the Ethnic Committee)."""
    return manages_orders(user) or (user.has_perm(VIEW) and not is_cooperative_staff(user))


class OfflineSalePermissionPolicy(CooperativeRecordPermissionPolicy):
    """Unlike the records the public site makes, these are made here: staff add and delete
    them too."""

    actions = {"view", "add", "change", "delete"}

    def instances_user_has_any_permission_for(self, user, actions):
        if "view" in actions and reads_every_cooperative(user):
            return self.records()
        return super().instances_user_has_any_permission_for(user, actions)


def cooperatives_recording_for(user):
    """The cooperatives `user` may record a sale for, as their pages in the main language
    (a sale belongs to the cooperative in every language)."""
    if manages_orders(user):
        return CooperativePage.objects.filter(locale=Locale.get_default()).order_by("title")
    return staffed_cooperatives(user).order_by("title")
