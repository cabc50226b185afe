"""Filing a report: its tables are built once in each language of the site and kept with
the issuing body's header, who filed it and when (`FiledReport`). What is read of a filed
report afterwards comes from that copy only, so new orders, changed products or pages never
alter it."""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone, translation

from monitoring.freezing import frozen, thawed
from monitoring.models import FiledReport, ReportIssuer
from monitoring.report import full_report


class FiledMeanwhile(Exception):
    """Another report of the same period and scope was filed at the same moment."""


def language_of(filed, language):
    """The language a filed report is read in: the one asked for when it has it, else the
    site's main language."""
    return language if language in filed.content else settings.LANGUAGE_CODE


def report_of_filing(filed, language):
    """The filed report as a `Report`, in `language`, read from its copy."""
    return thawed(filed.content[language_of(filed, language)])


def issuer_of_filing(filed, language):
    return filed.issuer[language_of(filed, language)]


def frozen_in_every_language(period, scope):
    content = {}
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            content[language] = frozen(full_report(period, scope))
    return content


def current_filing(period, cooperative_key):
    """The latest filing of this period and scope not corrected since, or None."""
    return (
        FiledReport.objects.filter(
            first_day=period.first_day,
            last_day=period.last_day,
            cooperative_key=cooperative_key,
            superseded_by__isnull=True,
        )
        .order_by("-filed_at", "-pk")
        .first()
    )


def file_report(period, scope, cooperative_key, *, user, filing_key, number="", note=""):
    """File the report of `period` for `scope` (narrowed to `cooperative_key`, or the whole
    programme) and return the filing. It supersedes the current filing of the same period
    and scope, which stays. A form sent twice (the same `filing_key`) returns the first
    filing and files nothing more; raises FiledMeanwhile when another filing of the same
    period and scope won a race for superseding the same one."""
    if earlier := FiledReport.objects.filter(filing_key=filing_key).first():
        return earlier
    content = frozen_in_every_language(period, scope)
    corrected = current_filing(period, cooperative_key)
    try:
        with transaction.atomic():
            return FiledReport.objects.create(
                first_day=period.first_day,
                last_day=period.last_day,
                cooperative_key=cooperative_key,
                number=number,
                note=note,
                content=content,
                issuer=ReportIssuer.load().header(),
                filed_by=user,
                filed_by_name=user.get_full_name() or user.get_username(),
                filed_at=timezone.now(),
                supersedes=corrected,
                filing_key=filing_key,
            )
    except IntegrityError:
        if earlier := FiledReport.objects.filter(filing_key=filing_key).first():
            return earlier  # the same form, sent at the same moment, won
        raise FiledMeanwhile from None
