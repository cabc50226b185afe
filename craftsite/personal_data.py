"""Personal data kept with consent, for its purpose and for a limited time, as Decree
13/2023/NĐ-CP and the 2025 Personal Data Protection Law ask. A record holding a person's
details (an order, an enquiry, a class registration) says what the person agreed to: the
version of the privacy notice, when, and for which purpose; it is proof of consent if the
person or an inspector asks."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Purpose(models.TextChoices):
    """What a person agreed that their details are used for."""

    ORDER = "order", _("Order fulfilment")
    ENQUIRY = "enquiry", _("Answering an enquiry")
    CLASS_REGISTRATION = "class_registration", _("Class registration")


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
