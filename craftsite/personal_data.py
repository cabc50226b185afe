"""Personal data kept with consent, for its purpose and for a limited time, as Decree
13/2023/NĐ-CP and the 2025 Personal Data Protection Law ask. A record holding a person's
details (an order, an enquiry, a class registration) says what the person agreed to: the
version of the privacy notice, when, and for which purpose; it is proof of consent if the
person or an inspector asks. Once its purpose is served and the retention period of that
purpose is over, the record's personal details are anonymised, and what the business must
keep (amounts, quantities, dates, statuses) stays.

Each app says which of its records hold personal data with `keep_personal_data` in its
`AppConfig.ready`, so that the command anonymising them (`manage.py
anonymise_personal_data`) and the administrators' page that exports or erases one person's
data (*Settings → Personal data*) read them all without importing the apps above it."""

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.core.validators import validate_email
from django.db import models
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from craftsite.phones import normalise_phone

logger = logging.getLogger(__name__)


class Purpose(models.TextChoices):
    """What a person agreed that their details are used for; each purpose has its own
    retention period in PERSONAL_DATA_RETENTION_DAYS."""

    ORDER = "order", _("Order fulfilment")
    ENQUIRY = "enquiry", _("Answering an enquiry")
    CLASS_REGISTRATION = "class_registration", _("Class registration")
    REVIEW = "review", _("Publishing a product review")
    PROGRAMME_REGISTRY = "programme_registry", _("The programme's registry of makers and learners")
    VISIT_REQUEST = "visit_request", _("Arranging a village visit")
    STAFF_MESSAGING = "staff_messaging", _("Messages to cooperative staff by Zalo or SMS")


class PersonalRecord(models.Model):
    """What a record holding personal data keeps of the person's consent, and when its
    details were anonymised. Records made before consent was recorded have none."""

    consent_notice_version = models.CharField(
        _("privacy notice agreed to"), max_length=20, blank=True, editable=False
    )
    consent_at = models.DateTimeField(_("consent given at"), null=True, editable=False)
    consent_purpose = models.CharField(
        _("consent given for"), max_length=20, choices=Purpose.choices, blank=True, editable=False
    )
    anonymised_at = models.DateTimeField(
        _("personal data anonymised at"), null=True, blank=True, editable=False
    )

    class Meta:
        abstract = True


def consent_given(purpose):
    """The consent fields of a record whose form, with its consent box ticked, was just
    accepted: the privacy notice the person saw is the one in force now."""
    return {
        "consent_notice_version": settings.PRIVACY_NOTICE_VERSION,
        "consent_at": timezone.now(),
        "consent_purpose": purpose,
    }


def retention_cutoff(purpose, now=None):
    """Records of `purpose` whose retention period started before this moment are kept no
    longer."""
    days = settings.PERSONAL_DATA_RETENTION_DAYS[purpose]
    return (now or timezone.now()) - timedelta(days=days)


@dataclass(frozen=True)
class PersonalData:
    """One kind of record holding personal data: `expired(cutoff)` is the queryset of those
    whose retention period started before `cutoff`, `blanks` the values that replace their
    personal details, `of_person(identifier)` the queryset of one person's, found by phone
    number or e-mail (as `person_identifier` writes them), `still_needed` the condition of
    records whose details their purpose still needs (an order not yet finished): neither
    the retention nor an erasure touches them, and `hidden` the fields an export leaves
    out: secrets of the site, not data about the person. `forget_related(records)`, when
    given, blanks what rows of other tables hold about the people of `records` (an order's
    gift messages, kept with each parcel)."""

    purpose: str
    expired: Callable[[datetime], QuerySet]
    blanks: dict
    of_person: Callable[[str], QuerySet]
    still_needed: Q = field(default_factory=Q)
    hidden: tuple = ()
    forget_related: Callable[[QuerySet], object] | None = None

    def export(self, records):
        """Each of `records` as a dict of its fields, but the hidden ones."""
        fields = records.model._meta.concrete_fields
        return list(records.values(*(f.attname for f in fields if f.name not in self.hidden)))

    def anonymise(self, records):
        """Replace the personal details of `records` by `blanks` and mark them anonymised;
        those already anonymised or still needed are left alone. Returns how many changed."""
        records = records.filter(anonymised_at__isnull=True).exclude(self.still_needed)
        if self.forget_related:
            self.forget_related(records)
        return records.update(**self.blanks, anonymised_at=timezone.now())


KINDS = []


def keep_personal_data(kind):
    """Register a kind of record for anonymisation; called from the owning app's
    `AppConfig.ready`."""
    if kind not in KINDS:
        KINDS.append(kind)


def anonymise_expired(now=None):
    """Anonymise every record past its retention period and log how many of each purpose.
    Records already anonymised are left alone, so running again changes nothing."""
    counts = {}
    for kind in KINDS:
        counts[kind.purpose] = kind.anonymise(kind.expired(retention_cutoff(kind.purpose, now)))
        logger.info("Anonymised %d record(s) of %s.", counts[kind.purpose], kind.purpose)
    return counts


def person_identifier(value):
    """A phone number or an e-mail address as records store them, so that one person is
    found however they typed it: the phone in E.164 (+84912345678), the e-mail in lower
    case. Raises ValidationError for anything else."""
    value = value.strip()
    if "@" not in value:
        return normalise_phone(value)
    validate_email(value)
    return value.lower()


def export_person(identifier):
    """Every record of the person with `identifier`, by purpose, for them to take away."""
    return {kind.purpose: kind.export(kind.of_person(identifier)) for kind in KINDS}


def count_person(identifier):
    """How many records of each purpose hold the person's details, anonymised ones aside."""
    return {
        kind.purpose: kind.of_person(identifier).filter(anonymised_at__isnull=True).count()
        for kind in KINDS
    }


def erase_person(identifier):
    """Anonymise every record of the person with `identifier` now, as they asked, whatever
    the retention periods, but those their purpose still needs (an order on its way keeps
    the address it goes to); returns how many of each purpose changed. Every kind's records
    are found before any is anonymised: a review is found through its order's phone, which
    anonymising the order blanks."""
    found = [(kind, pinned(kind.of_person(identifier))) for kind in KINDS]
    return {kind.purpose: kind.anonymise(records) for kind, records in found}


def pinned(records):
    """`records` as the rows they are now, whatever changes later to what selected them."""
    return records.model.objects.filter(pk__in=list(records.values_list("pk", flat=True)))
