from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from wagtail.models import Locale

from catalog.cart import Cart, CartChange, cart_contents, estimate_delivery
from catalog.enquiries import receive_enquiry
from catalog.forms import AddToCartForm, CartLineForm, EnquiryForm
from catalog.models import ProductVariant
from catalog.models.enquiries import ANSWER_WITHIN
from catalog.suppliers import list_suppliers, parse_supplier_filters
from craftsite.pagination import paginate, query_without_page
from craftsite.ratelimit import over_limit
from craftsite.templatetags.craftsite_tags import vnd

ENQUIRIES_PER_HOUR = 5
SUPPLIERS_PER_PAGE = 24


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


@never_cache
def request_quote(request, cooperative, product=None):
    """The "Request a quote" form of a cooperative, or of one of its products. A valid
    enquiry goes to the cooperative, and the buyer is thanked on the page they came from;
    anything wrong is shown next to its field and nothing is stored."""
    if request.method != "POST":
        form = EnquiryForm(
            cooperative=cooperative, initial={"wanted": product.title if product else ""}
        )
        return render_quote_form(request, cooperative, product, form)
    form = EnquiryForm(request.POST, cooperative=cooperative)
    if not form.is_valid():
        return render_quote_form(request, cooperative, product, form, status=400)
    if over_limit(request, "enquiry", ENQUIRIES_PER_HOUR, 3600):
        form.add_error(
            None,
            _("Too many enquiries from your connection in the last hour. Try again later."),
        )
        return render_quote_form(request, cooperative, product, form, status=429)
    enquiry = receive_enquiry(
        cooperative, product=product, language=request.LANGUAGE_CODE, **form.details()
    )
    messages.success(
        request,
        _(
            "Thank you: your enquiry is with %(cooperative)s, who will answer you by e-mail. "
            "We have sent a confirmation to %(email)s."
        )
        % {"cooperative": cooperative.title, "email": enquiry.email},
    )
    return redirect((product or cooperative).get_url(request))


def render_quote_form(request, cooperative, product, form, status=200):
    context = {
        "page": product or cooperative,
        "cooperative": cooperative,
        "product": product,
        "form": form,
        "answer_within_days": ANSWER_WITHIN.days,
    }
    return render(request, "catalog/request_quote.html", context, status=status)


def supplier_directory(request, shop):
    """Cooperatives for wholesale buyers, filtered by craft, ethnic group, village and
    commune."""
    filters = parse_supplier_filters(request.GET)
    cooperatives, options = list_suppliers(shop, filters)
    context = {
        "page": shop,
        "filters": filters,
        "options": options,
        "cooperatives": paginate(request, cooperatives, SUPPLIERS_PER_PAGE),
        "query": query_without_page(request),
        "canonical_url": request.build_absolute_uri(request.path),
    }
    return render(request, "catalog/suppliers.html", context)
