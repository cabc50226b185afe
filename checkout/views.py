"""The cart, checkout and the buyer's order page. The views handle HTTP only: the cart is
read fresh, the order is placed by orders.services, and the payment method says where the
buyer goes."""

import secrets

from django.conf import settings
from django.contrib import messages
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from stripe import StripeError
from wagtail.models import Locale

from base.templatetags.site_tags import vnd
from catalog.models import ProductPage, ProductVariant
from checkout.cart import (
    Cart,
    CartChange,
    cart_contents,
    collect_at_cooperatives,
    deliver_to,
    estimate_delivery,
)
from checkout.forms import LEGENDS, AddToCartForm, CartLineForm, CheckoutForm
from craftsite.origins import same_origin_forms
from craftsite.privacy import public
from craftsite.ratelimit import over_limit
from craftsite.states import TransitionNotAllowed
from orders.models import Fulfilment, Order, OrderLine, ShopSettings
from orders.models.settings import BANKS
from orders.services import DuplicateCheckout, OutOfStock, TooManyUnpaidOrders, place_order
from payments.methods import method_of
from payments.refunds import refunds_of
from payments.transfers import waiting_request
from payments.vietqr import payload, qr_svg

CHECKOUT_KEY = "checkout_key"
PLACED_KEY = "placed_checkouts"
CHECKOUTS_PER_HOUR = 30


@same_origin_forms
def add_to_cart(request, product_id):
    """Put the chosen variant in the visitor's cart and come back to the product; a form
    with something wrong shows the product page again with the errors."""
    product = get_object_or_404(public(ProductPage.objects.live()), pk=product_id).specific
    if request.method != "POST":
        return redirect(product.url)
    form = AddToCartForm(request.POST, variants=product.variants_on_sale)
    if not form.is_valid():
        context = {**product.get_context(request), "cart_form": form}
        return TemplateResponse(request, product.get_template(request), context, status=400)
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
    return render(request, "checkout/cart.html", {"contents": estimate_delivery(contents)})


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


def new_checkout_key(session):
    """A fresh key for the next checkout form: the order it makes carries it, so the same
    form sent twice makes one order."""
    session[CHECKOUT_KEY] = secrets.token_urlsafe(24)
    return session[CHECKOUT_KEY]


def owns_checkout(session, key):
    """Whether `key` is one this browser was given: the current form or an order it placed."""
    return key == session.get(CHECKOUT_KEY) or key in session.get(PLACED_KEY, [])


def remember_placed(request, order):
    Cart(request.session).clear()
    request.session[PLACED_KEY] = [*request.session.get(PLACED_KEY, [])[-9:], order.checkout_key]
    new_checkout_key(request.session)


@never_cache
def checkout(request):
    """Contact, address and payment for the cart; places the order on a valid POST."""
    cart = Cart(request.session)
    contents = cart_contents(cart, Locale.get_active())
    if not contents.groups:
        tell_about_changes(request, contents.changes, cart)
        messages.info(request, _("Your cart is empty."))
        return redirect("cart")
    shop = ShopSettings.load(request_or_site=request)
    if request.method != "POST":
        tell_about_changes(request, contents.changes, cart)
        initial = {"checkout_key": new_checkout_key(request.session), "payment_method": "cod"}
        form = CheckoutForm(contents=contents, home_province=shop.home_province, initial=initial)
        return render_checkout(request, form, contents, shop)

    if "refresh" in request.POST:  # another delivery, province or country: show its fields
        form = CheckoutForm(
            contents=contents, home_province=shop.home_province, initial=request.POST.dict()
        )
        form.focus_after(request.POST["refresh"])
        return render_checkout(request, form, contents, shop)
    form = CheckoutForm(request.POST, contents=contents, home_province=shop.home_province)
    key = request.POST.get("checkout_key", "")
    earlier = Order.objects.filter(checkout_key=key).first() if key else None
    if earlier and owns_checkout(request.session, key):
        return redirect("order", earlier.token)
    if not form.is_valid():
        return render_checkout(request, form, contents, shop, status=400)
    if not owns_checkout(request.session, key):
        messages.error(request, _("This form has expired. Please check it and send it again."))
        return render_checkout(request, renewed(form, request, shop), contents, shop, status=400)
    if over_limit(request, "checkout", CHECKOUTS_PER_HOUR, 3600):
        messages.error(request, _("Too many orders from your connection. Try again later."))
        return render_checkout(request, form, contents, shop, status=429)
    if contents.changes:
        tell_about_changes(request, contents.changes, cart)
        messages.warning(request, _("Please check the new total, then place your order again."))
        return render_checkout(request, form, contents, shop, status=409)

    try:
        order = place_order(
            contents,
            form.zone,
            form.contact(),
            form.method,
            request.LANGUAGE_CODE,
            checkout_key=key,
            gift_messages=form.gift_messages,
        )
    except DuplicateCheckout as duplicate:
        remember_placed(request, duplicate.order)
        return redirect("order", duplicate.order.token)
    except TooManyUnpaidOrders:
        messages.error(request, too_many_unpaid_orders())
        return render_checkout(request, form, contents, shop, status=429)
    except OutOfStock as short:
        tell_about_sold_out(request, contents, short.skus)
        contents = cart_contents(cart, Locale.get_active())
        if not contents.groups:
            return redirect("cart")
        return render_checkout(request, form, contents, shop, status=409)
    remember_placed(request, order)
    return redirect(start_payment(request, order))


