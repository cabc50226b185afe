"""Every price on the public site, and the chooser of the currency shown beside it.

A price is the VND amount, as `vnd` writes it, with its number of đồng in `data-vnd` and an
empty, hidden place beside it. Stored pages are the same for every visitor, so the
indicative amount in the visitor's currency is written there by
currencies/static/currencies/js/indicative-prices.js, never on the server; without script
the price is VND alone."""

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import get_language

from base.templatetags.site_tags import vnd

register = template.Library()


@register.simple_tag
def price(amount):
    return format_html(
        '<span class="price" data-vnd="{}">{}<span class="price__indicative" hidden></span></span>',
        int(amount),
        vnd(amount),
    )


@register.inclusion_tag("currencies/includes/chooser.html", takes_context=True)
def currency_chooser(context):
    """The chooser's form, the same for every visitor of a language: which currency is
    chosen is marked by the script, from the visitor's cookie."""
    request = context.get("request")
    return {
        "currencies": settings.INDICATIVE_CURRENCIES,
        "default_currency": settings.DEFAULT_INDICATIVE_CURRENCY.get(get_language(), ""),
        "rates_url": reverse("exchange_rates"),
        "next": request.path if request else "",
    }
