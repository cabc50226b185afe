"""The buyer's review page: the lines of their delivered order, each with its review form or
the review they wrote. Opened from the link in the "delivered" e-mail, whose signed key
names the order; the page is never stored, since it is one buyer's."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from craftsite.emails import in_language
from craftsite.ratelimit import over_limit
from reviews.forms import ReviewForm, first_name
from reviews.services import AlreadyReviewed, order_id_of, reviewable_lines, write_review

REVIEWS_PER_HOUR = 20


def lines_of_link(key):
    """The lines the review link `key` may review; 404 for a key the site did not sign or
    an order with nothing delivered, so that a wrong link tells nothing."""
    order_id = order_id_of(key)
    lines = list(reviewable_lines(order_id)) if order_id else []
    if not lines:
        raise Http404
    return lines


def form_for(line, data=None, files=None):
    return ReviewForm(
        data,
        files,
        prefix=f"line-{line.pk}",
        initial={"name_shown": first_name(line.order.name)},
    )


@never_cache
def review_order(request, key):
    lines = lines_of_link(key)
    return render_review_page(request, key, lines, {})


@never_cache
def review_line(request, key, line_id):
    """Write the review of one line. A valid form makes a review waiting for approval and
    the buyer is thanked on the page; anything wrong shows the page again with that line's
    errors, and nothing is stored."""
    lines = lines_of_link(key)
    line = next((line for line in lines if line.pk == line_id), None)
    if line is None:
        raise Http404
    if request.method != "POST":
        return redirect("review_order", key=key)
    if hasattr(line, "review"):
        messages.info(request, _("You have reviewed this already: thank you."))
        return redirect("review_order", key=key)
    form = form_for(line, request.POST, request.FILES)
    if not form.is_valid():
        return render_review_page(request, key, lines, {line.pk: form}, status=400)
    if over_limit(request, "review", REVIEWS_PER_HOUR, 3600):
        form.add_error(None, _("Too many reviews from your connection in the last hour."))
        return render_review_page(request, key, lines, {line.pk: form}, status=429)
    try:
        write_review(line, language=request.LANGUAGE_CODE, **form.details())
    except AlreadyReviewed:
        messages.info(request, _("You have reviewed this already: thank you."))
    else:
        messages.success(
            request,
            _("Thank you! Your review of %(product)s will appear once the cooperative has read it.")
            % {"product": line.product_title},
        )
    return redirect("review_order", key=key)


def render_review_page(request, key, lines, bound_forms, status=200):
    rows = [
        {
            "line": line,
            "product": in_language(line.product, request.LANGUAGE_CODE),
            "review": getattr(line, "review", None),
            "form": bound_forms.get(line.pk) or form_for(line),
        }
        for line in lines
    ]
    context = {"key": key, "order": lines[0].order, "rows": rows}
    return render(request, "reviews/review_order.html", context, status=status)
