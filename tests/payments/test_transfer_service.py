"""payOS through its SDK, over HTTP to the local fake: payment requests give a VietQR the
buyer's bank can pay, payOS's refusals and outages come out as the shop's two errors, and only
notices payOS signed, with whole numbers where numbers belong, are believed."""

import http.client
import json
import socket
import threading
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.management import CommandError, call_command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from payments import vietqr
from payments.transfer_service import (
    DUPLICATE_NUMBER,
    Buyer,
    ForgedNotice,
    TransferNotice,
    TransferRefused,
    TransferServiceError,
    TransferServiceUnavailable,
    cancel_request,
    confirm_webhook_url,
    open_request,
    request_status,
    verified_notice,
)
from tests.concurrency import at_once
from tests.fakes.payos_server import (
    ACCOUNT_NAME,
    ACCOUNT_NUMBER,
    BANK,
    BANK_BIN,
    BUYER_ACCOUNT_NAME,
    BUYER_ACCOUNT_NUMBER,
    BUYER_BANK,
    BUYER_BANK_BIN,
    notice,
    notice_body,
    signed_body,
)

ORDER_CODE = "LN-261129-7KQ4"
RETURN_URL = "https://langnghe.example/en/orders/7KQ4/"
CANCEL_URL = "https://langnghe.example/en/checkout/"
KEY = "fake-checksum-key"  # the fake_payos fixture's channel


def deadline(minutes=30):
    return (datetime.now(UTC) + timedelta(minutes=minutes)).replace(microsecond=0)


def open_for(number, amount=350_000, description=ORDER_CODE, **extra):
    return open_request(number, amount, description, RETURN_URL, CANCEL_URL, deadline(), **extra)


def tlv(text):
    """EMVCo's fields (two-digit tag, two-digit length, value) by tag."""
    fields = {}
    while text:
        tag, length = text[:2], int(text[2:4])
        fields[tag], text = text[4 : 4 + length], text[4 + length :]
    return fields


def vietqr_fields(text):
    """A VietQR payload's top-level fields, once its checksum is checked."""
    assert text[-8:-4] == "6304" and text[-4:] == vietqr.crc16_ccitt(text[:-4].encode())
    return tlv(text[:-8])


@pytest.fixture
def inbox():
    """A site's webhook in small: it keeps every body posted to it and answers `status`."""

    class Webhook(BaseHTTPRequestHandler):
        def do_POST(self):
            self.server.bodies.append(self.rfile.read(int(self.headers["Content-Length"])))
            self.send_response(self.server.status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Webhook)
    server.bodies, server.status = [], 200
    server.url = f"http://127.0.0.1:{server.server_port}/payments/payos/webhook/"
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


# Opening, reading and cancelling requests


def test_a_request_is_a_vietqr_of_the_amount_with_the_order_code_as_transfer_note(fake_payos):
    expires_at = deadline()
    request = open_request(41, 350_000, ORDER_CODE, RETURN_URL, CANCEL_URL, expires_at)

    fields = vietqr_fields(request.qr_code)
    assert (fields["53"], fields["54"]) == ("704", "350000")
    assert tlv(fields["62"])["08"] == ORDER_CODE
    beneficiary = tlv(tlv(fields["38"])["01"])
    assert beneficiary == {"00": BANK_BIN, "01": ACCOUNT_NUMBER}
    assert request.number == 41 and request.amount == 350_000
    assert (request.bin, request.account_number, request.account_name) == (
        BANK_BIN,
        ACCOUNT_NUMBER,
        ACCOUNT_NAME,
    )
    assert request.description == ORDER_CODE and request.expires_at == expires_at
    assert request.checkout_url == f"{fake_payos.url}/web/{request.link_id}"
    assert fake_payos.requests[41]["status"] == "PENDING"
    assert fake_payos.request_bodies[41]["expiredAt"] == int(expires_at.timestamp())


