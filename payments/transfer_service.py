"""payOS, the service that tells the shop when a bank transfer has arrived.

A buyer who pays by bank transfer scans a VietQR with their banking app. Without help, staff
would have to read the bank statement and match each transfer note to an order by hand. payOS
watches the shop's account instead: for each payment attempt the shop opens a *payment request*
(payOS calls it a payment link), payOS answers with a VietQR for that amount and a page of its
own, and when the bank receives the money payOS posts a webhook, signed with the payment
channel's checksum key (HMAC-SHA256), that names the request and the amount.

This module is the boundary with payOS, through its official SDK, and knows nothing of the
shop's models: the payments app keeps a record per attempt and calls these functions. Its rules,
and why:

- Each request has a number chosen by the caller (payOS's `orderCode`), a positive integer that
  payOS refuses to see twice for a channel. The caller guarantees it is unique, e.g. the primary
  key of its payment record; payOS's webhook names the request by it.
- Amounts are whole đồng: VND has no minor unit, and payOS takes integers only.
- The description becomes the transfer note of the QR code. payOS refuses more than 25
  characters, and banks drop diacritics and most punctuation from notes, so only ASCII letters,
  digits, spaces and hyphens are sent (an order code such as "LN-2026-000123" fits). A bank
  account not linked to payOS keeps only 9 characters: link the channel's account.
- Opening a request is never retried: payOS refuses a number it has seen, so a retry after a
  timeout could turn a request that went through into a refusal. The caller falls back to the
  plain VietQR and its next attempt has a new number. Reading and cancelling are safe to repeat
  and use the SDK's retries with back-off. Every call gives up after `TIMEOUT_SECONDS`, so a
  slow payOS costs a buyer at the checkout seconds, not a minute.
- Whatever goes wrong talking to payOS is one of two exceptions, both `TransferServiceError`,
  so the checkout can fall back to the plain VietQR whatever happened:
  `TransferServiceUnavailable` (unreachable, too slow, overloaded, or an answer not signed with
  our checksum key) and `TransferRefused` (payOS said no, with its code, such as a number
  already used).
- A notice is believed only when its signature matches our checksum key (the SDK's check), and
  only when its numbers are JSON integers: the signature covers text, so an amount of "1000" or
  1000.0 signs like 1000, and must not pass for it. A body larger than any notice payOS sends is
  refused before it is parsed. Everything refused is a `ForgedNotice`; the webhook view answers
  it with 400 and nothing changes.
- payOS writes a transfer's time in Vietnam's time without saying so ("2026-12-06 14:05:09");
  notices carry it as an aware datetime.
- payOS sends notices only to a webhook URL registered for the channel
  (`manage.py register_payos_webhook URL`). Before registering it, payOS posts a signed sample
  notice (its request number 123) there and needs a 2xx answer: the webhook view must answer a
  genuine notice for a number it does not know with 2xx.
"""

import json
import re
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import httpx
from django.conf import settings
from django.utils import timezone
from payos import (
    APIError,
    InternalServerError,
    PayOS,
    PayOSError,
    TooManyRequestsError,
    WebhookError,
)
from payos.types import CreatePaymentLinkRequest

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
TIMEOUT_SECONDS = 10
RETRIES = 2
# Request numbers travel as JSON numbers, which JavaScript reads exactly only up to 2^53 - 1.
LARGEST_NUMBER = 2**53 - 1
DESCRIPTION = re.compile(r"[A-Za-z0-9 -]{1,25}")
# A genuine notice is under a kilobyte; sixteen leave room for long names and notes.
LARGEST_NOTICE_BYTES = 16 * 1024
# payOS's code for a transfer that went through, and for a request number it has seen.
SUCCESS = "00"
DUPLICATE_NUMBER = "231"


class TransferServiceError(Exception):
    """payOS could not do what the shop asked; the checkout offers the plain VietQR instead."""


class TransferServiceUnavailable(TransferServiceError):
    """payOS could not be reached, was too slow or overloaded, or answered something the shop
    cannot trust or read."""


class TransferRefused(TransferServiceError):
    """payOS answered, and said no: `code` and `reason` are payOS's own."""

    def __init__(self, doing, code, reason):
        super().__init__(f"payOS refused to {doing}: {reason} (code {code})")
        self.code = code
        self.reason = reason


class ForgedNotice(Exception):
    """A webhook body that is not a notice payOS signed: the shop ignores it."""


