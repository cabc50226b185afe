"""The currency chooser in every page's footer, and the prices it acts on: a plain form that
works without script, remembers the choice in a cookie, returns only to a page of this site,
and refuses an unknown currency in the visitor's language. Pages stay the same for every
visitor: prices carry their VND amount and nothing of the visitor's choice."""

import pytest
from django.contrib.messages import get_messages

from catalog.models import ProductPage
from currencies.views import CURRENCY_COOKIE
from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def product_url(shop):
    return ProductPage.objects.get(slug="khan").url


def choose(client, language, **query):
    return client.get(f"/{language}/currency/", query)


@pytest.mark.parametrize("code", ["EUR", "JPY", "VND"])
def test_choosing_a_currency_remembers_it_and_goes_back(client, product_url, code):
    response = choose(client, "en", currency=code, next=product_url)

    assert response.status_code == 302
    assert response["Location"] == product_url
    cookie = response.cookies[CURRENCY_COOKIE]
    assert cookie.value == code
    assert cookie["samesite"] == "Lax"
    assert not cookie["httponly"]  # the page script reads it


def test_the_query_string_of_the_page_is_kept(client, shop):
    response = choose(client, "en", currency="EUR", next="/en/shop/?sort=price&page=2")

    assert response["Location"] == "/en/shop/?sort=price&page=2"


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("vi", "Không thể hiện giá bằng loại tiền đó. Hãy chọn một loại trong danh sách."),
        ("en", "Prices cannot be shown in that currency. Choose one from the list."),
    ],
)
@pytest.mark.parametrize(
    "code", ["XYZ", "usd", "", "<script>alert(1)</script>", "USD\x00", "U" * 5000, "VND "]
)
def test_an_unknown_currency_is_refused_in_the_visitors_language(
    client, product_url, language, message, code
):
    response = choose(client, language, currency=code, next=product_url)

    assert response.status_code == 302
    assert response["Location"] == product_url
    assert CURRENCY_COOKIE not in response.cookies
    assert [str(m) for m in get_messages(response.wsgi_request)] == [message]


HOSTILE_NEXT = [
    "https://evil.example/",
    "//evil.example/",
    "/\\evil.example/",
    "\\\\evil.example",
    "javascript:alert(1)",
    "http://testserver@evil.example/",
    "/en/\r\nSet-Cookie: x=1",
    "/en/\x00",
    "/" + "a" * 3000,
    "en/shop/",
    "",
]


@pytest.mark.parametrize("next_", HOSTILE_NEXT)
@pytest.mark.parametrize("language", ["vi", "en"])
def test_only_a_page_of_this_site_is_returned_to(client, homes, next_, language):
    response = choose(client, language, currency="EUR", next=next_)

    assert response.status_code == 302
    assert response["Location"] == f"/{language}/"


def test_a_post_is_refused(client, homes):
    assert client.post("/en/currency/", {"currency": "EUR"}).status_code == 405


def test_every_price_carries_its_amount_in_dong(client, product_url):
    page = soup(client.get(product_url))

    prices = page.select("[data-vnd]")
    assert prices
    assert {price["data-vnd"] for price in prices} == {"350000"}
    assert prices[0].get_text() == "350.000 ₫"
    assert prices[0].select_one(".price__indicative").has_attr("hidden")


def test_the_chooser_is_a_labelled_form_in_the_footer(client, product_url):
    page = soup(client.get(product_url.replace("/vi/", "/en/", 1)))

    form = page.select_one("footer form[data-currency-chooser]")
    assert form["action"] == "/en/currency/"
    assert form["method"] == "get"
    assert form["data-rates-url"] == "/exchange-rates.json"
    assert form["data-default-currency"] == "USD"  # foreign visitors on /en/ see dollars first
    select = form.select_one("select[name=currency]")
    assert page.select_one(f"label[for={select['id']}]").get_text(strip=True)
    assert [o["value"] for o in select.select("option")] == [
        "VND", "USD", "EUR", "GBP", "AUD", "JPY", "KRW", "CNY",
    ]  # fmt: skip
    assert "You always pay in VND" in form.get_text()


def test_vietnamese_pages_show_dong_alone_by_default(client, product_url):
    page = soup(client.get(product_url))

    assert page.select_one("form[data-currency-chooser]")["data-default-currency"] == ""
    assert page.select_one("form[data-currency-chooser] option").get_text() == "Chỉ VND"


def test_a_stored_page_is_the_same_whatever_the_visitors_currency(client, product_url, settings):
    settings.PAGE_CACHE_SECONDS = 600
    first = client.get(product_url)
    client.cookies[CURRENCY_COOKIE] = "EUR"

    second = client.get(product_url)

    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