def test_the_buyer_goes_to_payos_only_when_given(fake_payos):
    open_for(41)
    open_for(42, buyer=Buyer(name="Nguyễn Thị Hoa", email="hoa@example.vn"))

    assert fake_payos.request_bodies[41]["buyerName"] is None
    assert fake_payos.request_bodies[41]["buyerEmail"] is None
    assert fake_payos.request_bodies[42]["buyerName"] == "Nguyễn Thị Hoa"
    assert fake_payos.request_bodies[42]["buyerEmail"] == "hoa@example.vn"
    assert fake_payos.request_bodies[42]["buyerPhone"] is None


def test_a_number_payos_has_seen_is_refused_and_the_first_request_stands(fake_payos):
    first = open_for(41)

    with pytest.raises(TransferRefused) as refused:
        open_for(41, amount=100_000)

    assert refused.value.code == DUPLICATE_NUMBER
    assert str(refused.value) == (
        "payOS refused to open a payment request: Đơn thanh toán đã tồn tại (code 231)"
    )
    assert fake_payos.requests[41]["amount"] == 350_000
    assert fake_payos.created[41]["qrCode"] == first.qr_code


def test_of_two_requests_for_one_number_at_once_payos_takes_one(fake_payos):
    outcomes = at_once(lambda n: open_for(41, amount=100_000 * (n + 1)), 2)

    assert sorted(type(outcome).__name__ for outcome in outcomes) == [
        "TransferRefused",
        "TransferRequest",
    ]
    taken = next(o for o in outcomes if not isinstance(o, Exception))
    assert fake_payos.requests[41]["amount"] == taken.amount


@pytest.mark.parametrize(
    ("number", "amount", "description"),
    [
        pytest.param(0, 350_000, ORDER_CODE, id="number-zero"),
        pytest.param(-41, 350_000, ORDER_CODE, id="number-negative"),
        pytest.param("41", 350_000, ORDER_CODE, id="number-text"),
        pytest.param(True, 350_000, ORDER_CODE, id="number-bool"),
        pytest.param(2**53, 350_000, ORDER_CODE, id="number-beyond-javascript"),
        pytest.param(41, 0, ORDER_CODE, id="amount-zero"),
        pytest.param(41, -350_000, ORDER_CODE, id="amount-negative"),
        pytest.param(41, 350_000.0, ORDER_CODE, id="amount-float"),
        pytest.param(41, "350000", ORDER_CODE, id="amount-text"),
        pytest.param(41, 350_000, "", id="note-empty"),
        pytest.param(41, 350_000, "X" * 26, id="note-26-characters"),
        pytest.param(41, 350_000, "Đơn LN-7KQ4", id="note-diacritics"),
        pytest.param(41, 350_000, "LN-7KQ4\nLN-8", id="note-newline"),
        pytest.param(41, 350_000, "LN-7KQ4&amount=1", id="note-punctuation"),
    ],
)
def test_a_request_payos_would_refuse_is_not_sent(fake_payos, number, amount, description):
    with pytest.raises(ValueError):
        open_request(number, amount, description, RETURN_URL, CANCEL_URL, deadline())

    assert fake_payos.calls == []


def test_a_request_without_a_time_zone_on_its_deadline_is_not_sent(fake_payos):
    with pytest.raises(ValueError, match="aware"):
        open_request(41, 350_000, ORDER_CODE, RETURN_URL, CANCEL_URL, datetime(2026, 12, 6, 20))

    assert fake_payos.calls == []


def test_a_25_character_note_is_the_longest_payos_takes(fake_payos):
    assert open_for(41, description="A" * 25).description == "A" * 25


def test_a_cancelled_request_takes_no_more_money_on_payos_page(fake_payos):
    request = open_for(41)

    status = cancel_request(41, "Buyer chose cash on delivery")

    assert (status.number, status.state, status.amount_paid) == (41, "CANCELLED", 0)
    assert request_status(41).state == "CANCELLED"
    assert fake_payos.requests[41]["cancellationReason"] == "Buyer chose cash on delivery"
    page = http.client.HTTPConnection("127.0.0.1", urlsplit(fake_payos.url).port)
    page.request("GET", urlsplit(request.checkout_url).path)
    assert page.getresponse().status == 410


def test_a_paid_request_cannot_be_cancelled(fake_payos):
    open_for(41)
    fake_payos.pay(None, 41)

    with pytest.raises(TransferRefused):
        cancel_request(41, "Too late")

    assert request_status(41).state == "PAID"


