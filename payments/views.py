"""The providers' webhooks: how the shop learns that a card payment arrived, failed, expired
or was refunded (Stripe), and that a bank transfer reached its account (payOS)."""

import logging

import stripe
from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseNotFound, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from orders.models import Order
from payments import transfer_service
from payments.card import apply_event
from payments.methods import METHODS
from payments.transfers import apply_notice

logger = logging.getLogger(__name__)


@csrf_exempt  # Stripe has no CSRF token; the signature proves where the request came from
@require_POST
def stripe_webhook(request):
    """Apply an event Stripe signed with the shop's webhook secret. Anyone can call this
    address, so a request without a valid, recent signature is refused with 400 and changes
    nothing; Stripe retries whatever does not get a 2xx answer."""
    if not METHODS[Order.Payment.CARD].is_available():
        return HttpResponseNotFound()
    signature = request.META.get("HTTP_STRIPE_SIGNATURE")
    if not signature:
        return HttpResponseBadRequest()
    try:
        event = stripe.Webhook.construct_event(
            request.body, signature, settings.STRIPE_WEBHOOK_SECRET
        )
    except (ValueError, stripe.SignatureVerificationError) as error:
        logger.warning("Refused a Stripe webhook: %s", error)
        return HttpResponseBadRequest()
    apply_event(event)
    return HttpResponse()


@csrf_exempt  # payOS has no CSRF token; the signature proves where the request came from
@require_POST
def payos_webhook(request):
    """Keep a transfer payOS signed with the channel's checksum key, and pay its order when
    it may (`payments.transfers`). A forged, tampered or malformed body is refused with 400
    and changes nothing; a genuine notice is answered 200 even when it matches no order
    (payOS's own test notice does not), since it is kept for staff to review."""
    if not transfer_service.is_configured():
        return HttpResponseNotFound()
    try:
        notice = transfer_service.verified_notice(request.body)
    except transfer_service.ForgedNotice as error:
        logger.warning("Refused a payOS webhook: %s", error)
        return HttpResponseBadRequest()
    if notice.success:
        apply_notice(notice)
    return JsonResponse({"success": True})
