"""E-mails about orders and wholesale enquiries. They are sent through the task queue once
the transaction that changed the order or enquiry has committed, so a rolled-back change
never mails anyone and a slow mail server never slows the buyer down. Buyers get them in the
language they wrote in; cooperatives get theirs in Vietnamese."""

from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task
from wagtail.models import Site

from catalog.models.enquiries import ANSWER_WITHIN

COOPERATIVE_LANGUAGE = "vi"


def after_commit(send, instance):
    """Queue `send` for `instance` when the current transaction commits."""
    transaction.on_commit(lambda: send.enqueue(instance.pk))


def site_url(path):
    site = Site.objects.filter(is_default_site=True).first()
    return (site.root_url if site else "") + path


def order_url(order):
    with translation.override(order.language):
        return site_url(order.get_absolute_url())


def mail(to, subject, template, context, reply_to=()):
    context = {**context, "subject": subject}
    EmailMessage(subject, render_to_string(template, context), to=[to], reply_to=reply_to).send()


def mail_buyer(order, subject, template, **context):
    with translation.override(order.language):
        context = {"order": order, "order_url": order_url(order), **context}
        mail(order.email, subject % {"code": order.code}, template, context)


def load_order(order_id):
    from catalog.models import Order

    return Order.objects.prefetch_related("fulfilments__cooperative", "lines").get(pk=order_id)


@task()
def send_order_received(order_id):
    order = load_order(order_id)
    with translation.override(order.language):
        mail_buyer(order, _("Your order %(code)s"), "catalog/emails/order_received.txt")


@task()
def send_payment_received(order_id):
    order = load_order(order_id)
    with translation.override(order.language):
        mail_buyer(order, _("Payment received for order %(code)s"), "catalog/emails/paid.txt")


@task()
def send_payment_reminder(order_id):
    order = load_order(order_id)
    with translation.override(order.language):
        mail_buyer(
            order, _("Order %(code)s is waiting for your transfer"), "catalog/emails/reminder.txt"
        )


@task()
def send_shipped(fulfilment_id):
    from catalog.models import Fulfilment

    part = Fulfilment.objects.select_related("order", "cooperative").get(pk=fulfilment_id)
    order = part.order
    with translation.override(order.language):
        mail_buyer(
            order,
            _("Part of order %(code)s is on its way"),
            "catalog/emails/shipped.txt",
            part=part,
        )


@task()
def send_new_order_to_cooperatives(order_id):
    """Each cooperative with an e-mail address hears of its own part only."""
    order = load_order(order_id)
    with translation.override(COOPERATIVE_LANGUAGE):
        for part in order.fulfilments.all():
            if not part.cooperative.email:
                continue
            lines = [line for line in order.lines.all() if line.fulfilment_id == part.pk]
            admin_url = site_url(reverse("fulfilments:edit", args=[part.pk]))
            mail(
                part.cooperative.email,
                _("New order %(code)s to pack") % {"code": order.code},
                "catalog/emails/new_order_for_cooperative.txt",
                {"order": order, "part": part, "lines": lines, "admin_url": admin_url},
            )


# Wholesale enquiries. Subjects carry no words of the buyer's, only the site's.


def load_enquiry(enquiry_id):
    from catalog.models import Enquiry

    return Enquiry.objects.select_related("cooperative", "product").get(pk=enquiry_id)


def in_language(page, language):
    """`page` in `language` where it has a live translation, else `page` itself: a buyer
    reads the cooperative's name and follows links in their own language."""
    return (
        page.get_translations(inclusive=True).live().filter(locale__language_code=language).first()
        or page
    )


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
    """The cooperative hears of the enquiry with a link to answer it in the admin; without
    an e-mail address it finds the enquiry in its admin inbox only."""
    enquiry = load_enquiry(enquiry_id)
    if not enquiry.cooperative.email:
        return
    with translation.override(COOPERATIVE_LANGUAGE):
        mail(
            enquiry.cooperative.email,
            _("Wholesale enquiry no. %(number)s to answer") % {"number": enquiry.pk},
            "catalog/emails/new_enquiry_for_cooperative.txt",
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
            enquiry, _("Your enquiry to %(cooperative)s"), "catalog/emails/enquiry_received.txt"
        )


@task()
def send_enquiry_reply(reply_id):
    """The cooperative's reply, to the buyer; answering the e-mail writes to the cooperative."""
    from catalog.models import EnquiryReply

    reply = EnquiryReply.objects.select_related("enquiry__cooperative").get(pk=reply_id)
    enquiry = reply.enquiry
    with translation.override(enquiry.language):
        mail_enquirer(
            enquiry,
            _("%(cooperative)s answered your enquiry"),
            "catalog/emails/enquiry_reply.txt",
            reply_to=[enquiry.cooperative.email] if enquiry.cooperative.email else [],
            reply=reply,
        )
