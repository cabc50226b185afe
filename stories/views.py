"""Registration for a craft class, posted from the class's page."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _

from craftsite.origins import same_origin_forms
from craftsite.privacy import public
from craftsite.ratelimit import over_limit
from stories.forms import ClassRegistrationForm
from stories.models import EventPage
from stories.services import AlreadyRegistered, RegistrationClosed, register_for_class

REGISTRATIONS_PER_HOUR = 10


@same_origin_forms
def class_registration(request, event_id):
    """Register the visitor for the class, or show the class page again with what is wrong
    with the form."""
    event = get_object_or_404(public(EventPage.objects.live()), pk=event_id)
    if request.method != "POST":
        return redirect(event.url)
    form = ClassRegistrationForm(request.POST)
    if over_limit(request, "class-registration", REGISTRATIONS_PER_HOUR, 3600):
        form.add_error(None, _("Too many registrations from your connection. Try again later."))
        return render_with_form(request, event, form, status=429)
    if not form.is_valid():
        return render_with_form(request, event, form, status=400)
    try:
        registration = register_for_class(event, **form.details())
    except AlreadyRegistered:
        form.add_error("phone", _("This phone number is already registered for this class."))
        return render_with_form(request, event, form, status=409)
    except RegistrationClosed:
        messages.error(request, _("Registration for this class is closed."))
        return redirect(event.url)
    if registration.status == registration.Status.CONFIRMED:
        messages.success(request, _("You are registered. The organisers will call you to confirm."))
    else:
        messages.info(
            request,
            _("The class is full, so you are on the waiting list. We call you if a seat frees up."),
        )
    return redirect(event.url)


def render_with_form(request, event, form, status):
    response = event.render(request, context_overrides={"form": form})
    response.status_code = status
    return response
