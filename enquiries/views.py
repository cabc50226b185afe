"""The "Request a quote" form, for a cooperative or one of its products."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from catalog.models import CooperativePage, ProductPage
from craftsite.privacy import public
from craftsite.ratelimit import over_limit
from enquiries.forms import EnquiryForm
from enquiries.models import ANSWER_WITHIN
from enquiries.services import receive_enquiry

ENQUIRIES_PER_HOUR = 5


@never_cache
def request_cooperative_quote(request, cooperative_id):
    cooperative = get_object_or_404(public(CooperativePage.objects.live()), pk=cooperative_id)
    return request_quote(request, cooperative.specific)


@never_cache
def request_product_quote(request, product_id):
    product = get_object_or_404(public(ProductPage.objects.live()), pk=product_id).specific
    return request_quote(request, product.cooperative, product=product)


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
        "page_action": "request_product_quote" if product else "request_quote",
        "cooperative": cooperative,
        "product": product,
        "form": form,
        "answer_within_days": ANSWER_WITHIN.days,
    }
    return render(request, "enquiries/request_quote.html", context, status=status)