def test_the_status_holds_a_transfer_whose_notice_never_came(fake_payos):
    request = open_for(41)
    fake_payos.pay(None, 41)

    status = request_status(41)

    assert (status.state, status.amount, status.amount_paid) == ("PAID", 350_000, 350_000)
    (transfer,) = status.transfers
    recorded = fake_payos.requests[41]["transactions"][0]
    assert transfer == TransferNotice(
        number=41,
        amount=350_000,
        reference=recorded["reference"],
        paid_at=datetime.fromisoformat(recorded["transactionDateTime"]),
        link_id=request.link_id,
        description=ORDER_CODE,
        account_number=ACCOUNT_NUMBER,
        counter_account_name=BUYER_ACCOUNT_NAME,
        counter_account_number=BUYER_ACCOUNT_NUMBER,
        counter_bank=BUYER_BANK,
        success=True,
    )
    assert transfer.paid_at.utcoffset() == timedelta(hours=7)


def test_a_transfer_short_of_the_amount_leaves_the_request_underpaid(fake_payos):
    open_for(41)
    fake_payos.pay(None, 41, amount=100_000)

    status = request_status(41)

    assert (status.state, status.amount_paid) == ("UNDERPAID", 100_000)
    assert [transfer.amount for transfer in status.transfers] == [100_000]


def test_an_unpaid_request_past_its_deadline_has_expired(fake_payos):
    open_for(41)
    fake_payos.created[41]["expiredAt"] = int(datetime.now(UTC).timestamp()) - 1

    assert request_status(41).state == "EXPIRED"
    with pytest.raises(TransferRefused):
        cancel_request(41, "Too late")


def test_a_number_payos_does_not_know_is_refused(fake_payos):
    with pytest.raises(TransferRefused) as refused:
        request_status(999)

    assert refused.value.code == "101"


# payOS unreachable, overloaded, misconfigured or not to be trusted


def closed_port_url():
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{free.getsockname()[1]}"


def test_an_unreachable_payos_is_unavailable_so_the_checkout_can_fall_back(fake_payos, settings):
    settings.PAYOS_BASE_URL = closed_port_url()

    with pytest.raises(TransferServiceUnavailable) as unavailable:
        open_for(41)

    assert isinstance(unavailable.value, TransferServiceError)
    assert "payOS could not open a payment request" in str(unavailable.value)


def test_an_overloaded_payos_is_asked_to_open_a_request_only_once(fake_payos):
    fake_payos.outage = 503

    with pytest.raises(TransferServiceUnavailable):
        open_for(41)

    assert len(fake_payos.calls) == 1


def test_reading_a_request_is_retried_before_payos_counts_as_unavailable(fake_payos):
    fake_payos.outage = 503

    with pytest.raises(TransferServiceUnavailable):
        request_status(41)

    assert len(fake_payos.calls) == 3


def test_an_answer_not_signed_with_our_checksum_key_is_not_trusted(fake_payos):
    open_for(41)
    fake_payos.checksum_key = "another-channels-key"

    with pytest.raises(TransferServiceUnavailable, match="signature"):
        request_status(41)


def test_keys_payos_does_not_know_are_refused_with_payos_reason(fake_payos, settings):
    settings.PAYOS_API_KEY = "a-revoked-key"

    with pytest.raises(TransferRefused) as refused:
        open_for(41)

    assert (refused.value.code, refused.value.reason) == ("401", "Unauthorized")
    assert fake_payos.requests == {}


# Registering the webhook URL


def test_payos_registers_a_webhook_url_that_accepts_its_signed_sample(fake_payos, inbox):
    webhook = confirm_webhook_url(inbox.url)

    assert (webhook.url, webhook.account_number, webhook.account_name, webhook.bank) == (
        inbox.url,
        ACCOUNT_NUMBER,
        ACCOUNT_NAME,
        BANK,
    )
    assert fake_payos.webhook_url == inbox.url
    (sample,) = inbox.bodies
    assert (verified_notice(sample).number, verified_notice(sample).amount) == (123, 3000)


