"""Sending e-mail: through the task queue, once the transaction that caused it has committed,
so a rolled-back change never mails anyone and a slow mail server never slows a visitor down.
Cooperatives get their e-mails in Vietnamese. This module imports no app."""

from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from wagtail.models import Site

COOPERATIVE_LANGUAGE = "vi"


def after_commit(send, instance):
    """Queue `send` for `instance` when the current transaction commits."""
    transaction.on_commit(lambda: send.enqueue(instance.pk))


def site_url(path):
    site = Site.objects.filter(is_default_site=True).first()
    return (site.root_url if site else "") + path


def mail(to, subject, template, context, reply_to=()):
    context = {**context, "subject": subject}
    EmailMessage(subject, render_to_string(template, context), to=[to], reply_to=reply_to).send()


def in_language(page, language):
    """`page` in `language` where it has a live translation, else `page` itself: a buyer
    reads the cooperative's name and follows links in their own language."""
    return (
        page.get_translations(inclusive=True).live().filter(locale__language_code=language).first()
        or page
    )
