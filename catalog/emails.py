"""E-mails about orders. They are sent through the task queue once the transaction that
changed the order has committed, so a rolled-back order never mails anyone and a slow mail
server never slows the checkout. Buyers get them in the language they ordered in;
cooperatives get theirs in Vietnamese."""

from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task
from wagtail.models import Site

COOPERATIVE_LANGUAGE = "vi"


def after_commit(send, instance):
    """Queue `send` for `instance` when the current transaction commits."""
    transaction.on_commit(lambda: send.enqueue(instance.pk))


def site_url(path):
    site = Site.objects.filter(is_default_site=True).first()
    return (site.root_url if site else "") + path


def order_url(order):
    with translation.override(order.language):
        return site_url(reverse("order", args=[order.token]))


def mail(to, subject, template, context):
    context = {**context, "subject": subject}
    send_mail(subject, render_to_string(template, context), None, [to])


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