@dataclass(frozen=True)
class Buyer:
    """Who pays, for the electronic invoice payOS can issue; send only when one is issued."""

    name: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""


@dataclass(frozen=True)
class TransferRequest:
    """An open payment request: the VietQR to show (`qr_code`, its payload text), payOS's own
    payment page (`checkout_url`), and the account the money goes to."""

    number: int
    amount: int
    checkout_url: str
    qr_code: str
    link_id: str
    account_number: str
    account_name: str
    bin: str
    description: str
    expires_at: datetime


@dataclass(frozen=True)
class TransferNotice:
    """One transfer payOS saw arrive for request `number`; `reference` is the bank's, the same
    however many times the notice comes. `success` is False when payOS reports a failure."""

    number: int
    amount: int
    reference: str
    paid_at: datetime
    link_id: str
    description: str
    account_number: str
    counter_account_name: str
    counter_account_number: str
    counter_bank: str
    success: bool


@dataclass(frozen=True)
class TransferStatus:
    """A request as payOS sees it now: `state` is payOS's (PENDING, PROCESSING, PAID,
    UNDERPAID, CANCELLED, EXPIRED or FAILED) and `transfers` the money received for it, each as
    its webhook would have said."""

    number: int
    amount: int
    amount_paid: int
    state: str
    link_id: str
    transfers: tuple[TransferNotice, ...]


@dataclass(frozen=True)
class RegisteredWebhook:
    """The webhook URL payOS accepted, and the account whose transfers it will report."""

    url: str
    account_number: str
    account_name: str
    bank: str


def is_configured():
    """payOS is used only with all three keys of its payment channel."""
    return bool(settings.PAYOS_CLIENT_ID and settings.PAYOS_API_KEY and settings.PAYOS_CHECKSUM_KEY)


def client(retries=RETRIES):
    """The SDK's client with the site's keys; use it in a `with` block, which closes its
    connections. PAYOS_BASE_URL empty means payOS's own address."""
    return PayOS(
        client_id=settings.PAYOS_CLIENT_ID,
        api_key=settings.PAYOS_API_KEY,
        checksum_key=settings.PAYOS_CHECKSUM_KEY,
        base_url=settings.PAYOS_BASE_URL or None,
        timeout=TIMEOUT_SECONDS,
        max_retries=retries,
    )


def open_request(
    number, amount, description, return_url, cancel_url, expires_at, buyer=None
) -> TransferRequest:
    """Ask payOS for a payment request of `amount` đồng, payable until `expires_at` (aware).
    payOS's page sends the buyer back to `return_url`, or to `cancel_url` if they give up."""
    if type(number) is not int or not 0 < number <= LARGEST_NUMBER:
        raise ValueError(f"A payOS request number is a positive integer, not {number!r}.")
    if type(amount) is not int or amount <= 0:
        raise ValueError(f"An amount is a positive whole number of đồng, not {amount!r}.")
    if not DESCRIPTION.fullmatch(description):
        raise ValueError(
            f"A transfer note is 1 to 25 ASCII letters, digits, spaces or hyphens: {description!r}"
        )
    if not timezone.is_aware(expires_at):
        raise ValueError("The request's deadline must be an aware datetime.")
    buyer = buyer or Buyer()
    request = CreatePaymentLinkRequest(
        order_code=number,
        amount=amount,
        description=description,
        return_url=return_url,
        cancel_url=cancel_url,
        expired_at=int(expires_at.timestamp()),
        buyer_name=buyer.name or None,
        buyer_email=buyer.email or None,
        buyer_phone=buyer.phone or None,
        buyer_address=buyer.address or None,
    )
    # Not retried, by a client of its own: the SDK's per-call max_retries does not cover its
    # retries after a 429 or 5xx answer.
    with talking_to_payos("open a payment request", retries=0) as payos:
        link = payos.payment_requests.create(request)
        return TransferRequest(
            number=link.order_code,
            amount=link.amount,
            checkout_url=link.checkout_url,
            qr_code=link.qr_code,
            link_id=link.payment_link_id,
            account_number=link.account_number,
            account_name=link.account_name,
            bin=link.bin,
            description=link.description,
            expires_at=(
                datetime.fromtimestamp(link.expired_at, UTC) if link.expired_at else expires_at
            ),
        )


def cancel_request(number, reason) -> TransferStatus:
    """Close request `number` so that payOS's page and QR code no longer take money for it."""
    with talking_to_payos("cancel a payment request") as payos:
        return status_of(payos.payment_requests.cancel(number, reason))


