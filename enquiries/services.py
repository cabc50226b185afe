"""Wholesale enquiries, from the buyer's form to the cooperative's answer and the deal's
outcome. Each step runs in one transaction and mails whoever needs to know once it has
committed (see `enquiries.emails`)."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from craftsite.emails import after_commit
from craftsite.translation import main_language_page
from enquiries import emails
from enquiries.models import Enquiry, EnquiryReply


@transaction.atomic
def receive_enquiry(cooperative, *, language, product=None, **details):
    """Store a buyer's enquiry to `cooperative` (in whichever language the buyer saw it) and,
    once committed, mail it to the cooperative and an acknowledgement to the buyer. The
    enquiry points at the cooperative's page in the site's main language, as an order's
    parts do, so that its staff and the yearly report find one cooperative."""
    enquiry = Enquiry.objects.create(
        cooperative=main_language_page(cooperative), product=product, language=language, **details
    )
    after_commit(emails.send_new_enquiry_to_cooperative, enquiry)
    after_commit(emails.send_enquiry_received, enquiry)
    return enquiry


def locked(enquiry):
    """The enquiry read again with its row locked until the transaction ends, so that two
    staff members answering at once both count, and the first answer keeps its time."""
    return Enquiry.objects.select_for_update().get(pk=enquiry.pk)


@transaction.atomic
def answer_enquiry(enquiry, body, user):
    """Record the cooperative's reply and, once committed, mail it to the buyer. The first
    reply moves a new enquiry to answered; one already quoted, won or lost keeps its
    status."""
    enquiry = locked(enquiry)
    reply = EnquiryReply.objects.create(enquiry=enquiry, body=body, user=user)
    if enquiry.status == Enquiry.Status.NEW:
        set_status(enquiry, Enquiry.Status.ANSWERED)
    after_commit(emails.send_enquiry_reply, reply)
    return reply


@transaction.atomic
def change_enquiry_status(enquiry, status):
    """Follow the deal: answered, quoted, won or lost. Staff may have answered by phone, so
    leaving new counts as answering: the enquiry is no longer flagged as waiting."""
    enquiry = locked(enquiry)
    set_status(enquiry, status)
    return enquiry


def set_status(enquiry, status):
    """Change the status (raising TransitionNotAllowed for a move the table forbids); the
    time of the first answer is kept once set."""
    enquiry.become(status, _("An enquiry cannot go back to new."))
    enquiry.answered_at = enquiry.answered_at or timezone.now()
    enquiry.save(update_fields=["status", "answered_at"])
