from django import template

from checkout.forms import AddToCartForm

register = template.Library()


@register.simple_tag(takes_context=True)
def add_to_cart_form(context, product):
    """The product page's "Add to cart" form: the one posted back with its errors, or a new
    one when any variant is in stock (none: the page says it is sold out)."""
    if "cart_form" in context:
        return context["cart_form"]
    variants = product.variants_on_sale
    return AddToCartForm(variants=variants) if any(v.in_stock for v in variants) else None
