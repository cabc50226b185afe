"""The "Ask for a visit" form of a village, and the page that thanks the visitor."""

from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from base.templatetags.site_tags import action_url
from craftsite.privacy import public
from craftsite.ratelimit import over_limit
from stories.models import VillagePage
from visits.forms import VisitRequestForm
from visits.models import ANSWER_WITHIN
from visits.services import receive_visit_request

VISIT_REQUESTS_PER_HOUR = 5


def live_village(village_id):
    return get_object_or_404(public(VillagePage.objects.live()), pk=village_id)


@never_cache
def request_visit(request, village_id):
    """A valid request goes to the village's hosts and the visitor is sent to the thank-you
    page (so a reload does not send it again); anything wrong is shown next to its field
    and nothing is stored."""
    village = live_village(village_id)
    if request.method != "POST":
        return render_visit_form(request, village, VisitRequestForm())
    form = VisitRequestForm(request.POST)
    if not form.is_valid():
        return render_visit_form(request, village, form, status=400)
    if over_limit(request, "visit_request", VISIT_REQUESTS_PER_HOUR, 3600):
        form.add_error(
            None, _("Too many requests from your connection in the last hour. Try again later.")
        )
        return render_visit_form(request, village, form, status=429)
    receive_visit_request(village, language=request.LANGUAGE_CODE, **form.details())
    return redirect(action_url("visit_requested", village))


def render_visit_form(request, village, form, status=200):
    context = {
        "page": village,
        "page_action": "request_visit",
        "form": form,
        "answer_within_days": ANSWER_WITHIN.days,
    }
    return render(request, "visits/request_visit.html", context, status=status)


def visit_requested(request, village_id):
    """What happens next, with nothing of the visitor's on it: the page can be stored and
    shared like any other."""
    village = live_village(village_id)
    context = {
        "page": village,
        "page_action": "visit_requested",
        "answer_within_days": ANSWER_WITHIN.days,
    }
    return render(request, "visits/visit_requested.html", context)
