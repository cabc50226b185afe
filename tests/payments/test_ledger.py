"""What the shop owes each cooperative: the entries each money event posts, once, the payouts
that settle them, and the monthly statement that reads them."""

import datetime
import io
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from openpyxl import load_workbook

from notifications.models import MessagingContact
from orders.models import Fulfilment, Order
from orders.services import advance_fulfilment
from payments.card import begin_checkout, fetch_fees
from payments.ledger import balance, post_sale
from payments.methods import mark_paid_by_hand
from payments.models import LedgerEntry, Payout, PayoutAccount
from payments.payouts import NothingToPay, confirm_received, mark_sent, prepare_batch
from payments.services import receive, record_fee
from payments.statements import statement
from tests.factories.orders import make_order
from tests.factories.payments import latest_card_attempt, session_of
from tests.orders.admin import message_of, part_of, text_of

pytestmark = pytest.mark.django_db

SCARF, BASKET, FEE = 350_000, 500_000, 30_000


@pytest.fixture
def accounts(staffed_shop):
    """Payout accounts: the weavers pay the shop 2.5 % commission, the basket makers none."""
    for cooperative, percent in ((staffed_shop["weavers"], "2.5"), (staffed_shop["baskets"], "0")):
        PayoutAccount.objects.create(
            cooperative=cooperative,
            bank="BIDV Kon Tum",
            account_number="6211000123",
            account_holder=cooperative.title,
            commission_percent=Decimal(percent),
        )
    return staffed_shop


def transfer_order(shop):
    """Two scarves and a basket, awaiting a transfer."""
    return make_order(
        {shop["weavers"]: [(shop["scarf"], 2)], shop["baskets"]: [(shop["basket"], 1)]},
        status=Order.Status.AWAITING_PAYMENT,
        payment_method="vietqr",
    )


def entries(cooperative):
    return sorted(LedgerEntry.objects.filter(cooperative=cooperative).values_list("kind", "amount"))


def test_a_paid_order_owes_each_cooperative_its_goods_and_delivery_less_commission(accounts):
    shop = accounts
    order = transfer_order(shop)

    mark_paid_by_hand(order, shop["manager"])

    assert entries(shop["weavers"]) == [
        ("commission", -17_500),  # 2.5 % of 700.000 ₫
        ("delivery", FEE),
        ("goods", 2 * SCARF),
    ]
    assert entries(shop["baskets"]) == [("delivery", FEE), ("goods", BASKET)]
    assert balance(shop["weavers"]) == 2 * SCARF + FEE - 17_500
    goods = LedgerEntry.objects.get(cooperative=shop["weavers"], kind="goods")
    kept = order.lines.get(sku="KHAN-01").makers_share_percent
    assert goods.makers_share == 2 * SCARF * kept // 100  # the share the line kept


def test_an_order_paid_twice_or_announced_again_posts_once(accounts):
    shop = accounts
    order = transfer_order(shop)
    mark_paid_by_hand(order, shop["manager"])
    before = LedgerEntry.objects.count()

    mark_paid_by_hand(order, shop["manager"])  # a stale page
    post_sale(order, timezone.now())  # the event announced again

    assert LedgerEntry.objects.count() == before


def test_a_fee_is_shared_by_what_each_parcel_brought_and_adds_up_to_the_dong(accounts):
    shop = accounts
    order = transfer_order(shop)
    mark_paid_by_hand(order, shop["manager"])
    payment = order.payments.get()

    assert record_fee(payment, 25_001) is True
    assert record_fee(payment, 99_999) is False  # told once

    fees = dict(LedgerEntry.objects.filter(kind="fee").values_list("cooperative__title", "amount"))
    # 730.000 of 1.260.000 ₫ came for the weavers, 530.000 for the basket makers.
    assert fees == {"HTX Dệt": -14_484, "Tổ Đan": -10_517}
    assert sum(fees.values()) == -25_001


def test_cash_a_cooperative_collects_itself_is_taken_off_what_it_is_owed(accounts):
    shop = accounts
    order = make_order({shop["baskets"]: [(shop["basket"], 1)]}, delivery="pickup")
    part = part_of(order, shop["baskets"])

    advance_fulfilment(part, Fulfilment.Status.READY)
    advance_fulfilment(part, Fulfilment.Status.DELIVERED)

    assert entries(shop["baskets"]) == [
        ("cash_kept", -(BASKET + FEE)),
        ("delivery", FEE),
        ("goods", BASKET),
    ]
    assert balance(shop["baskets"]) == 0


