"""E-mails about wholesale enquiries, sent after commit through the task queue
(craftsite.emails). Subjects carry no words of the buyer's, only the site's."""

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task

from craftsite.emails import COOPERATIVE_LANGUAGE, in_language, mail, site_url
from enquiries.models import ANSWER_WITHIN, Enquiry, EnquiryReply
from notifications.notices import notify_enquiry_overdue, notify_new_enquiry


def load_enquiry(enquiry_id):
    return Enquiry.objects.select_related("cooperative", "product").get(pk=enquiry_id)


def mail_enquirer(enquiry, subject, template, reply_to=(), **context):
    """Mail the buyer of `enquiry`, about the cooperative as it is called in their language
    (the caller has switched to it)."""
    cooperative = in_language(enquiry.cooperative, enquiry.language)
    context = {
        "enquiry": enquiry,
        "cooperative": cooperative,
        "answer_within_days": ANSWER_WITHIN.days,
        **context,
    }
    subject %= {"cooperative": cooperative.title}
    mail(enquiry.email, subject, template, context, reply_to=reply_to)


@task()
def send_new_enquiry_to_cooperative(enquiry_id):
    """The cooperative hears of the enquiry with a link to answer it in the admin: its
    staff who read Zalo or SMS there (notifications), and its e-mail address, if it has
    one; without either it finds the enquiry in its admin inbox only."""
    enquiry = load_enquiry(enquiry_id)
    notify_new_enquiry(enquiry)
    if not enquiry.cooperative.email:
        return
    with translation.override(COOPERATIVE_LANGUAGE):
        mail(
            enquiry.cooperative.email,
            _("Wholesale enquiry no. %(number)s to answer") % {"number": enquiry.pk},
            "enquiries/emails/new_enquiry_for_cooperative.txt",
            {
                "enquiry": enquiry,
                "admin_url": site_url(reverse("enquiries:edit", args=[enquiry.pk])),
                "answer_within_days": ANSWER_WITHIN.days,
            },
        )


@task()
def send_enquiry_received(enquiry_id):
    """The buyer's acknowledgement. It repeats none of the buyer's free text: it goes to
    whatever address was typed in, and must not carry anyone's message to a stranger."""
    enquiry = load_enquiry(enquiry_id)
    with translation.override(enquiry.language):
        mail_enquirer(
            enquiry, _("Your enquiry to %(cooperative)s"), "enquiries/emails/enquiry_received.txt"
        )


@task()
def send_enquiry_reply(reply_id):
    """The cooperative's reply, to the buyer; answering the e-mail writes to the cooperative."""
    reply = EnquiryReply.objects.select_related("enquiry__cooperative").get(pk=reply_id)
    enquiry = reply.enquiry
    with translation.override(enquiry.language):
        mail_enquirer(
            enquiry,
            _("%(cooperative)s answered your enquiry"),
            "enquiries/emails/enquiry_reply.txt",
            reply_to=[enquiry.cooperative.email] if enquiry.cooperative.email else [],
            reply=reply,
        )


def notify_overdue_enquiries(now):
    """The daily check (notifications.overdue): each enquiry still new after ANSWER_WITHIN
    (craftsite.overdue's rule) is told to its cooperative's staff, once."""
    overdue = Enquiry.objects.unanswered_for_too_long(now).select_related("cooperative")
    for enquiry in overdue:
        notify_enquiry_overdue(enquiry, ANSWER_WITHIN.days)
    return len(overdue)
