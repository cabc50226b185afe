"""Festivals, fairs and craft classes, and the registrations of young learners for classes."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import OuterRef, Subquery
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.models import Page
from wagtail.search import index

from base.mixins import optional_link
from craftsite.page_cache import query_shown
from craftsite.personal_data import PersonalRecord
from craftsite.phones import PhoneNumberField
from craftsite.states import StatefulMixin, Transitions
from stories import lunar
from stories.calendar import calendar_response
from stories.feeds import EventFeed
from stories.forms import ClassRegistrationForm
from stories.models.base import EditorialPage, IndexPage


class EventIndexPage(RoutablePageMixin, IndexPage):
    subpage_types = ["stories.EventPage"]

    class Meta:
        verbose_name = _("event index")

    def events(self):
        return self.children_of(EventPage).select_related("village")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        kind = request.GET.get("kind")
        events = self.events()
        kind = kind if kind in EventPage.Kind.values else ""
        if kind:
            events = events.filter(kind=kind)
        query_shown(request, kind=(kind, ""))
        context.update(
            kind=kind,
            kinds=EventPage.Kind.choices,
            upcoming=upcoming(events),
            past=past(events)[:24],
        )
        return context

    @path("")
    def index(self, request):
        return self.render(request)

    @re_path(r"^feed/(rss|atom)/$", name="feed")
    def feed(self, request, feed_type):
        return EventFeed(self, EventIndexPage.upcoming_events, feed_type)(request)

    def upcoming_events(self):
        return upcoming(self.events())

    @path("calendar/", name="calendar")
    def calendar(self, request):
        occurrences = EventOccurrence.objects.filter(event__in=self.events()).select_related(
            "event", "event__locale"
        )
        return calendar_response(request, occurrences, "lang-nghe")


def at_occurrence(events, *, over):
    """`events` annotated with one occurrence each (`occurrence_starts_at`, `occurrence_ends_at`):
    the first one not over yet, or with `over` the last one over. A subquery, so that a listing
    sorts yearly festivals by their next date in one query."""
    now = timezone.now()
    occurrences = EventOccurrence.objects.filter(event=OuterRef("pk"))
    if over:
        occurrences = occurrences.filter(ends_at__lt=now).order_by("-starts_at")
    else:
        occurrences = occurrences.filter(ends_at__gte=now).order_by("starts_at")
    return events.annotate(
        occurrence_starts_at=Subquery(occurrences.values("starts_at")[:1]),
        occurrence_ends_at=Subquery(occurrences.values("ends_at")[:1]),
    )


def upcoming(events):
    """Events with an occurrence not over yet, soonest first, each once at its next occurrence:
    a yearly festival is upcoming all year round."""
    events = at_occurrence(events, over=False)
    return events.filter(occurrence_starts_at__isnull=False).order_by("occurrence_starts_at")


def past(events):
    """Events that will not happen again, latest first, at their last occurrence."""
    events = events.exclude(occurrences__ends_at__gte=timezone.now())
    return at_occurrence(events, over=True).order_by("-occurrence_starts_at")


class EventPage(RoutablePageMixin, EditorialPage):
    class Kind(models.TextChoices):
        FESTIVAL = "festival", _("Festival")
        FAIR = "fair", _("Fair")
        CLASS = "class", _("Craft class")

    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.FESTIVAL)
    starts_at = models.DateTimeField(
        _("starts"),
        help_text=_(
            "For a festival held every year on a lunar date: the first time it was held. "
            "The site moves the day to the lunar date and repeats it every year."
        ),
    )
    ends_at = models.DateTimeField(_("ends"))
    lunar_month = models.PositiveSmallIntegerField(
        _("lunar month"),
        null=True,
        blank=True,
        help_text=_("Only for a festival held every year on a lunar date, e.g. 1 for Tết."),
    )
    lunar_day = models.PositiveSmallIntegerField(
        _("lunar day"),
        null=True,
        blank=True,
        help_text=_("Day of the lunar month, from 1 to 30. A 30th is the 29th in a short month."),
    )
    lunar_leap_month = models.BooleanField(
        _("leap month"),
        default=False,
        help_text=_(
            "Tick if the festival is in the leap month (tháng nhuận). In years without that "
            "leap month it is held in the ordinary month."
        ),
    )
    village = optional_link("stories.VillagePage", _("village"))
    place_name = models.CharField(
        _("place"),
        max_length=255,
        blank=True,
        help_text=_("Where exactly, or the place when it is not one of our villages."),
    )
    organiser = models.CharField(_("organiser"), max_length=255, blank=True)
    teacher = optional_link("stories.ArtisanPage", _("teaching artisan"))
    craft = optional_link("stories.CraftPage", _("craft taught"))
    seats = models.PositiveSmallIntegerField(_("seats"), null=True, blank=True)
    registration_open = models.BooleanField(_("registration open"), default=True)

    content_panels = [
        *Page.content_panels,
        *EditorialPage.intro_panels,
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("starts_at"),
                FieldPanel("ends_at"),
                FieldPanel("village"),
                FieldPanel("place_name"),
                FieldPanel("organiser"),
            ],
            _("When and where"),
        ),
        MultiFieldPanel(
            [FieldPanel("lunar_month"), FieldPanel("lunar_day"), FieldPanel("lunar_leap_month")],
            _("Every year on a lunar date"),
            help_text=_("Leave empty for an event held once."),
        ),
        MultiFieldPanel(
            [
                FieldPanel("teacher"),
                FieldPanel("craft"),
                FieldPanel("seats"),
                FieldPanel("registration_open"),
            ],
            _("Craft class"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [*EditorialPage.search_fields, index.FilterField("kind")]
    parent_page_types = ["stories.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            errors["ends_at"] = _("An event cannot end before it starts.")
        if self.kind == self.Kind.CLASS and not self.seats:
            errors["seats"] = _("A class needs a number of seats.")
        errors.update(self.lunar_errors())
        if errors:
            raise ValidationError(errors)
        if self.repeats_yearly and self.starts_at and self.ends_at:
            self.move_to_lunar_date()

    def lunar_errors(self):
        """What is wrong with the lunar date. A class does not repeat: its registrations and
        seats are for one class."""
        if self.lunar_month is None and self.lunar_day is None:
            if self.lunar_leap_month:
                return {"lunar_month": _("A leap month needs the lunar month and day.")}
            return {}
        if self.lunar_month is None:
            return {"lunar_month": _("Give the lunar month as well as the day.")}
        if self.lunar_day is None:
            return {"lunar_day": _("Give the lunar day as well as the month.")}
        if self.kind == self.Kind.CLASS:
            return {"lunar_month": _("Only festivals and fairs repeat every year.")}
        if self.lunar_month not in lunar.MONTHS:
            return {"lunar_month": _("A lunar month is from 1 to 12.")}
        if self.lunar_day not in lunar.DAYS:
            return {"lunar_day": _("A lunar day is from 1 to 30.")}
        return {}

    @property
    def repeats_yearly(self):
        return self.lunar_month is not None and self.lunar_day is not None

    def move_to_lunar_date(self):
        """Start on the first lunar date on or after the day given, at the same time of day and
        for as long: the editor gives the first year and the hours, the calendar the day."""
        starts = timezone.localtime(self.starts_at)
        day = lunar.first_on_or_after(
            starts.date(), self.lunar_month, self.lunar_day, self.lunar_leap_month
        )
        moved = datetime.timedelta(days=(day - starts.date()).days)
        self.starts_at += moved
        self.ends_at += moved

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        fields = kwargs.get("update_fields")
        if fields is None or OCCURRENCE_FIELDS.intersection(fields):
            self.plan_occurrences()

    def occurrence_times(self, until_year):
        """(start, end) of each time the event is held: once, or every lunar year from the first
        up to `until_year`."""
        if not self.repeats_yearly:
            return [(self.starts_at, self.ends_at)]
        first = timezone.localtime(self.starts_at)
        length = self.ends_at - self.starts_at
        times = []
        for year in range(lunar.lunar_year_of(first.date()), until_year + 1):
            day = lunar.solar_date(year, self.lunar_month, self.lunar_day, self.lunar_leap_month)
            starts = first + datetime.timedelta(days=(day - first.date()).days)
            if starts >= self.starts_at:
                times.append((starts, starts + length))
        return times

    def plan_occurrences(self):
        """Store each time the event is held, up to `YEARS_PLANNED` lunar years ahead: listings,
        calendars and the programme report read occurrences, so a yearly festival is upcoming
        every year and counts once in each year it was held. Run again every day
        (`manage.py plan_event_occurrences`) so the plan keeps ahead of today."""
        times = self.occurrence_times(until_year=timezone.localdate().year + YEARS_PLANNED)
        with transaction.atomic():
            self.occurrences.all().delete()
            EventOccurrence.objects.bulk_create(
                EventOccurrence(event=self, starts_at=starts, ends_at=ends)
                for starts, ends in times
            )

    def shown_occurrence(self):
        """The occurrence a visitor is shown: the next one not over yet, or the last one."""
        if not self.repeats_yearly:
            return EventOccurrence(event=self, starts_at=self.starts_at, ends_at=self.ends_at)
        now = timezone.now()
        occurrences = self.occurrences.all()
        return (
            occurrences.filter(ends_at__gte=now).order_by("starts_at").first()
            or occurrences.order_by("-starts_at").first()
            or EventOccurrence(event=self, starts_at=self.starts_at, ends_at=self.ends_at)
        )

    def extra_search_text(self):
        return [self.place_name, self.organiser, self.get_kind_display()]

    @property
    def is_class(self):
        return self.kind == self.Kind.CLASS

    @property
    def place(self):
        return self.place_name or (self.village.title if self.village else "")

    @property
    def is_past(self):
        return self.occurrence.ends_at < timezone.now()

    @cached_property
    def occurrence(self):
        return self.shown_occurrence()

    def registrations(self):
        """Registrations for this class in every language: a seat is a seat."""
        return ClassRegistration.objects.filter(event__translation_key=self.translation_key)

    def seats_taken(self):
        return self.registrations().filter(status=ClassRegistration.Status.CONFIRMED).count()

    def learners_completed(self):
        """Learners who finished the class: the programme counts them every year."""
        return self.registrations().filter(completed=True).count()

    def seats_left(self):
        return max(0, (self.seats or 0) - self.seats_taken())

    def accepts_registrations(self):
        return self.is_class and self.registration_open and self.starts_at > timezone.now()

    @path("")
    def event(self, request):
        form = ClassRegistrationForm() if self.accepts_registrations() else None
        return self.render(request, context_overrides={"form": form})

    @path("ical/", name="ical")
    def ical(self, request):
        return calendar_response(request, self.calendar_occurrences(), self.slug)

    def calendar_occurrences(self):
        """What a visitor adds to a calendar: a one-off event, or every planned year of a
        festival from the next one on, so that the phone's calendar shows the coming years."""
        if not self.repeats_yearly:
            return [self.occurrence]
        return self.occurrences.filter(starts_at__gte=self.occurrence.starts_at)

    def structured_data(self, request):
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "startDate": timezone.localtime(self.occurrence.starts_at).isoformat(),
            "endDate": timezone.localtime(self.occurrence.ends_at).isoformat(),
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "eventStatus": "https://schema.org/EventScheduled",
            "location": {
                "@type": "Place",
                "name": self.place or self.title,
                "address": {
                    "@type": "PostalAddress",
                    "addressRegion": self.village.province if self.village else "Quảng Ngãi",
                    "addressLocality": self.village.commune if self.village else "",
                    "addressCountry": "VN",
                },
            },
            "url": self.get_full_url(request),
        }
        if self.listing_summary:
            data["description"] = self.listing_summary
        if self.organiser:
            data["organizer"] = {"@type": "Organization", "name": self.organiser}
        if self.teacher:
            data["performer"] = {"@type": "Person", "name": self.teacher.title}
        return [data]


