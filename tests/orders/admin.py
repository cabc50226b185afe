"""What the order and fulfilment admin tests share: a shop of two cooperatives with their
staff, orders made in it, and reading the admin's pages and messages."""

from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import translation

from catalog.models import ProductVariant
from catalog.staff import ensure_staff_group
from tests.factories.orders import make_order
from tests.html import soup

# Queries of the list of parts to send, whatever the number of orders: 12 for cooperative
# staff (the admin's session, user, permissions and menu, their page permissions, the count
# and one page of parts with their orders and cooperatives in a single query).
FULFILMENT_LIST_BUDGET = 12


def staff_of(cooperative, username):
    user = get_user_model().objects.create_user(username=username, password="x")
    user.groups.add(ensure_staff_group(cooperative))
    return user


def stock_of(product):
    return ProductVariant.objects.of_product(product).get().stock


def message_of(response):
    """The text of the message the request left for the next admin page."""
    *_earlier, message = get_messages(response.wsgi_request)
    return BeautifulSoup(str(message), "html.parser").get_text(strip=True)


def vi(message, **values):
    """`message` as staff read it: in Vietnamese, the admin's language, once translated."""
    with translation.override("vi"):
        return translation.gettext(message) % values


def refused(response):
    """Wagtail refuses an admin page with 403, or by sending the user to the dashboard with
    a message."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    )


def text_of(response):
    return soup(response).get_text(" ", strip=True)


def both_cooperatives(shop, **fields):
    """An order of 3 scarves from the weavers and 1 basket from the basket makers."""
    return make_order(
        {shop["weavers"]: [(shop["scarf"], 3)], shop["baskets"]: [(shop["basket"], 1)]},
        **fields,
    )


def weavers_only(shop, **fields):
    return make_order({shop["weavers"]: [(shop["scarf"], 1)]}, **fields)


def part_of(order, cooperative):
    return order.fulfilments.get(cooperative__translation_key=cooperative.translation_key)


def step_url(name, order):
    return reverse(f"orders:{name}", args=[order.pk])


# Site administrators: every order.