def test_cash_a_carrier_collects_is_owed_to_the_cooperative(accounts):
    shop = accounts
    order = make_order({shop["baskets"]: [(shop["basket"], 1)]})
    part = part_of(order, shop["baskets"])

    advance_fulfilment(part, Fulfilment.Status.SHIPPED, carrier="Viettel Post")
    advance_fulfilment(part, Fulfilment.Status.DELIVERED)

    assert balance(shop["baskets"]) == BASKET + FEE


def test_a_payout_is_prepared_sent_and_confirmed_and_the_balance_comes_to_nothing(accounts):
    shop = accounts
    mark_paid_by_hand(transfer_order(shop), shop["manager"])
    owed = balance(shop["weavers"])

    batch = prepare_batch(timezone.now(), shop["manager"])
    payout = batch.payouts.get(cooperative=shop["weavers"])
    assert payout.amount == owed
    with pytest.raises(NothingToPay):
        prepare_batch(timezone.now(), shop["manager"])  # all of it is prepared already

    mark_sent(payout, "FT26120600001", shop["manager"])
    confirm_received(payout, shop["weaver"])

    payout.refresh_from_db()
    assert (payout.status, payout.confirmed_by) == ("confirmed", shop["weaver"])
    assert balance(shop["weavers"]) == 0


def test_a_payout_sent_reaches_the_cooperatives_staff_by_sms(
    accounts, fake_sms, django_capture_on_commit_callbacks
):
    shop = accounts
    MessagingContact.objects.create(
        user=shop["weaver"], channel="sms", phone="+84986333444", confirmed_at=timezone.now()
    )
    mark_paid_by_hand(transfer_order(shop), shop["manager"])
    payout = prepare_batch(timezone.now(), shop["manager"]).payouts.get(cooperative=shop["weavers"])

    with django_capture_on_commit_callbacks(execute=True):
        mark_sent(payout, "FT26120600001", shop["manager"])

    [sms] = fake_sms.sent
    amount = f"{payout.amount:,}".replace(",", ".")
    assert sms["Content"].startswith(f"Cua hang da chuyen {amount} dong vao tai khoan cua ban: ")
    assert sms["Content"].endswith(reverse("statements"))


def test_the_statement_of_the_month_adds_up_to_the_ledger(accounts):
    shop = accounts
    order = transfer_order(shop)
    mark_paid_by_hand(order, shop["manager"])
    payout = prepare_batch(timezone.now(), shop["manager"]).payouts.get(cooperative=shop["weavers"])
    mark_sent(payout, "FT1", shop["manager"])
    month = timezone.localdate().replace(day=1)

    with translation.override("vi"):
        month_statement = statement(shop["weavers"], month)

    assert month_statement.opening == 0
    assert [row.label for row in month_statement.rows] == [order.code, "Chi trả FT1"]
    assert month_statement.received == 2 * SCARF + FEE
    assert month_statement.closing == balance(shop["weavers"]) == 0
    kept = order.lines.get(sku="KHAN-01").makers_share_percent
    assert month_statement.makers_share == 2 * SCARF * kept // 100


def test_the_cooperative_reads_its_statement_and_confirms_a_payout_on_its_phone(accounts, client):
    shop = accounts
    order = transfer_order(shop)
    mark_paid_by_hand(order, shop["manager"])
    payout = prepare_batch(timezone.now(), shop["manager"]).payouts.get(cooperative=shop["weavers"])
    mark_sent(payout, "FT26120600001", shop["manager"])
    client.force_login(shop["weaver"])
    month = timezone.localdate()

    landing = client.get(reverse("statements"))
    page = client.get(reverse("statement", args=[shop["weavers"].pk, month.year, month.month]))
    confirmed = client.post(reverse("payout_received", args=[payout.pk]))

    assert landing.status_code == 302 and landing["Location"] == reverse(
        "statement", args=[shop["weavers"].pk, month.year, month.month]
    )
    text = text_of(page)
    assert order.code in text and "FT26120600001" in text
    assert message_of(confirmed) == "Cảm ơn: khoản chi trả đã được xác nhận là đã nhận."
    payout.refresh_from_db()
    assert payout.status == Payout.Status.CONFIRMED


def test_the_statement_downloads_as_a_workbook_of_whole_dong(accounts, client):
    shop = accounts
    order = transfer_order(shop)
    mark_paid_by_hand(order, shop["manager"])
    client.force_login(shop["weaver"])
    month = timezone.localdate()
    url = reverse("statement", args=[shop["weavers"].pk, month.year, month.month])

    response = client.get(url + "?format=xlsx")

    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    order_row = next(row for row in rows if row[1] == order.code)
    assert order_row[2:5] == [2 * SCARF, FEE, -17_500]
    assert rows[-1][1] == 2 * SCARF + FEE - 17_500


