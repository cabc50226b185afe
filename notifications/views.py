"""The providers' delivery receipts. Anyone can call these addresses: a receipt changes a
message only when its authenticity is proven as the provider documents it (Zalo's
X-ZEvent-Signature) or, for eSMS, which signs nothing, by the token only the site can make
in the callback address it gave; anything else is answered and ignored."""

import logging

from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from notifications import sms, zalo
from notifications.models import Channel
from notifications.sending import mark_delivered, mark_undelivered

logger = logging.getLogger(__name__)
# What a receipt may be: Zalo's events are small JSON objects.
MAX_BODY = 16 * 1024


@csrf_exempt  # Zalo has no CSRF token; the signature proves where the event came from
@require_POST
def zalo_events(request):
    """Zalo's OA webhook. Zalo disables a webhook that does not answer 200 within two
    seconds, so a genuine event of another kind is answered 200 too; a forged, tampered or
    malformed one 400."""
    body = request.body[: MAX_BODY + 1]
    message = None
    if len(body) <= MAX_BODY:
        message = zalo.read_event(body, request.headers.get("X-ZEvent-Signature", ""))
    if message is None:
        if not zalo.is_signed_other_event(body, request.headers.get("X-ZEvent-Signature", "")):
            logger.warning("Refused a Zalo event that is not signed or not readable.")
            return HttpResponseBadRequest()
        return HttpResponse()
    mark_delivered(Channel.ZALO, message["msg_id"])
    return HttpResponse()


@csrf_exempt  # eSMS has no CSRF token; the address's token proves who was given it
@require_GET
def sms_callback(request, message_id, token):
    """eSMS's callback (an HTTP GET with SMSID and SendStatus) for one message."""
    if not sms.token_matches(message_id, token):
        return HttpResponseBadRequest()
    provider_id = request.GET.get("SMSID", "")[:100]
    status = request.GET.get("SendStatus", "")
    if status == sms.DELIVERED:
        mark_delivered(Channel.SMS, provider_id, message_id=message_id)
    elif status == sms.REJECTED:
        mark_undelivered(Channel.SMS, provider_id, message_id)
    return HttpResponse()
