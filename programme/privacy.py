"""How long a person's details stay in the programme's registry
(craftsite/personal_data.py)."""

from craftsite.personal_data import PersonalData, Purpose
from programme.models import RegisteredPerson


def expired_entries(cutoff):
    """Entries the Department has not reviewed since `cutoff`: a person still taking part
    has their entry looked at, and saved, at least every few years."""
    return RegisteredPerson.objects.filter(updated_at__lt=cutoff)


def entries_of(identifier):
    """The entries with the person's phone number; the registry keeps no e-mail."""
    return RegisteredPerson.objects.filter(phone=identifier)


# The name, phone, commune, the witness's name and the link to the public page (which names
# the person) go; gender, year of birth, ethnic group, crafts, cooperative and roles stay,
# counted without a name in the programme's report.
REGISTRY = PersonalData(
    purpose=Purpose.PROGRAMME_REGISTRY,
    expired=expired_entries,
    blanks={"name": "", "phone": "", "commune": "", "consent_witness": "", "artisan_page": None},
    of_person=entries_of,
)
