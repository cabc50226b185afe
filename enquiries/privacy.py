"""How long a wholesale buyer's details stay with their enquiry
(craftsite/personal_data.py)."""

from django.db.models import Q

from craftsite.personal_data import PersonalData, Purpose
from enquiries.models import Enquiry


def expired_enquiries(cutoff):
    """Enquiries received before `cutoff`, whatever their status: a deal not closed by then
    is over."""
    return Enquiry.objects.filter(created_at__lt=cutoff)


def enquiries_of(identifier):
    """The enquiries with the buyer's phone number or e-mail."""
    return Enquiry.objects.filter(Q(phone=identifier) | Q(email__iexact=identifier))


# Who asked and how to reach them go, with their message; what was asked for, how many,
# when and how the deal went stay for the programme's report.
ENQUIRIES = PersonalData(
    purpose=Purpose.ENQUIRY,
    expired=expired_enquiries,
    blanks={"name": "", "organisation": "", "email": "", "phone": "", "message": ""},
    of_person=enquiries_of,
)
