"""The forms on stored public pages (add to cart, register for a class) carry no CSRF token:
a post from another site is refused by the headers browsers send, one from the site's own
page goes through, with or without script."""

import pytest
from django.test import Client

from base.templatetags.site_tags import action_url
from checkout.cart import SESSION_KEY
from stories.models import ClassRegistration
from tests.factories.catalog import add_cooperative, add_product, add_shop
from tests.factories.stories import build_stories_site

pytestmark = pytest.mark.django_db

ACCEPTED = [
    {"Sec-Fetch-Site": "same-origin"},
    {"Sec-Fetch-Site": "none"},  # typed in or a bookmark
    {"Origin": "http://testserver"},  # an older browser without fetch metadata
    {},  # not a browser: it can post anyway, and rides no one's session
]
REFUSED = [
    {"Sec-Fetch-Site": "cross-site"},
    {"Sec-Fetch-Site": "same-site"},  # a page of a neighbouring subdomain
    {"Sec-Fetch-Site": "cross-site", "Origin": "http://testserver"},
    {"Origin": "https://attacker.example"},
    {"Origin": "null"},  # a sandboxed frame or a data: page
]


@pytest.fixture
def scarf(homes):
    cooperative = add_cooperative(add_shop(homes["vi"]), "HTX Dệt")
    return add_product(cooperative, "Khăn", price=350_000, stock=3, sku="KHAN-DO")


def add_to_cart(visitor, product, headers):
    return visitor.post(
        action_url("add_to_cart", product), {"sku": "KHAN-DO", "quantity": 1}, headers=headers
    )


@pytest.mark.parametrize("headers", ACCEPTED)
def test_a_post_from_the_sites_own_page_needs_no_token(scarf, headers):
    visitor = Client(enforce_csrf_checks=True)
    assert add_to_cart(visitor, scarf, headers).status_code == 302
    assert visitor.session[SESSION_KEY] == {"KHAN-DO": 1}


@pytest.mark.parametrize("headers", REFUSED)
def test_a_post_from_another_site_is_refused_and_changes_no_cart(scarf, headers):
    visitor = Client(enforce_csrf_checks=True)
    response = add_to_cart(visitor, scarf, headers)
    assert response.status_code == 403
    assert SESSION_KEY not in visitor.session


def test_a_class_registration_from_another_site_is_refused_and_stores_nothing(homes):
    event = build_stories_site(homes)["event"]["vi"]
    visitor = Client(enforce_csrf_checks=True)
    data = {"name": "Y Nhung", "phone": "0912 345 678", "age": "16", "village": "Kon Tum"}
    data |= {"consent": "on", "website": ""}
    url = action_url("class_registration", event)
    refused = visitor.post(url, data, headers={"Sec-Fetch-Site": "cross-site"})
    assert refused.status_code == 403
    assert not ClassRegistration.objects.exists()
    accepted = visitor.post(url, data, headers={"Sec-Fetch-Site": "same-origin"})
    assert accepted.status_code == 302
    assert ClassRegistration.objects.count() == 1


def test_the_public_forms_carry_no_token_and_the_others_still_do(client, scarf):
    assert "csrfmiddlewaretoken" not in client.get(scarf.url).text
    client.post(action_url("add_to_cart", scarf), {"sku": "KHAN-DO", "quantity": 1})
    assert "csrfmiddlewaretoken" in client.get("/vi/cart/").text
