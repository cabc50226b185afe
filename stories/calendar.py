"""iCalendar (RFC 5545) files for events, so that visitors add a festival or a class to the
calendar on their phone."""

from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event


def build_calendar(request, events):
    calendar = Calendar()
    calendar.add("prodid", "-//Lang Nghe//Events//VI")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Làng Nghề")
    calendar.add("x-wr-timezone", timezone.get_default_timezone_name())
    for page in events:
        entry = Event()
        entry.add("uid", f"{page.translation_key}-{page.locale.language_code}@lang-nghe")
        entry.add("summary", page.title)
        entry.add("dtstart", page.starts_at)
        entry.add("dtend", page.ends_at)
        entry.add("dtstamp", page.last_published_at or timezone.now())
        entry.add("url", page.get_full_url(request))
        if page.place:
            entry.add("location", page.place)
        if page.listing_summary:
            entry.add("description", page.listing_summary)
        calendar.add_component(entry)
    return calendar


def calendar_response(request, events, filename):
    response = HttpResponse(
        build_calendar(request, events).to_ical(), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}.ics"'
    return response