YEARS_PLANNED = 2
OCCURRENCE_FIELDS = {"starts_at", "ends_at", "lunar_month", "lunar_day", "lunar_leap_month"}


class EventOccurrence(models.Model):
    """One time an event is held: a one-off event has one, a festival on a lunar date one for
    each lunar year (EventPage.plan_occurrences)."""

    event = models.ForeignKey(
        EventPage, on_delete=models.CASCADE, related_name="occurrences", verbose_name=_("event")
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))

    class Meta:
        verbose_name = _("event occurrence")
        ordering = ["starts_at"]
        constraints = [
            models.UniqueConstraint(fields=["event", "starts_at"], name="one_occurrence_per_start")
        ]

    def __str__(self):
        return f"{self.event} {self.starts_at:%Y-%m-%d}"

    @property
    def lunar_year(self):
        return lunar.lunar_year_of(timezone.localtime(self.starts_at).date())


class ClassRegistration(StatefulMixin, PersonalRecord):
    """A learner's place in a craft class. Holds personal data: only staff who run classes see
    it, and only its class's organisers need it."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITING = "waiting", _("Waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    # Organisers confirm learners from the waiting list and cancel anyone; a cancelled
    # learner can only go back to the waiting list, behind those still waiting.
    transitions = Transitions(
        {
            Status.WAITING: {Status.CONFIRMED, Status.CANCELLED},
            Status.CONFIRMED: {Status.CANCELLED},
            Status.CANCELLED: {Status.WAITING},
        }
    )

    # The class page in the site's main language (craftsite.translation): registrations
    # from every language of the class count against its seats.
    event = models.ForeignKey(
        EventPage,
        on_delete=models.CASCADE,
        related_name="class_registrations",
        verbose_name=_("class"),
    )
    name = models.CharField(_("name"), max_length=100)
    phone = PhoneNumberField(_("phone"))
    age = models.PositiveSmallIntegerField(_("age"))
    village = models.CharField(_("village"), max_length=120)
    guardian_name = models.CharField(
        _("parent or guardian"),
        max_length=100,
        blank=True,
        help_text=_("Who consented for a learner under 16."),
    )
    status = models.CharField(_("status"), max_length=12, choices=Status.choices)
    completed = models.BooleanField(
        _("completed the class"), default=False, help_text=_("Tick when the learner finished.")
    )
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)

    class Meta:
        verbose_name = _("class registration")
        verbose_name_plural = _("class registrations")
        ordering = ["created_at"]
        constraints = [
            # Anonymised registrations have no phone left, and may be many in one class.
            models.UniqueConstraint(
                fields=["event", "phone"],
                condition=~models.Q(phone=""),
                name="one_registration_per_phone_per_class",
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.get_status_display()})"
