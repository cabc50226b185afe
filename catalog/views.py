from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from catalog.cart import Cart
from catalog.forms import AddToCartForm


def add_to_cart(request, product):
    """Put the chosen variant in the visitor's cart and come back to the product."""
    form = AddToCartForm(request.POST, variants=product.variants_on_sale)
    if not form.is_valid():
        response = product.render(request, context_overrides={"cart_form": form})
        response.status_code = 400
        return response
    variant, wanted = form.variant, form.cleaned_data["quantity"]
    cart = Cart(request.session)
    before = cart.quantity_of(variant.sku)
    now = cart.add(variant, wanted)
    if now - before < wanted:
        messages.warning(
            request,
            ngettext(
                "Only %(count)d is in stock: your cart holds %(count)d of “%(variant)s”.",
                "Only %(count)d are in stock: your cart holds %(count)d of “%(variant)s”.",
                now,
            )
            % {"count": now, "variant": variant.display_label},
        )
    else:
        messages.success(
            request,
            _("Added to your cart: %(quantity)d × %(product)s (%(variant)s).")
            % {"quantity": wanted, "product": product.title, "variant": variant.display_label},
        )
    return redirect(product.url)
