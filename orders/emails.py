"""E-mails about orders, sent after commit through the task queue (craftsite.emails). Buyers
get them in the language they ordered in; cooperatives get theirs in Vietnamese."""

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_tasks import task

from craftsite.emails import COOPERATIVE_LANGUAGE, mail, site_url
from notifications.notices import notify_new_order_part, notify_order_part_overdue
from orders.models import Fulfilment, Order

# How long a cooperative has to pack its part of a confirmed order before its staff are
# reminded, as long as a wholesale enquiry has for its answer (enquiries.ANSWER_WITHIN).


def order_url(order):
    with translation.override(order.language):
        return site_url(order.get_absolute_url())


def mail_buyer(order, subject, template, **context):
    """Mail the buyer at the address they typed, which nobody has confirmed: the templates
    repeat only the order's own facts and the buyer's name and address (plain words, see
    checkout.forms.CheckoutForm), never the note, which only the cooperatives read."""
    with translation.override(order.language):
        context = {"order": order, "order_url": order_url(order), **context}
        mail(order.email, subject % {"code": order.code}, template, context)


def load_order(order_id):
    return Order.objects.prefetch_related("fulfilments__cooperative", "lines").get(pk=order_id)


@task()
def send_order_received(order_id):
    order = load_order(order_id)
    with translation.override(order.language):
        mail_buyer(order, _("Your order %(code)s"), "orders/emails/order_received.txt")


@task()
def send_payment_received(order_id):
    order = load_order(order_id)
    with translation.override(order.language):
        mail_buyer(order, _("Payment received for order %(code)s"), "orders/emails/paid.txt")


@task()
def send_payment_reminder(order_id):
    order = load_order(order_id)
    with translation.override(order.language):
        mail_buyer(
            order, _("Order %(code)s is waiting for your transfer"), "orders/emails/reminder.txt"
        )


def mail_buyer_about_part(fulfilment_id, subject, template):
    """Tell the buyer, in the order's language, where one cooperative's parcel has got to."""
    part = Fulfilment.objects.select_related("order", "cooperative").get(pk=fulfilment_id)
    mail_buyer(part.order, subject, template, part=part)


@task()
def send_shipped(fulfilment_id):
    mail_buyer_about_part(
        fulfilment_id,
        gettext_lazy("Part of order %(code)s is on its way"),
        "orders/emails/shipped.txt",
    )


@task()
def send_ready_to_collect(fulfilment_id):
    mail_buyer_about_part(
        fulfilment_id,
        gettext_lazy("Part of order %(code)s is ready to collect"),
        "orders/emails/ready_to_collect.txt",
    )


@task()
def send_new_order_to_cooperatives(order_id):
    """Each cooperative hears of its own part only: by e-mail when it has an address, and
    its staff who read Zalo or SMS there (notifications)."""
    order = load_order(order_id)
    with translation.override(COOPERATIVE_LANGUAGE):
        for part in order.fulfilments.all():
            notify_new_order_part(part)
            if not part.cooperative.email:
                continue
            lines = [line for line in order.lines.all() if line.fulfilment_id == part.pk]
            admin_url = site_url(reverse("fulfilments:edit", args=[part.pk]))
            mail(
                part.cooperative.email,
                _("New order %(code)s to pack") % {"code": order.code},
                "orders/emails/new_order_for_cooperative.txt",
                {"order": order, "part": part, "lines": lines, "admin_url": admin_url},
            )


def notify_overdue_parts(now):
    """The daily check (notifications.overdue): each part waiting too long is told to its
    cooperative's staff, once."""
    overdue = Fulfilment.objects.unanswered_for_too_long(now).select_related("order", "cooperative")
    parts = list(overdue)
    for part in parts:
        notify_order_part_overdue(part, Fulfilment.ANSWER_WITHIN.days)
    return len(parts)
