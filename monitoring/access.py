"""Who reads which figures. The Ethnic Committee and site administrators read the whole
programme (the `monitoring.view_report` permission; superusers have every permission).
Cooperative staff read their own cooperative's figures only: they are recognised, as on
"Orders to send", by the permission to see their cooperative's parts of orders and by their
cooperative's staff group. Editors and reviewers have neither, so they read nothing, although
their page permissions reach every cooperative's page. Filing a report takes the
`monitoring.file_report` permission besides, which the Ethnic Committee has."""

from dataclasses import dataclass

from wagtail.models import Locale

from catalog.models import CooperativePage
from catalog.permissions import SEE_OWN_ORDERS, staffed_cooperatives
from craftsite.text import alphabetical
from monitoring.models import FiledReport

READ_WHOLE_PROGRAMME = "monitoring.view_report"
FILE_REPORTS = "monitoring.file_report"


@dataclass(frozen=True)
class Scope:
    """Whose figures a report covers: the whole programme, or only the cooperatives with
    these translation keys (a cooperative is one cooperative in every language)."""

    cooperatives: frozenset | None = None

    @property
    def whole_programme(self):
        return self.cooperatives is None

    def covers(self, cooperative_key):
        return self.whole_programme or cooperative_key in self.cooperatives

    def narrowed_to(self, cooperative_key):
        return Scope(frozenset([cooperative_key]))


WHOLE_PROGRAMME = Scope()


def may_read_reports(user):
    """Whether to offer the report at all, from the user's permissions alone (no query): the
    admin menu asks this on every page."""
    return user.has_perm(READ_WHOLE_PROGRAMME) or user.has_perm(SEE_OWN_ORDERS)


def scope_of(user):
    """The figures `user` may read, or None when they may read none."""
    if user.has_perm(READ_WHOLE_PROGRAMME):
        return WHOLE_PROGRAMME
    if user.has_perm(SEE_OWN_ORDERS):
        keys = staffed_cooperatives(user).values_list("translation_key", flat=True)
        if keys:
            return Scope(frozenset(keys))
    return None


def may_file_reports(user):
    """Filing is the Ethnic Committee officers' (and administrators'): it takes reading the
    whole programme as well as the permission to file."""
    return user.has_perm(READ_WHOLE_PROGRAMME) and user.has_perm(FILE_REPORTS)


def filed_reports_in(scope):
    """The filed reports a reader of `scope` may read: every one for the whole programme;
    for cooperative staff, those filed about their own cooperative."""
    filed = FiledReport.objects.all()
    if not scope.whole_programme:
        filed = filed.filter(cooperative_key__in=scope.cooperatives)
    return filed


def cooperatives_in(scope):
    """(translation key, title) of the cooperatives `scope` covers, in reading order."""
    pages = CooperativePage.objects.filter(locale=Locale.get_default())
    if not scope.whole_programme:
        pages = pages.filter(translation_key__in=scope.cooperatives)
    return [
        (page.translation_key, page.title)
        for page in alphabetical(pages.only("title", "translation_key"))
    ]