def request_status(number) -> TransferStatus:
    """Request `number` as payOS sees it now: for a webhook that never came."""
    with talking_to_payos("read a payment request") as payos:
        return status_of(payos.payment_requests.get(number))


def confirm_webhook_url(url) -> RegisteredWebhook:
    """Register `url` as where payOS sends this channel's notices. payOS first posts a sample
    notice there and registers the URL only if the site answers it with 2xx."""
    with talking_to_payos("register the webhook URL") as payos:
        channel = payos.webhooks.confirm(url)
        return RegisteredWebhook(
            url=channel.webhook_url,
            account_number=channel.account_number,
            account_name=channel.account_name,
            bank=channel.short_name,
        )


def verified_notice(body: bytes) -> TransferNotice:
    """The transfer a webhook body reports, if payOS signed it; `ForgedNotice` otherwise."""
    if not is_configured():
        raise ForgedNotice("payOS is not configured: there is no key to check a notice with.")
    if len(body) > LARGEST_NOTICE_BYTES:
        raise ForgedNotice(f"A body of {len(body)} bytes is not a payOS notice.")
    try:
        payload = json.loads(body)
    except (ValueError, RecursionError) as error:
        raise ForgedNotice("The body is not JSON.") from error
    data = payload.get("data") if isinstance(payload, dict) else None
    if not isinstance(data, dict):
        raise ForgedNotice("The body has no notice data.")
    for field in ("orderCode", "amount"):
        value = data.get(field)
        if type(value) is not int or value <= 0:
            raise ForgedNotice(f"The notice's {field} is not a positive integer: {value!r:.40}")
    with client() as payos:
        try:
            notice = payos.webhooks.verify(payload)
        except WebhookError as error:
            raise ForgedNotice(f"The notice is not payOS's: {error}") from error
    if notice.currency != "VND":
        raise ForgedNotice(f"The notice is in {notice.currency:.10}, not đồng.")
    try:
        return transfer_notice(notice, notice.order_code, notice.payment_link_id, notice.code)
    except ValueError as error:
        raise ForgedNotice("The notice's time is not a date and time.") from error


@contextmanager
def talking_to_payos(doing, retries=RETRIES):
    """A client for one exchange with payOS, whose failures come out as the shop's two."""
    try:
        with client(retries) as payos:
            yield payos
    # Answers that do not parse (ValueError, pydantic's included) and connections that break
    # mid-answer (httpx's own errors, which the SDK lets through) mean payOS is not usable now.
    except (PayOSError, httpx.HTTPError, ValueError) as error:
        raise service_error(error, doing) from error


def service_error(error, doing):
    """A refusal when payOS answered with a code of its own; unavailable for the rest, and for
    being rate-limited or failing inside (payOS's 429 and 5xx, after the SDK's retries)."""
    if isinstance(error, WebhookError) and isinstance(error.__cause__, PayOSError):
        error = error.__cause__  # The SDK wraps every failure to register a webhook.
    if (
        isinstance(error, APIError)
        and error.error_code
        and not isinstance(error, TooManyRequestsError | InternalServerError)
    ):
        return TransferRefused(doing, error.error_code, error.error_desc or str(error))
    return TransferServiceUnavailable(f"payOS could not {doing}: {error}")


def status_of(link):
    return TransferStatus(
        number=link.order_code,
        amount=link.amount,
        amount_paid=link.amount_paid,
        state=link.status,
        link_id=link.id,
        transfers=tuple(
            transfer_notice(transfer, link.order_code, link.id, SUCCESS)
            for transfer in link.transactions
        ),
    )


def transfer_notice(transfer, number, link_id, code):
    """A transfer as the shop keeps it, from a webhook's data or a request's list of
    transactions, which payOS describes with the same fields."""
    return TransferNotice(
        number=number,
        amount=transfer.amount,
        reference=transfer.reference,
        paid_at=vietnam_time(transfer.transaction_date_time),
        link_id=link_id,
        description=transfer.description,
        account_number=transfer.account_number,
        counter_account_name=transfer.counter_account_name or "",
        counter_account_number=transfer.counter_account_number or "",
        counter_bank=transfer.counter_account_bank_name or transfer.counter_account_bank_id or "",
        success=code == SUCCESS,
    )


def vietnam_time(text):
    """payOS's time of a transfer, aware: webhooks write Vietnam's time without an offset
    ("2026-12-06 14:05:09"); the request's status may give one."""
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=VIETNAM)
