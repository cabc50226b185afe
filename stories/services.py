"""Class registration: seats are shared by every language of a class, the last seat can be
taken only once, and a phone number registers once per class."""

from django.db import IntegrityError, transaction
from wagtail.models import Page

from craftsite.translation import main_language_page
from stories.models import ClassRegistration


class RegistrationError(Exception):
    """A registration that cannot be accepted; the message is for the person registering."""


class AlreadyRegistered(RegistrationError):
    pass


class RegistrationClosed(RegistrationError):
    pass


def register_for_class(event, *, phone, **details):
    """Register a learner for `event`, on the waiting list once the seats are taken.
    `details` are the registration's other fields: name, age, village, and as given the
    guardian's name and the consent fields."""
    if not event.accepts_registrations():
        raise RegistrationClosed
    try:
        with transaction.atomic():
            lock_class(event)
            if event.registrations().filter(phone=phone).exists():
                raise AlreadyRegistered
            status = (
                ClassRegistration.Status.CONFIRMED
                if event.seats_taken() < event.seats
                else ClassRegistration.Status.WAITING
            )
            return ClassRegistration.objects.create(
                event=main_language_page(event),
                phone=phone,
                status=status,
                **details,
            )
    except IntegrityError as error:  # a concurrent request registered the same phone first
        raise AlreadyRegistered from error


def lock_class(event):
    """Serialise registrations for one class (all its translations) until the transaction ends,
    so two people cannot both count a free seat. SQLite serialises writers on its own."""
    list(
        Page.objects.select_for_update()
        .filter(translation_key=event.translation_key)
        .values_list("pk", flat=True)
    )
