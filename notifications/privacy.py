"""How long a staff member's phone stays for Zalo or SMS (craftsite/personal_data.py)."""

from django.db.models import Q

from craftsite.personal_data import PersonalData, Purpose
from notifications.models import Channel, MessagingContact


def expired_contacts(cutoff):
    """Phones of people who left (their account is closed) or who have not signed in since
    `cutoff`: nobody reads the messages any more."""
    return MessagingContact.objects.filter(
        Q(user__is_active=False) | Q(user__last_login__lt=cutoff) | Q(user__last_login=None),
        updated_at__lt=cutoff,
    )


def contacts_of(identifier):
    """The contacts with that phone, confirmed or waiting for its code."""
    return MessagingContact.objects.filter(Q(phone=identifier) | Q(pending_phone=identifier))


# The phone goes, and with it Zalo and SMS: the person gets e-mail only. The messages sent
# stay, for the cooperative's record of what it was told; they hold no phone number.
CONTACTS = PersonalData(
    purpose=Purpose.STAFF_MESSAGING,
    expired=expired_contacts,
    blanks={
        "channel": Channel.EMAIL,
        "phone": "",
        "pending_phone": "",
        "pending_channel": "",
        "code_hash": "",
        "confirmed_at": None,
        "code_expires_at": None,
    },
    of_person=contacts_of,
    hidden=("code_hash",),
)
