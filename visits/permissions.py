"""Who may see and answer which visit requests: a village's hosts see their villages' and
nobody else's, site administrators (who manage orders) see every village's. Editors, who may
change every page, see none: the requests hold visitors' phones and e-mails."""

from catalog.permissions import CooperativeRecordPermissionPolicy, manages_orders


class VillageRecordPermissionPolicy(CooperativeRecordPermissionPolicy):
    """As a cooperative's records are reached by its staff (the model permissions, given by
    the hosts group, and nobody adds or deletes one here), but by the villages the user
    hosts (`visits.VisitHost`) instead of the cooperatives they work for."""

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return self.model._default_manager.none()
        if manages_orders(user):
            return self.records()
        return self.records().filter(village__visit_hosts__user=user)
