"""Messages to a cooperative's staff: stored first, one per person and thing, then sent
after commit through the task queue by the channel each person chose. A failure worth
retrying waits for its next try (`send_due_messages`, with backoff); one that is not, or
one that failed too often, goes by e-mail at once. Until a person's phone is confirmed, or
while the site has no credentials for their channel, they get no Zalo or SMS: the
cooperative's e-mail (orders.emails, enquiries.emails) reaches them as before."""

import logging
from datetime import timedelta

from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django_tasks import task

from catalog.staff import staff_group_of
from craftsite.emails import COOPERATIVE_LANGUAGE
from notifications import sms, zalo
from notifications.errors import PermanentFailure, TransientFailure
from notifications.models import Channel, Message, MessagingContact, Status

logger = logging.getLogger(__name__)

PROVIDERS = {Channel.ZALO: zalo, Channel.SMS: sms}
# Tries before a message goes by e-mail instead, and the wait after each failed one: a
# provider's outage of a few minutes is ridden out, one of a few hours is not waited for.
MAX_ATTEMPTS = 5
BACKOFF = (timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=15), timedelta(hours=1))
NO_LONGER_BY_PHONE = _("The person no longer receives messages on this phone.")
NOT_DELIVERED = _("The messaging service could not deliver it to the phone.")
# How long a try holds its message: another worker leaves it alone meanwhile.
LEASE = timedelta(minutes=2)


def channel_available(channel):
    """Whether the site can send by `channel` now (its credentials are set)."""
    return channel == Channel.EMAIL or PROVIDERS[channel].is_configured()


def phone_channels_available():
    """The phone channels the site has credentials for; none means e-mail only."""
    return [channel for channel in PROVIDERS if channel_available(channel)]


def phone_channel_of(user):
    """The channel `user` is reached by on their phone, or None: they chose e-mail, their
    phone is not confirmed, or the site cannot send by their channel."""
    contact = MessagingContact.objects.filter(user=user).first()
    if contact and contact.reachable_by_phone and channel_available(contact.channel):
        return contact.channel
    return None


def staff_of(cooperative):
    """The active members of the cooperative's staff group."""
    group = staff_group_of(cooperative)
    if group is None:
        return []
    return list(group.user_set.filter(is_active=True).select_related("messaging_contact"))


def notify_cooperative(cooperative, kind, topic, reference, text, link):
    """Queue `text` (with its one-tap `link`) for every staff member of `cooperative` who
    reads Zalo or SMS, once per person, `kind` and `topic`: a second call about the same
    thing (an order confirmed twice, a daily check run again) sends nothing. Sending starts
    when the current transaction commits. Returns the new messages."""
    queued = []
    for user in staff_of(cooperative):
        channel = phone_channel_of(user)
        if channel is None:
            continue
        message = store_once(
            recipient=user,
            kind=kind,
            topic=topic,
            channel=channel,
            reference=reference,
            text=text[: Message._meta.get_field("text").max_length],
            link=link,
            next_attempt_at=timezone.now(),
        )
        if message:
            queued.append(message)
            transaction.on_commit(lambda pk=message.pk: deliver.enqueue(pk))
    return queued


def store_once(**fields):
    """The new message, or None when its person already has one of its kind and topic."""
    try:
        with transaction.atomic():
            return Message.objects.create(**fields)
    except IntegrityError:
        return None


@task()
def deliver(message_id):
    attempt_delivery(message_id)


def send_due_messages(now=None):
    """Try again every message whose next try is due. Returns how many were tried."""
    now = now or timezone.now()
    due = list(Message.objects.due(now).values_list("pk", flat=True))
    for pk in due:
        attempt_delivery(pk, now)
    return len(due)


def attempt_delivery(message_id, now=None):
    """One try at sending the message, if it still waits and no other worker is trying it
    (the try is claimed by raising its count, on the condition that nobody did first)."""
    now = now or timezone.now()
    message = Message.objects.filter(pk=message_id, status=Status.QUEUED).first()
    if message is None:
        return None
    claimed = Message.objects.filter(
        pk=message.pk, status=Status.QUEUED, attempts=message.attempts
    ).update(attempts=F("attempts") + 1, next_attempt_at=now + LEASE)
    if not claimed:
        return None
    message.attempts += 1
    if phone_channel_of(message.recipient) != message.channel:
        return send_by_email(message, in_staff_language(NO_LONGER_BY_PHONE))
    phone = message.recipient.messaging_contact.phone
    try:
        provider_id = PROVIDERS[message.channel].send(message, phone)
    except TransientFailure as error:
        return retry_later(message, in_staff_language(error), now)
    except PermanentFailure as error:
        return send_by_email(message, in_staff_language(error))
    message.status, message.sent_at = Status.SENT, now
    message.provider_message_id, message.last_error = provider_id, ""
    message.save()
    return message


def in_staff_language(error):
    """What went wrong, as the message list shows it to the cooperative's staff."""
    with translation.override(COOPERATIVE_LANGUAGE):
        return str(error)


def retry_later(message, error, now):
    """Wait longer after each failed try; after MAX_ATTEMPTS, e-mail instead."""
    if message.attempts >= MAX_ATTEMPTS:
        return send_by_email(message, error)
    message.last_error = error[:300]
    message.next_attempt_at = now + BACKOFF[min(message.attempts, len(BACKOFF)) - 1]
    message.save(update_fields=["last_error", "next_attempt_at"])
    return message


def send_by_email(message, error):
    """The message, to the person's own e-mail address, since their phone cannot get it."""
    message.last_error = error[:300]
    address = message.recipient.email
    if address:
        EmailMessage(message.text, f"{message.text}\n\n{message.link}\n", to=[address]).send()
        message.status = Status.EMAILED
    else:
        message.status = Status.FAILED
    message.next_attempt_at = None
    message.save()
    logger.info("Message %s not sent by %s: %s", message.pk, message.channel, error)
    return message


def mark_delivered(channel, provider_message_id, message_id=None):
    """The provider says the phone got the message. Returns how many messages changed (0
    for an unknown id, or one already marked)."""
    if not provider_message_id:
        return 0
    messages = Message.objects.filter(
        channel=channel, provider_message_id=provider_message_id, status=Status.SENT
    )
    if message_id is not None:
        messages = messages.filter(pk=message_id)
    return messages.update(status=Status.DELIVERED, delivered_at=timezone.now())


def mark_undelivered(channel, provider_message_id, message_id):
    """The provider gave up on the message: it goes by e-mail."""
    message = Message.objects.filter(
        pk=message_id,
        channel=channel,
        provider_message_id=provider_message_id,
        status=Status.SENT,
    ).first()
    if message:
        send_by_email(message, in_staff_language(NOT_DELIVERED))
    return message
