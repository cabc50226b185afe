"""A phone is used for Zalo or SMS only once its owner typed the code sent to it: a typo in
a number would otherwise send a cooperative's orders to a stranger. The code has six
digits, is kept only as an HMAC with the site's secret, lasts ten minutes, dies after five
wrong tries, and only a few are sent per person and per number in a while."""

import hashlib
import hmac
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from craftsite.personal_data import Purpose, consent_given
from craftsite.ratelimit import count_attempt
from notifications.errors import PermanentFailure, TransientFailure
from notifications.models import Channel, MessagingContact
from notifications.sending import PROVIDERS, channel_available

CODE_DIGITS = 6
CODE_LIFETIME = timedelta(minutes=10)
MAX_WRONG_CODES = 5
# Codes sent per person, and per number, within CODES_WINDOW: enough for a code that did
# not arrive and a second try, too few to flood a stranger's phone through the form.
MAX_CODES = 3
CODES_WINDOW = 60 * 60


class ConfirmationRefused(Exception):
    """Why a code was not sent or not accepted, in words for the staff member."""


def code_digest(user_pk, phone, code):
    message = f"phone-code:{user_pk}:{phone}:{code}".encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()


def new_code():
    return f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"


def send_code(user, phone, channel):
    """Send a new code to `phone` (E.164) by `channel` and keep its digest for `user`; the
    phone they had confirmed keeps getting messages until the new one is confirmed."""
    if channel not in PROVIDERS or not channel_available(channel):
        raise ConfirmationRefused(_("Messages by this channel are not available yet."))
    if count_attempt(f"phone-code:user:{user.pk}", MAX_CODES, CODES_WINDOW) or count_attempt(
        f"phone-code:phone:{phone}", MAX_CODES, CODES_WINDOW
    ):
        raise ConfirmationRefused(_("Too many codes were sent. Try again in an hour."))
    code = new_code()
    try:
        PROVIDERS[channel].send_code(phone, code)
    except (TransientFailure, PermanentFailure) as error:
        raise ConfirmationRefused(
            _("The code could not be sent to this number. Check it, or choose another way.")
        ) from error
    contact, _created = MessagingContact.objects.get_or_create(user=user)
    contact.pending_phone, contact.pending_channel = phone, channel
    contact.code_hash = code_digest(user.pk, phone, code)
    contact.code_expires_at = timezone.now() + CODE_LIFETIME
    contact.wrong_codes = 0
    contact.save()
    return contact


def confirm_code(user, code):
    """Confirm the phone waiting for its code if `code` is right. The contact's row is
    locked while it is read and changed, so that two tries at once (two tabs, a double
    tap) are counted one after the other and one code confirms once."""
    with transaction.atomic():
        contact = MessagingContact.objects.select_for_update().filter(user=user).first()
        refusal = check_code(contact, code)
        if refusal is None:
            confirm(contact)
    if refusal is not None:
        raise ConfirmationRefused(refusal)
    return contact


def check_code(contact, code):
    """None if `code` is the contact's; otherwise why not, after counting the wrong try."""
    if contact is None or not contact.code_hash:
        return _("Ask for a code first.")
    if contact.code_expires_at <= timezone.now():
        forget_code(contact)
        return _("This code has expired. Ask for a new one.")
    expected = code_digest(contact.user_id, contact.pending_phone, str(code).strip())
    if hmac.compare_digest(expected, contact.code_hash):
        return None
    contact.wrong_codes += 1
    if contact.wrong_codes >= MAX_WRONG_CODES:
        forget_code(contact)
        return _("Too many wrong codes. Ask for a new one.")
    contact.save(update_fields=["wrong_codes"])
    return _("This is not the code we sent.")


def forget_code(contact):
    contact.code_hash, contact.code_expires_at, contact.wrong_codes = "", None, 0
    contact.save(update_fields=["code_hash", "code_expires_at", "wrong_codes"])


def confirm(contact):
    contact.phone, contact.channel = contact.pending_phone, contact.pending_channel
    contact.confirmed_at = timezone.now()
    contact.pending_phone = contact.pending_channel = ""
    for field, value in consent_given(Purpose.STAFF_MESSAGING).items():
        setattr(contact, field, value)
    contact.code_hash, contact.code_expires_at, contact.wrong_codes = "", None, 0
    contact.save()


def choose_email(user):
    """Messages by e-mail only: the phone is forgotten."""
    contact, _created = MessagingContact.objects.get_or_create(user=user)
    contact.channel = Channel.EMAIL
    contact.phone = contact.pending_phone = contact.pending_channel = contact.code_hash = ""
    contact.confirmed_at = contact.code_expires_at = None
    contact.save()
    return contact
