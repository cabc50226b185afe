"""iCalendar (RFC 5545) files for events, so that visitors add a festival or a class to the
calendar on their phone."""

from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event


def build_calendar(request, occurrences):
    """One VEVENT per occurrence. A festival on a lunar date cannot be an RRULE (iCalendar
    repeats only by the solar calendar), so each year is its own VEVENT, named by its lunar
    year: moving the festival's date updates that year's entry instead of adding one."""
    calendar = Calendar()
    calendar.add("prodid", "-//Lang Nghe//Events//VI")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Làng Nghề")
    calendar.add("x-wr-timezone", timezone.get_default_timezone_name())
    for occurrence in occurrences:
        page = occurrence.event
        uid = f"{page.translation_key}-{page.locale.language_code}"
        if page.repeats_yearly:
            uid = f"{uid}-{occurrence.lunar_year}"
        entry = Event()
        entry.add("uid", f"{uid}@lang-nghe")
        entry.add("summary", page.title)
        entry.add("dtstart", occurrence.starts_at)
        entry.add("dtend", occurrence.ends_at)
        entry.add("dtstamp", page.last_published_at or timezone.now())
        entry.add("url", page.get_full_url(request))
        if page.place:
            entry.add("location", page.place)
        if page.listing_summary:
            entry.add("description", page.listing_summary)
        calendar.add_component(entry)
    return calendar


def calendar_response(request, occurrences, filename):
    response = HttpResponse(
        build_calendar(request, occurrences).to_ical(), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}.ics"'
    return response
