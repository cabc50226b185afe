"""E-mails about visit requests, sent after commit through the task queue
(craftsite.emails). Subjects carry no words of the visitor's, only the site's. Hosts get
theirs in Vietnamese, visitors in the language they asked in."""

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task

from catalog.permissions import order_managers
from craftsite.emails import COOPERATIVE_LANGUAGE, in_language, mail, site_url
from visits.models import ANSWER_WITHIN, VisitAnswer, VisitRequest


def hosts_to_mail(village):
    """The addresses of the village's active hosts; a village with nobody named yet (or
    nobody with an address) falls to the site administrators, who see every request."""
    hosts = village.visit_hosts.filter(user__is_active=True).exclude(user__email="")
    addresses = list(hosts.values_list("user__email", flat=True))
    if not addresses:
        addresses = list(order_managers().exclude(email="").values_list("email", flat=True))
    return sorted(set(addresses))


@task()
def send_new_request_to_hosts(request_id):
    """The village's hosts hear of the request with a link to answer it in the admin."""
    visit_request = VisitRequest.objects.select_related("village").get(pk=request_id)
    with translation.override(COOPERATIVE_LANGUAGE):
        subject = _("Visit request no. %(number)s to answer") % {"number": visit_request.pk}
        context = {
            "visit_request": visit_request,
            "admin_url": site_url(reverse("visit_requests:edit", args=[visit_request.pk])),
            "answer_within_days": ANSWER_WITHIN.days,
        }
        for address in hosts_to_mail(visit_request.village):
            mail(address, subject, "visits/emails/new_request_for_hosts.txt", context)


def mail_visitor(visit_request, subject, template, **context):
    """Mail the visitor, about the village as it is called in their language (the caller
    has switched to it)."""
    village = in_language(visit_request.village, visit_request.language)
    subject %= {"village": village.title}
    context = {
        "visit_request": visit_request,
        "village": village,
        "answer_within_days": ANSWER_WITHIN.days,
        **context,
    }
    mail(visit_request.email, subject, template, context)


@task()
def send_request_received(request_id):
    """The visitor's acknowledgement. It repeats none of the visitor's free text: it goes to
    whatever address was typed in, and must not carry anyone's message to a stranger."""
    visit_request = VisitRequest.objects.select_related("village").get(pk=request_id)
    with translation.override(visit_request.language):
        mail_visitor(
            visit_request,
            _("Your visit request to %(village)s"),
            "visits/emails/request_received.txt",
        )


@task()
def send_answer(answer_id):
    """The host's answer, to the visitor."""
    answer = VisitAnswer.objects.select_related("request__village").get(pk=answer_id)
    with translation.override(answer.request.language):
        mail_visitor(
            answer.request,
            _("%(village)s answered your visit request"),
            "visits/emails/answer.txt",
            answer=answer,
        )
