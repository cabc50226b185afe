"""Addresses of the site's actions in a page's own language, as its links give them."""

from django.urls import reverse
from django.utils import translation


def action_url(name, page):
    """The address of the action `name` that takes `page`'s id (add to cart, request a
    quote, register for a class), under the page's language prefix."""
    with translation.override(page.locale.language_code):
        return reverse(name, args=[page.pk])