def renewed(form, request, shop):
    """The same form with the buyer's answers and a fresh checkout key."""
    data = form.data.copy()
    data["checkout_key"] = new_checkout_key(request.session)
    return CheckoutForm(data, contents=form.contents, home_province=shop.home_province)


def too_many_unpaid_orders():
    limit = settings.UNPAID_ORDERS_PER_BUYER
    return ngettext(
        "You already have %(count)d order waiting for payment or delivery. Please pay for it, "
        "or wait until it arrives, before placing another.",
        "You already have %(count)d orders waiting for payment or delivery. Please pay for "
        "them, or wait until they arrive, before placing another.",
        limit,
    ) % {"count": limit}


def tell_about_sold_out(request, contents, skus):
    """Name what ran out while the buyer was checking out; the rest of the cart stays."""
    for group in contents.groups:
        for line in group.lines:
            if line.variant.sku in skus:
                messages.error(
                    request,
                    _(
                        "Sorry, “%(product)s” (%(variant)s) sold out just now. "
                        "The rest of your cart is kept: check it and place the order again."
                    )
                    % {"product": line.product.title, "variant": line.variant.display_label},
                )


def start_payment(request, order):
    """Hand the buyer to the payment method; if the card provider cannot be reached, the
    order stays and its page offers to try again, and if the order may no longer be paid
    this way its page says why."""
    try:
        return method_of(order).start(request, order)
    except StripeError:
        messages.error(request, _("The card payment could not be started. Please try again."))
    except TransitionNotAllowed as refusal:  # paid meanwhile, paid again too often, too late
        messages.error(request, str(refusal))
    return order.get_absolute_url()


def render_checkout(request, form, contents, shop, status=200):
    if form.delivery_kind == Order.Delivery.PICKUP:
        contents = collect_at_cooperatives(contents)
    elif form.zone:
        contents = deliver_to(form.zone, contents)
    elif form.delivery_kind != Order.Delivery.ABROAD:
        contents = estimate_delivery(contents)
    context = {
        "form": form,
        "contents": contents,
        "zone": form.zone,
        "delivery": form.delivery_kind,
        "delivery_legend": LEGENDS[form.delivery_kind],
        "gift_fields": [form[name] for name in form.gift_fields.values()],
        "shop": shop,
        "payment_choices": [
            (choice, method.help_for(form.delivery_kind))
            for choice, method in zip(form["payment_method"], form.methods.values(), strict=True)
        ],
    }
    return render(request, "checkout/checkout.html", context, status=status)


@never_cache
def order(request, token):
    """The buyer's order at its secret address: each cooperative's part and its tracking,
    what was refunded, and how to pay when payment is still due."""
    placed = get_object_or_404(
        Order.objects.prefetch_related(
            Prefetch(
                "fulfilments",
                Fulfilment.objects.select_related(
                    "cooperative", "cooperative__village"
                ).prefetch_related(Prefetch("lines", OrderLine.objects.order_by("pk"))),
            )
        ),
        token=token,
    )
    method = method_of(placed)
    context = {
        "order": placed,
        "method": method,
        "card_pending": request.GET.get("paid") == "card" and not placed.is_paid,
        "refunds": refunds_of(placed),
        "can_pay_by_card": placed.awaits_payment
        and method.pays_on_provider_page
        and method.is_available(),
    }
    if placed.awaits_payment and method.pays_by_transfer:
        context["transfer"] = transfer_details(placed, ShopSettings.load(request_or_site=request))
    response = render(request, "checkout/order.html", context)
    response["X-Robots-Tag"] = "noindex"
    response["Referrer-Policy"] = "no-referrer"
    return response


def transfer_details(order, shop):
    """What the buyer needs to pay by transfer: the QR code their banking app scans and the
    same data as text for those who type it in. The transfer service's request when the
    order has one (its transfer confirms the order by itself), else the shop's account."""
    title = _("VietQR code to pay order %(code)s") % {"code": order.code}
    if request := waiting_request(order):
        shown = request.instructions
        return {
            "bank": dict(BANKS).get(shown["bin"], shown["bin"]),
            "account_number": shown["account_number"],
            "account_holder": shown["account_name"],
            "amount": request.amount,
            "note": shown["note"],
            "qr": qr_svg(shown["qr"], title),
            "confirmed_by_the_bank": True,
        }
    if not shop.takes_transfers:
        return None
    text = payload(shop.bank_bin, shop.account_number, order.total, order.code)
    return {
        "bank": shop.bank_name,
        "account_number": shop.account_number,
        "account_holder": shop.account_holder,
        "amount": order.total,
        "note": order.code,
        "qr": qr_svg(text, title),
    }


@require_POST
def pay_again(request, token):
    """Start a new card payment for an order still waiting for one (the buyer left the
    payment page, or it expired)."""
    placed = get_object_or_404(Order, token=token)
    method = method_of(placed)
    if not (placed.awaits_payment and method.pays_on_provider_page):
        messages.info(request, _("This order is not waiting for a card payment."))
        return redirect("order", token)
    if not method.is_available():
        messages.error(request, _("Card payments are not available at the moment."))
        return redirect("order", token)
    return redirect(start_payment(request, placed))