@pytest.mark.parametrize(
    "path",
    [
        "statements/{other}/2026/12/",  # another cooperative's
        "statements/999999/2026/12/",  # none
        "statements/{own}/1999/12/",  # before the shop
        "statements/{own}/2026/13/",  # no such month
        "statements/{own}/2026/0/",
    ],
)
def test_a_statement_that_is_not_theirs_or_not_a_month_is_not_found(accounts, client, path):
    shop = accounts
    client.force_login(shop["weaver"])
    url = "/admin/" + path.format(other=shop["baskets"].pk, own=shop["weavers"].pk)

    response = client.get(url, follow=True)

    assert response.status_code == 404


def test_a_cooperative_cannot_confirm_another_cooperatives_payout_nor_prepare_payouts(
    accounts, client
):
    shop = accounts
    mark_paid_by_hand(transfer_order(shop), shop["manager"])
    payout = prepare_batch(timezone.now(), shop["manager"]).payouts.get(cooperative=shop["baskets"])
    mark_sent(payout, "FT2", shop["manager"])
    client.force_login(shop["weaver"])

    other = client.post(reverse("payout_received", args=[payout.pk]), follow=True)
    batches = client.get(reverse("payout_batches"))

    assert other.status_code == 404
    assert batches.status_code in (302, 403)
    payout.refresh_from_db()
    assert payout.status == "sent"


def test_finance_staff_prepare_and_send_payouts_from_the_admin(accounts, client):
    shop = accounts
    mark_paid_by_hand(transfer_order(shop), shop["manager"])
    client.force_login(shop["manager"])
    today = timezone.localdate()

    future = client.post(reverse("payout_batches"), {"until": "2999-01-01"})
    nonsense = client.post(reverse("payout_batches"), {"until": "<b>hôm qua</b>"})
    prepared = client.post(reverse("payout_batches"), {"until": today.isoformat()})
    payout = Payout.objects.get(cooperative=shop["baskets"])
    no_reference = client.post(reverse("payout_step", args=[payout.pk, "send"]), {})
    sent = client.post(reverse("payout_step", args=[payout.pk, "send"]), {"bank_reference": "FT3"})
    again = client.post(reverse("payout_step", args=[payout.pk, "send"]), {"bank_reference": "FT4"})

    assert future.status_code == nonsense.status_code == 200
    assert prepared.status_code == 302
    assert "tham chiếu" in message_of(no_reference)
    assert sent.status_code == 302 and again.status_code == 302
    payout.refresh_from_db()
    assert (payout.status, payout.bank_reference) == ("sent", "FT3")
    assert LedgerEntry.objects.filter(kind="payout").count() == 1
    assert balance(shop["baskets"]) == 0


def card_paid_order(shop, fake_stripe, rf):
    """Two scarves and a basket paid by card on the fake Stripe's page."""
    order = make_order(
        {shop["weavers"]: [(shop["scarf"], 2)], shop["baskets"]: [(shop["basket"], 1)]},
        status=Order.Status.AWAITING_PAYMENT,
        payment_method="stripe",
        pay_by=timezone.now() + datetime.timedelta(hours=2),
    )
    begin_checkout(rf.post("/vi/"), order)
    session = fake_stripe.pay(session_of(order))
    receive(latest_card_attempt(order), provider_payment_id=session["payment_intent"])
    return order


@pytest.mark.parametrize(
    "currency, fee",
    [
        ("vnd", round(1_260_000 * 34 / 1000) + 2_000),  # the fake's 3.4 % + 2.000 ₫
        # Paid out in cents of a currency worth 25.000 ₫: 5.040, fee 171 + 2.000 = 2.171
        # cents, which is 2.171 / 5.040 of the payment in đồng.
        ("usd", round(1_260_000 * 2_171 / 5_040)),
    ],
)
def test_stripes_fee_is_read_from_its_balance_transaction_in_dong(
    accounts, fake_stripe, rf, currency, fee
):
    fake_stripe.balance_currency = currency
    order = card_paid_order(accounts, fake_stripe, rf)

    assert fetch_fees() == 1
    assert fetch_fees() == 0  # known now: Stripe is not asked again

    payment = order.payments.get(status="paid")
    assert payment.fee == fee
    assert -sum(LedgerEntry.objects.filter(kind="fee").values_list("amount", flat=True)) == fee
