"""How long a learner's details stay with their class registration
(craftsite/personal_data.py)."""

from craftsite.personal_data import PersonalData, Purpose
from stories.models import ClassRegistration


def expired_registrations(cutoff):
    """Registrations for classes that ended before `cutoff`: the organisers need the
    learner's details until the class is over, however early they registered."""
    return ClassRegistration.objects.filter(event__ends_at__lt=cutoff)


def registrations_of(identifier):
    """The registrations with the learner's phone number; they give no e-mail."""
    return ClassRegistration.objects.filter(phone=identifier)


# The learner's name, phone and village and the guardian's name go; the age, the status
# and whether they completed the class stay for the programme's count of young learners.
REGISTRATIONS = PersonalData(
    purpose=Purpose.CLASS_REGISTRATION,
    expired=expired_registrations,
    blanks={"name": "", "phone": "", "village": "", "guardian_name": ""},
    of_person=registrations_of,
)
