"""What other apps call to tell a cooperative's staff of new work: one function per kind of
message, each with its words and its one-tap link. The links are made here only, one
function per kind, so that moving staff to other screens (the light back office at /htx/)
changes one place. Texts are in Vietnamese, the cooperatives' language, and short: an SMS
sends them without diacritics with the link in 160 characters."""

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from craftsite.emails import COOPERATIVE_LANGUAGE, site_url
from notifications.models import Kind
from notifications.sending import notify_cooperative


def order_part_link(part_id):
    """Where staff pack and ship their part of an order: its card on the back office's
    orders to send, light enough for the phone the message reached on a weak signal."""
    return site_url(f"{reverse('backoffice:orders')}#part-{part_id}")


def enquiry_link(enquiry_id):
    """Where staff answer a wholesale enquiry."""
    return site_url(reverse("enquiries:edit", args=[enquiry_id]))


def payout_link():
    """Where staff see the month's money and confirm a payout arrived."""
    return site_url(reverse("statements"))


def new_order_text(code):
    with translation.override(COOPERATIVE_LANGUAGE):
        return _("New order %(code)s to pack") % {"code": code}


def notify_new_order_part(part):
    """A cooperative's part of a new order (an orders.Fulfilment) waits to be packed."""
    return notify_cooperative(
        part.cooperative,
        Kind.NEW_ORDER,
        f"fulfilment:{part.pk}",
        part.order.code,
        new_order_text(part.order.code),
        order_part_link(part.pk),
    )


def notify_new_enquiry(enquiry):
    """A wholesale enquiry (enquiries.Enquiry) waits for the cooperative's quote."""
    with translation.override(COOPERATIVE_LANGUAGE):
        text = _("Quote request no. %(number)s to answer") % {"number": enquiry.pk}
    return notify_cooperative(
        enquiry.cooperative,
        Kind.NEW_ENQUIRY,
        f"enquiry:{enquiry.pk}",
        str(enquiry.pk),
        text,
        enquiry_link(enquiry.pk),
    )


def notify_order_part_overdue(part, days):
    """A part of an order still not packed `days` after it was confirmed."""
    with translation.override(COOPERATIVE_LANGUAGE):
        text = _("Order %(code)s waits more than %(days)d days to be packed") % {
            "code": part.order.code,
            "days": days,
        }
    return notify_cooperative(
        part.cooperative,
        Kind.ORDER_OVERDUE,
        f"fulfilment:{part.pk}",
        part.order.code,
        text,
        order_part_link(part.pk),
    )


def notify_enquiry_overdue(enquiry, days):
    """A wholesale enquiry still unanswered after `days` (craftsite.overdue)."""
    with translation.override(COOPERATIVE_LANGUAGE):
        text = _("Quote request no. %(number)s unanswered for more than %(days)d days") % {
            "number": enquiry.pk,
            "days": days,
        }
    return notify_cooperative(
        enquiry.cooperative,
        Kind.ENQUIRY_OVERDUE,
        f"enquiry:{enquiry.pk}",
        str(enquiry.pk),
        text,
        enquiry_link(enquiry.pk),
    )


def notify_payout_sent(payout):
    """The shop sent the cooperative a payout (payments.Payout) to its bank account."""
    with translation.override(COOPERATIVE_LANGUAGE):
        amount = f"{payout.amount:,}".replace(",", ".")  # as Vietnamese write it
        text = _("The shop sent %(amount)s đồng to your bank account") % {"amount": amount}
    return notify_cooperative(
        payout.cooperative,
        Kind.PAYOUT_SENT,
        f"payout:{payout.pk}",
        payout.bank_reference or str(payout.pk),
        text,
        payout_link(),
    )
