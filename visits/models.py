"""Visit requests: a visitor asks a village for a visit, a homestay night or a craft
experience. Each village names the people who answer (its hosts); they answer from the admin
on a phone, accepting, proposing other dates or declining, and the visitor gets the answer by
e-mail in the language they asked in. The programme's report counts requests and answers."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from craftsite.overdue import AwaitingAnswerQuerySet
from craftsite.personal_data import PersonalRecord
from craftsite.phones import PhoneNumberField
from craftsite.states import StatefulMixin, Transitions

# A request still new after this long is flagged to the village's hosts and administrators:
# a visitor plans a trip and asks elsewhere when nobody answers.
ANSWER_WITHIN = timedelta(days=3)


class VisitHost(models.Model):
    """A person who answers a village's visit requests (the village head, a homestay owner,
    a cooperative member). Site administrators name them; hosts see only their villages'
    requests."""

    # The village page in the site's main language (craftsite.translation): requests from
    # every language of the page reach the same hosts.
    village = models.ForeignKey(
        "stories.VillagePage",
        on_delete=models.CASCADE,
        related_name="visit_hosts",
        verbose_name=_("village"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="hosted_villages",
        verbose_name=_("person who answers"),
    )

    class Meta:
        verbose_name = _("village host")
        verbose_name_plural = _("village hosts")
        ordering = ["village__title", "user__username"]
        constraints = [
            models.UniqueConstraint(fields=["village", "user"], name="one_host_row_per_village")
        ]

    def __str__(self):
        return f"{self.user} – {self.village}"


class VisitRequest(StatefulMixin, PersonalRecord):
    class Kind(models.TextChoices):
        VISIT = "visit", _("A visit to the village")
        HOMESTAY = "homestay", _("A homestay night")
        CRAFT = "craft", _("A craft experience")

    class Language(models.TextChoices):
        VIETNAMESE = "vi", _("Vietnamese")
        ENGLISH = "en", _("English")
        OTHER = "other", _("Another language")

    class Status(models.TextChoices):
        NEW = "new", _("New")
        ACCEPTED = "accepted", _("Accepted")
        OTHER_DATES = "other_dates", _("Other dates proposed")
        DECLINED = "declined", _("Declined")

    # Hosts answer a new request; after proposing other dates they may still accept or
    # decline, or propose again. An accepted visit can only be called off (declined). A
    # double tap on the same answer is refused, and the visitor gets one e-mail.
    transitions = Transitions(
        {
            Status.NEW: {Status.ACCEPTED, Status.OTHER_DATES, Status.DECLINED},
            Status.OTHER_DATES: {Status.ACCEPTED, Status.OTHER_DATES, Status.DECLINED},
            Status.ACCEPTED: {Status.DECLINED},
            Status.DECLINED: set(),
        }
    )
    WAITING_STATUS = Status.NEW
    ANSWER_WITHIN = ANSWER_WITHIN

    village = models.ForeignKey(
        "stories.VillagePage",
        on_delete=models.PROTECT,
        related_name="visit_requests",
        verbose_name=_("village"),
    )
    kind = models.CharField(_("what they ask for"), max_length=10, choices=Kind.choices)
    arrival = models.DateField(_("arrival"))
    departure = models.DateField(
        _("departure"), null=True, blank=True, help_text=_("Empty for a visit of one day.")
    )
    group_size = models.PositiveSmallIntegerField(_("people in the group"))
    guide_language = models.CharField(_("language wanted"), max_length=8, choices=Language.choices)
    name = models.CharField(_("name"), max_length=100)
    phone = PhoneNumberField(_("phone"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    message = models.TextField(_("message"), blank=True)
    language = models.CharField(_("language of the request"), max_length=8)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.NEW
    )
    created_at = models.DateTimeField(_("received at"), default=timezone.now)
    answered_at = models.DateTimeField(_("first answered at"), null=True, blank=True)

    objects = AwaitingAnswerQuerySet.as_manager()

    class Meta:
        verbose_name = _("visit request")
        verbose_name_plural = _("visit requests")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(departure__isnull=True) | Q(departure__gte=models.F("arrival")),
                name="visit_departure_not_before_arrival",
            ),
            models.CheckConstraint(
                condition=Q(group_size__gte=1), name="visit_group_of_one_or_more"
            ),
        ]

    def __str__(self):
        return f"{self.name} – {self.village}"

    @property
    def nights(self):
        """Nights in the village: none for a day visit."""
        return (self.departure - self.arrival).days if self.departure else 0


class VisitAnswer(models.Model):
    """What a host answered; the visitor receives it by e-mail when they gave an address."""

    request = models.ForeignKey(VisitRequest, on_delete=models.CASCADE, related_name="answers")
    outcome = models.CharField(_("answer"), max_length=12, choices=VisitRequest.Status.choices)
    note = models.TextField(_("note to the visitor"), blank=True)
    proposed_arrival = models.DateField(_("proposed arrival"), null=True, blank=True)
    proposed_departure = models.DateField(_("proposed departure"), null=True, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True
    )
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True)

    class Meta:
        verbose_name = _("answer")
        ordering = ["sent_at", "pk"]

    def __str__(self):
        return f"{self.request} ({self.get_outcome_display()})"
