"""Festivals, fairs and craft classes, and the registrations of young learners for classes."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from base.mixins import optional_link
from craftsite.page_cache import query_shown
from craftsite.personal_data import PersonalRecord
from craftsite.phones import PhoneNumberField
from craftsite.states import StatefulMixin, Transitions
from stories.calendar import calendar_response
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
        now = timezone.now()
        kind = request.GET.get("kind")
        events = self.events()
        kind = kind if kind in EventPage.Kind.values else ""
        if kind:
            events = events.filter(kind=kind)
        query_shown(request, kind=(kind, ""))
        context.update(
            kind=kind,
            kinds=EventPage.Kind.choices,
            upcoming=events.filter(ends_at__gte=now).order_by("starts_at"),
            past=events.filter(ends_at__lt=now).order_by("-starts_at")[:24],
        )
        return context

    @path("")
    def index(self, request):
        return self.render(request)

    @path("calendar/", name="calendar")
    def calendar(self, request):
        return calendar_response(request, self.events().order_by("starts_at"), "lang-nghe")


class EventPage(RoutablePageMixin, EditorialPage):
    class Kind(models.TextChoices):
        FESTIVAL = "festival", _("Festival")
        FAIR = "fair", _("Fair")
        CLASS = "class", _("Craft class")

    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.FESTIVAL)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
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
        if errors:
            raise ValidationError(errors)

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
        return self.ends_at < timezone.now()

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
        return calendar_response(request, [self], self.slug)

    def structured_data(self, request):
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "startDate": timezone.localtime(self.starts_at).isoformat(),
            "endDate": timezone.localtime(self.ends_at).isoformat(),
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
