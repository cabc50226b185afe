"""Every public form and query parameter, fed what Hypothesis makes up and what attackers
send: the site never answers with a server error, never sends a script back as markup, and
every form it refuses says why, next to the form, in the visitor's language."""

import re
from datetime import timedelta
from urllib.parse import quote

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone, translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from base.templatetags.site_tags import action_url
from checkout.cart import SESSION_KEY
from notifications.models import Message
from orders.models import Fulfilment, Order, ShippingRate, ShippingZone
from orders.services import advance_fulfilment
from reviews.models import Review
from reviews.services import invitation_key
from tests.factories.orders import make_order
from tests.html import soup

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert(1)</script>"
HOSTILE = [
    SCRIPT,
    '"><img src=x onerror=alert(1)>',
    "\x00",
    "' OR 1=1 --",
    '=HYPERLINK("http://evil.example")',
    "../../../etc/passwd",
    "9" * 40,
    "-1",
    "1e309",
    "%00",
    "\u202egnp.exe",
    " ",
    "🙂" * 60,
    "ư" * 5000,
    "https://spam.example/win",
]
text = st.one_of(st.text(max_size=200), st.sampled_from(HOSTILE))
# Phone numbers as people type them at home and abroad, nearly right ones, and anything.
TYPED_PHONES = [
    "0912 345 678",
    "+84 912 345 678",
    "0084 912345678",
    "+44 7700 900123",
    "+1 (202) 555-0123",
    "+84 91234567",
    "0912 345 67",
    "+44 7700",
    "09l2 345 678",
    "0912345678\n0987654321",
]
phones = st.one_of(
    text,
    st.sampled_from(TYPED_PHONES),
    st.from_regex(r"\+?[0-9 ().\-]{0,40}", fullmatch=True),
)
E164 = re.compile(r"\+[1-9][0-9]{6,14}")
FUZZ = settings(
    max_examples=25,
    deadline=None,
    derandomize=True,  # the same inputs on every run: a failure is reproduced as it was seen
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
ANSWERED = {200, 301, 302, 400, 404, 405, 409, 429}  # 409: already registered
SAME_ORIGIN = {"HTTP_SEC_FETCH_SITE": "same-origin"}


def assert_answered_safely(response):
    assert response.status_code in ANSWERED, response.status_code
    assert SCRIPT.encode() not in response.content
    assert b"<img src=x onerror" not in response.content


def assert_refusal_says_why(response, language):
    """A refused form comes back with the form and a message beside it, in the page's
    language."""
    page = soup(response)
    messages = page.select(".field__error, .form-errors, .message--error, .message--warning")
    assert messages and all(m.get_text(strip=True) for m in messages), response.content[:2000]
    assert page.html["lang"] == language


@pytest.fixture
def site(shop):
    zone = ShippingZone(name="Cả nước", name_en="Everywhere", home=False)
    zone.rates = [ShippingRate(up_to_grams=50_000, fee=30_000)]
    zone.save()
    product = shop["vi"].get_children().first().get_children().first().specific
    return {**shop, "product": product}


def listing_addresses(site):
    stories = site["stories"]
    return [
        site["vi"].url,
        site["en"].url,
        site["vi"].url + "nha-cung-cap/",
        "/vi/search/",
        "/en/search/",
        *(
            stories["indexes"][key][language].url
            for key in ("stories", "villages", "events")
            for language in ("vi", "en")
        ),
    ]


PARAMETERS = [
    "page",
    "q",
    "sort",
    "craft",
    "material",
    "group",
    "village",
    "cooperative",
    "ocop",
    "in_stock",
    "topic",
    "kind",
    "utm_source",
    "fbclid",
    "x",
]


@FUZZ
@given(
    index=st.integers(min_value=0, max_value=10),
    query=st.dictionaries(st.sampled_from(PARAMETERS), text, max_size=4),
)
def test_listing_and_search_parameters(client, site, index, query):
    addresses = listing_addresses(site)
    response = client.get(addresses[index % len(addresses)], query)

    assert_answered_safely(response)


@FUZZ
@given(
    language=st.sampled_from(["vi", "en"]),
    currency=st.one_of(text, st.sampled_from(["USD", "EUR", "VND"])),
    next_=st.one_of(text, st.just("/en/"), st.just("//evil.example/")),
)
def test_currency_chooser(client, site, language, currency, next_):
    response = client.get(f"/{language}/currency/", {"currency": currency, "next": next_})

    assert_answered_safely(response)
    assert response.status_code == 302
    assert response["Location"].startswith("/") and not response["Location"].startswith("//")
    page = client.get(response["Location"], follow=True)
    assert page.status_code in ANSWERED
    chosen = response.cookies.get("indicative_currency")
    assert chosen is None or chosen.value in {"USD", "EUR", "VND"}


@FUZZ
@given(sku=st.one_of(text, st.just("KKT-01")), quantity=st.one_of(text, st.integers().map(str)))
def test_add_to_cart(client, site, sku, quantity):
    response = client.post(
        action_url("add_to_cart", site["product"]),
        {"sku": sku, "quantity": quantity},
        **SAME_ORIGIN,
    )

    assert_answered_safely(response)
    if response.status_code == 400:
        assert_refusal_says_why(response, "vi")
    cart = client.session.get(SESSION_KEY, {})
    assert set(cart) <= {"KKT-01"} and all(0 < n <= 3 for n in cart.values())


@FUZZ
@given(sku=st.one_of(text, st.just("KKT-01")), quantity=text)
def test_changing_the_cart(client, site, sku, quantity):
    session = client.session
    session[SESSION_KEY] = {"KKT-01": 1}
    session.save()

    response = client.post("/en/cart/update/", {"sku": sku, "quantity": quantity}, follow=True)

    assert_answered_safely(response)
    assert set(client.session.get(SESSION_KEY, {})) <= {"KKT-01"}


CHECKOUT_FIELDS = [
    "name",
    "phone",
    "email",
    "province",
    "commune",
    "street",
    "note",
    "payment_method",
    "consent",
    "checkout_key",
]


@FUZZ
@given(
    answers=st.fixed_dictionaries(
        {}, optional={**dict.fromkeys(CHECKOUT_FIELDS, text), "phone": phones}
    )
)
def test_checkout(client, site, answers):
    session = client.session
    session[SESSION_KEY] = {"KKT-01": 1}
    session.save()
    valid = {
        "name": "Nguyễn Thị Lan",
        "phone": "0912345678",
        "email": "lan@example.test",
        "province": "1",
        "commune": "4",
        "street": "12 Phan Đình Phùng",
        "payment_method": "cod",
        "consent": "on",
        "checkout_key": soup(client.get("/en/cart/checkout/")).select_one(
            "input[name=checkout_key]"
        )["value"],
    }
    orders_before = Order.objects.count()

    response = client.post("/en/cart/checkout/", {**valid, **answers})

    assert_answered_safely(response)
    if response.status_code == 200:
        assert_refusal_says_why(response, "en")
        assert Order.objects.count() == orders_before
    if response.status_code == 302:
        assert_answered_safely(client.get(response.url))
        assert E164.fullmatch(Order.objects.latest("pk").phone)


ENQUIRY_FIELDS = [
    "name",
    "organisation",
    "email",
    "phone",
    "wanted",
    "quantity",
    "wanted_by",
    "message",
    "consent",
    "website",
]


@FUZZ
@given(
    answers=st.fixed_dictionaries(
        {}, optional={**dict.fromkeys(ENQUIRY_FIELDS, text), "phone": phones}
    )
)
def test_quote_request(client, site, answers):
    cache.clear()  # the hourly limit is tested elsewhere; here every answer is read
    valid = {
        "name": "Emma Laurent",
        "email": "emma@maison.example",
        "phone": "+84 912 345 678",
        "wanted": "Brocade scarves",
        "quantity": "60",
        "consent": "on",
        "website": "",
        "wanted_by": (timezone.localdate() + timedelta(days=30)).strftime("%d/%m/%Y"),
        "message": "For our shop.",
    }
    cooperative = site["product"].get_parent().specific

    response = client.post(action_url("request_quote", cooperative), {**valid, **answers})

    assert_answered_safely(response)
    if response.status_code in (200, 400):
        assert_refusal_says_why(response, "vi")


VISIT_FIELDS = [
    "kind",
    "arrival",
    "departure",
    "group_size",
    "guide_language",
    "name",
    "phone",
    "email",
    "message",
    "consent",
    "website",
]
# Days as people type them, nearly right ones and impossible ones, around today.
typed_days = st.one_of(
    text,
    st.integers(min_value=-40, max_value=800).map(
        lambda days: (timezone.localdate() + timedelta(days=days)).isoformat()
    ),
    st.sampled_from(["2026-02-30", "31/12/2026", "0000-00-00", "9999-12-31"]),
)


@FUZZ
@given(
    answers=st.fixed_dictionaries(
        {},
        optional={
            **dict.fromkeys(VISIT_FIELDS, text),
            "phone": phones,
            "arrival": typed_days,
            "departure": typed_days,
            "group_size": st.one_of(text, st.integers().map(str)),
        },
    ),
    language=st.sampled_from(["vi", "en"]),
)
def test_visit_request(client, site, answers, language):
    cache.clear()  # the hourly limit is tested elsewhere; here every answer is read
    valid = {
        "kind": "visit",
        "arrival": (timezone.localdate() + timedelta(days=10)).isoformat(),
        "group_size": "3",
        "guide_language": "vi",
        "name": "Nguyễn Lan",
        "phone": "0912 345 678",
        "consent": "on",
        "website": "",
    }
    village = site["stories"]["village"][language]

    response = client.post(action_url("request_visit", village), {**valid, **answers})

    assert_answered_safely(response)
    if response.status_code in (200, 400):
        assert_refusal_says_why(response, language)


REGISTRATION_FIELDS = [
    "name",
    "phone",
    "age",
    "village",
    "guardian_name",
    "guardian_consent",
    "consent",
    "website",
]


@FUZZ
@given(
    answers=st.fixed_dictionaries(
        {}, optional={**dict.fromkeys(REGISTRATION_FIELDS, text), "phone": phones}
    )
)
def test_class_registration(client, site, answers):
    cache.clear()
    valid = {
        "name": "Y Nhung",
        "phone": "0912 345 678",
        "age": "16",
        "village": "Đăk Răng",
        "consent": "on",
        "website": "",
    }
    event = site["stories"]["event"]["en"]

    response = client.post(
        action_url("class_registration", event), {**valid, **answers}, **SAME_ORIGIN
    )

    assert_answered_safely(response)
    if response.status_code in (400, 409):
        assert_refusal_says_why(response, "en")


REVIEW_FIELDS = ["rating", "text", "name_shown", "consent", "website"]


@pytest.fixture
def delivered_line(site):
    cooperative = site["product"].get_parent().specific
    order = make_order({cooperative: [(site["product"], 1)]}, language="en")
    part = order.fulfilments.get()
    advance_fulfilment(part, Fulfilment.Status.SHIPPED, carrier="GHN", tracking_number="G1")
    advance_fulfilment(part, Fulfilment.Status.DELIVERED)
    return order.lines.get()


@FUZZ
@given(answers=st.fixed_dictionaries({}, optional=dict.fromkeys(REVIEW_FIELDS, text)))
def test_review(client, delivered_line, answers):
    cache.clear()
    Review.objects.all().delete()  # each example writes the line's one review afresh
    valid = {"rating": "5", "text": "Khăn dệt rất đẹp.", "name_shown": "Lan", "consent": "on"}
    prefix = f"line-{delivered_line.pk}-"
    with translation.override("en"):
        url = reverse("review_line", args=[invitation_key(delivered_line.order), delivered_line.pk])

    response = client.post(
        url, {prefix + name: value for name, value in {**valid, **answers}.items()}
    )

    assert_answered_safely(response)
    if response.status_code == 400:
        assert_refusal_says_why(response, "en")


@FUZZ
@given(key=text, line=st.one_of(text, st.integers().map(str)))
def test_review_link(client, delivered_line, key, line):
    for url in (
        f"/en/reviews/{quote(key, safe='')}/",
        f"/en/reviews/{quote(key, safe='')}/{quote(line, safe='')}/",
    ):
        assert_answered_safely(client.get(url))
        assert_answered_safely(client.post(url, {"line-1-rating": "5"}))
    assert not Review.objects.exists()


@pytest.fixture
def sent_message(django_user_model):
    """A message Zalo and eSMS have taken, waiting for its receipt."""
    return Message.objects.create(
        recipient=django_user_model.objects.create_user("htx"),
        kind="new_order",
        topic="fulfilment:1",
        channel="sms",
        reference="LN-1",
        text="Đơn hàng mới LN-1 cần đóng gói",
        link="http://localhost/admin/",
        status="sent",
        provider_message_id="abc",
    )


@FUZZ
@given(
    body=st.one_of(st.binary(max_size=300), text.map(str.encode)),
    signature=text,
    message=st.one_of(text, st.integers(min_value=-1, max_value=10**12).map(str)),
    token=text,
    query=st.dictionaries(st.sampled_from(["SMSID", "SendStatus", "RequestId", "x"]), text),
)
def test_delivery_receipts(client, settings, sent_message, body, signature, message, token, query):
    """Anyone can call the providers' receipt addresses: whatever comes, nothing changes."""
    settings.ZALO_APP_ID, settings.ZALO_OA_SECRET_KEY = "1", "secret"
    assert_answered_safely(
        client.post(
            "/notifications/zalo/events/",
            body,
            content_type="application/json",
            HTTP_X_ZEVENT_SIGNATURE=signature,
        )
    )
    path = f"/notifications/sms/{quote(message, safe='')}/{quote(token, safe='')}/"
    assert_answered_safely(client.get(path, query))
    sent_message.refresh_from_db()
    assert sent_message.status == "sent"
