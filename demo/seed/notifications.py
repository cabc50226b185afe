"""Seed how the demo's cooperative staff receive messages: htx-konkotu by Zalo and
htx-dakrang by SMS, phones confirmed, and a short illustrative history of messages about
their cooperatives' newest demo orders. Nothing is sent: the history is written as it would
stand. Data from demo/data/notifications.yaml."""

from django.contrib.auth import get_user_model
from django.utils import timezone

from catalog.permissions import staffed_cooperatives
from craftsite.personal_data import Purpose, consent_given
from demo.data import load
from notifications.models import Kind, Message, MessagingContact, Status
from notifications.notices import new_order_text, order_part_link
from orders.models import Fulfilment


def seed_notifications():
    """Create the demo's contacts and messages unless they exist; returns how many contacts
    were made."""
    data = load("notifications")
    made = 0
    for username, channel, phone in data["contacts"]:
        user = get_user_model().objects.filter(username=username).first()
        if user is None or MessagingContact.objects.filter(user=user).exists():
            continue
        MessagingContact.objects.create(
            user=user,
            channel=channel,
            phone=phone,
            confirmed_at=timezone.now(),
            **consent_given(Purpose.STAFF_MESSAGING),
        )
        seed_history(user, channel, data)
        made += 1
    return made


def seed_history(user, channel, data):
    statuses = data["history_statuses"]
    parts = (
        Fulfilment.objects.filter(cooperative__in=staffed_cooperatives(user))
        .select_related("order")
        .order_by("-order__created_at")[: len(statuses)]
    )
    Message.objects.bulk_create(
        Message(
            recipient=user,
            kind=Kind.NEW_ORDER,
            topic=f"fulfilment:{part.pk}",
            channel=channel,
            reference=part.order.code,
            text=new_order_text(part.order.code),
            link=order_part_link(part.pk),
            status=status,
            attempts=1,
            sent_at=part.order.created_at,
            delivered_at=part.order.created_at if status == Status.DELIVERED else None,
            last_error=data["emailed_error"] if status == Status.EMAILED else "",
        )
        for part, status in zip(parts, statuses, strict=False)
    )