def test_a_webhook_url_that_refuses_payos_sample_is_not_registered(fake_payos, inbox):
    inbox.status = 404

    with pytest.raises(TransferRefused, match="answered 404"):
        confirm_webhook_url(inbox.url)

    assert fake_payos.webhook_url is None


def test_the_command_registers_the_webhook_url(fake_payos, inbox, capsys):
    call_command("register_payos_webhook", inbox.url)

    assert capsys.readouterr().out == (
        f"payOS will send notices of transfers to {ACCOUNT_NAME} ({BANK} {ACCOUNT_NUMBER}) "
        f"to {inbox.url}\n"
    )
    assert fake_payos.webhook_url == inbox.url


def test_the_command_says_why_payos_refused(fake_payos, inbox):
    inbox.status = 500

    with pytest.raises(CommandError, match="payOS refused to register the webhook URL"):
        call_command("register_payos_webhook", inbox.url)


def test_the_command_asks_for_the_keys_first(settings):
    settings.PAYOS_CLIENT_ID = settings.PAYOS_API_KEY = settings.PAYOS_CHECKSUM_KEY = ""

    with pytest.raises(CommandError, match="Set PAYOS_CLIENT_ID"):
        call_command("register_payos_webhook", "https://langnghe.example/payments/payos/webhook/")


# Notices


def test_a_genuine_notice_is_the_transfer_it_reports(fake_payos):
    body = notice_body(
        41,
        350_000,
        KEY,
        reference="FT26340123456789",
        transactionDateTime="2026-12-06 14:05:09",
        paymentLinkId="5f1c0a9e4b2d4c7e8a3b6d9f0e1c2b3a",
    )

    assert verified_notice(body) == TransferNotice(
        number=41,
        amount=350_000,
        reference="FT26340123456789",
        paid_at=datetime(2026, 12, 6, 7, 5, 9, tzinfo=UTC),
        link_id="5f1c0a9e4b2d4c7e8a3b6d9f0e1c2b3a",
        description="LN-2026-000123",
        account_number=ACCOUNT_NUMBER,
        counter_account_name=BUYER_ACCOUNT_NAME,
        counter_account_number=BUYER_ACCOUNT_NUMBER,
        counter_bank=BUYER_BANK,
        success=True,
    )


def test_a_notice_of_a_failed_transfer_is_not_a_success(fake_payos):
    assert not verified_notice(notice_body(41, 350_000, KEY, code="01", desc="Lỗi")).success


def test_a_notice_without_the_buyers_bank_details_has_them_empty(fake_payos):
    body = notice_body(41, 350_000, KEY, counterAccountBankName=None, counterAccountName=None)

    found = verified_notice(body)
    assert (found.counter_bank, found.counter_account_name) == (BUYER_BANK_BIN, "")


def tampered(body, **changes):
    envelope = json.loads(body)
    envelope["data"].update(changes)
    return json.dumps(envelope).encode()


def signed_with(**changes):
    """A notice of 350.000 ₫ for request 41 with `changes`, genuinely signed."""
    return signed_body({**notice(41, 350_000), **changes}, KEY)


def without(field):
    """A genuinely signed notice whose data lacks `field`."""
    data = notice(41, 350_000)
    del data[field]
    return signed_body(data, KEY)


