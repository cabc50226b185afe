"""Who answers a village's visit requests, and the rights they need to do it. Hosts are
people of the village with little computer experience: naming one takes a site
administrator one form (the village and the person), and gives them the admin with only
their village's requests in it."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models import Q

from craftsite.translation import main_language_page
from visits.models import VisitHost

HOSTS_GROUP = "Village hosts"
HOST_RIGHTS = [
    ("wagtailadmin", "access_admin"),
    ("visits", "view_visitrequest"),
    ("visits", "change_visitrequest"),
]


def ensure_hosts_group():
    """The group every host is in: it lets them log in and open visit requests; which
    requests they see is decided by the villages they host (visits.permissions)."""
    group, _created = Group.objects.get_or_create(name=HOSTS_GROUP)
    wanted = Q()
    for app_label, codename in HOST_RIGHTS:
        wanted |= Q(content_type__app_label=app_label, codename=codename)
    group.permissions.add(*Permission.objects.filter(wanted))
    return group


@transaction.atomic
def name_host(village, user):
    """Make `user` a host of `village` (in whichever language it was picked), able to log in
    and answer its requests. Naming the same person twice changes nothing."""
    host, _created = VisitHost.objects.get_or_create(village=main_language_page(village), user=user)
    give_host_rights(user)
    return host


def give_host_rights(user):
    """Let `user` log in to the admin and open visit requests (of their villages only)."""
    user.groups.add(ensure_hosts_group())
