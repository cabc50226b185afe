from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from wagtail.models import Locale

from catalog.cart import Cart, CartChange, cart_contents, estimate_delivery
from catalog.forms import AddToCartForm, CartLineForm
from catalog.models import ProductVariant
from craftsite.templatetags.craftsite_tags import vnd


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
        warn_about_stock(request, variant, now)
    else:
        messages.success(
            request,
            _("Added to your cart: %(quantity)d × %(product)s (%(variant)s).")
            % {"quantity": wanted, "product": product.title, "variant": variant.display_label},
        )
    return redirect(product.url)


def warn_about_stock(request, variant, quantity):
    messages.warning(
        request,
        ngettext(
            "Only %(count)d is in stock: your cart holds %(count)d of “%(variant)s”.",
            "Only %(count)d are in stock: your cart holds %(count)d of “%(variant)s”.",
            quantity,
        )
        % {"count": quantity, "variant": variant.display_label},
    )


def cart(request):
    """The cart, grouped by the cooperative that ships each part."""
    visitor_cart = Cart(request.session)
    contents = cart_contents(visitor_cart, Locale.get_active())
    tell_about_changes(request, contents.changes, visitor_cart)
    return render(request, "catalog/cart.html", {"contents": estimate_delivery(contents)})


def tell_about_changes(request, changes, cart):
    """Tell the buyer what changed in their cart since they last saw it."""
    for change in changes:
        if change.kind == CartChange.REMOVED:
            messages.info(
                request,
                _("“%(product)s” is no longer available and was taken out of your cart.")
                % {"product": change.product_name},
            )
        elif change.kind == CartChange.LOWERED:
            warn_about_stock(request, change.variant, cart.quantity_of(change.variant.sku))
        else:
            messages.warning(
                request,
                _("The price of “%(product)s” (%(variant)s) changed from %(old)s to %(new)s.")
                % {
                    "product": change.product_name,
                    "variant": change.variant.display_label,
                    "old": vnd(change.old_price),
                    "new": vnd(change.variant.price),
                },
            )


@require_POST
def update_cart(request):
    """Change a line's quantity or remove it; anything malformed changes nothing."""
    form = CartLineForm(request.POST)
    cart = Cart(request.session)
    if not form.is_valid() or form.cleaned_data["sku"] not in cart.lines:
        messages.error(request, _("That change could not be made. Please try again."))
        return redirect("cart")
    sku, quantity = form.cleaned_data["sku"], form.cleaned_data["quantity"]
    variant = ProductVariant.objects.filter(sku=sku, active=True).first()
    if variant is None or quantity == 0:
        cart.remove(sku)
        messages.success(request, _("Removed from your cart."))
    elif cart.set(variant, quantity) < quantity:
        warn_about_stock(request, variant, cart.quantity_of(sku))
    else:
        messages.success(request, _("Your cart is updated."))
    return redirect("cart")