def unsigned():
    envelope = json.loads(notice_body(41, 350_000, KEY))
    del envelope["signature"]
    return json.dumps(envelope).encode()


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(tampered(notice_body(41, 350_000, KEY), amount=3_500_000), id="tampered"),
        pytest.param(notice_body(41, 350_000, "another-channels-key"), id="wrong-key"),
        pytest.param(unsigned(), id="no-signature"),
        pytest.param(
            json.dumps({**json.loads(notice_body(41, 350_000, KEY)), "signature": ""}).encode(),
            id="empty-signature",
        ),
        pytest.param(b"", id="empty"),
        pytest.param(b"orderCode=41&amount=350000", id="not-json"),
        pytest.param(b"\xff\xfe\x00{", id="not-utf8"),
        pytest.param(b"[" * 100_000, id="deeply-nested"),
        pytest.param(b"[" * 5_000 + b"]" * 5_000, id="deeply-nested-small"),
        pytest.param(json.dumps([json.loads(notice_body(41, 1, KEY))]).encode(), id="list"),
        pytest.param(b"41", id="number"),
        pytest.param(b'{"data": "41"}', id="data-not-object"),
        pytest.param(signed_with(description="x" * 20_000), id="huge"),
        pytest.param(signed_with(amount="350000"), id="amount-text"),
        pytest.param(signed_with(amount=350_000.0), id="amount-float"),
        pytest.param(signed_with(amount=-350_000), id="amount-negative"),
        pytest.param(signed_with(amount=0), id="amount-zero"),
        pytest.param(signed_with(amount=True), id="amount-bool"),
        pytest.param(signed_with(orderCode="41"), id="number-text"),
        pytest.param(without("orderCode"), id="number-missing"),
        pytest.param(without("reference"), id="reference-missing"),
        pytest.param(signed_with(currency="USD"), id="not-dong"),
        pytest.param(signed_with(transactionDateTime="hôm qua"), id="time-not-a-time"),
        pytest.param(signed_with(surprise="field"), id="unknown-field"),
    ],
)
def test_a_notice_payos_did_not_sign_as_it_stands_is_forged(fake_payos, body):
    with pytest.raises(ForgedNotice):
        verified_notice(body)


def test_without_payos_keys_no_notice_is_believed(fake_payos, settings):
    settings.PAYOS_CHECKSUM_KEY = ""

    with pytest.raises(ForgedNotice, match="not configured"):
        verified_notice(notice_body(41, 350_000, KEY))


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)
GENUINE = notice(41, 350_000, transactionDateTime="2026-12-06 14:05:09")
# A genuine notice's data with a few fields changed to anything JSON can say, or dropped.
NOTICE_DATA = st.builds(
    lambda changes, dropped: {k: v for k, v in {**GENUINE, **changes}.items() if k not in dropped},
    st.dictionaries(st.sampled_from(list(GENUINE)), st.text() | st.integers() | JSON, max_size=2),
    st.sets(st.sampled_from(list(GENUINE)), max_size=1),
)
BODIES = st.one_of(
    st.binary(max_size=300),
    JSON.map(lambda value: json.dumps(value).encode()),
    NOTICE_DATA.map(lambda data: signed_body(data, KEY)),
    NOTICE_DATA.map(lambda data: signed_body(data, "another-channels-key")),
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(body=BODIES)
def test_any_body_is_a_transfer_or_forged_and_nothing_else(fake_payos, body):
    try:
        found = verified_notice(body)
    except ForgedNotice:
        return
    assert type(found.number) is int and found.number > 0
    assert type(found.amount) is int and found.amount > 0
    assert found.paid_at.utcoffset() is not None
    assert all(
        isinstance(text, str)
        for text in (found.reference, found.description, found.counter_bank, found.link_id)
    )


# The fake's payments, as browser journeys use them


def test_payos_posts_the_same_signed_notice_each_time_it_retries(fake_payos, inbox):
    request = open_for(41)

    assert fake_payos.pay(inbox.url, 41, times=2) == [200, 200]

    first, second = inbox.bodies
    assert first == second
    found = verified_notice(first)
    assert (found.number, found.amount, found.link_id) == (41, 350_000, request.link_id)
    assert found.reference == request_status(41).transfers[0].reference


def test_paying_on_payos_page_notifies_the_site_and_sends_the_buyer_back(fake_payos, inbox):
    request = open_for(41)
    confirm_webhook_url(inbox.url)
    page = http.client.HTTPConnection("127.0.0.1", urlsplit(fake_payos.url).port)
    page.request("GET", urlsplit(request.checkout_url).path)
    assert "350.000 VND" in page.getresponse().read().decode()

    page.request(
        "POST",
        urlsplit(request.checkout_url).path,
        body="action=pay",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    answer = page.getresponse()

    assert answer.status == 303
    back = urlsplit(answer.getheader("Location"))
    assert f"{back.scheme}://{back.netloc}{back.path}" == RETURN_URL
    assert parse_qs(back.query) == {
        "code": ["00"],
        "id": [request.link_id],
        "cancel": ["false"],
        "status": ["PAID"],
        "orderCode": ["41"],
    }
    assert verified_notice(inbox.bodies[-1]).amount == 350_000
