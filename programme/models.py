"""What the Department records for the programme's report and nobody else publishes: the
people who make and learn the crafts, the support given to production facilities and the
areas that supply their raw materials.

Records point at the site's vocabularies (ethnic groups, crafts, materials) and at its
cooperatives and artisans' pages in the site's main language (craftsite.translation), so
that the report counts one ethnic group or one cooperative, not one per language."""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from base.maps import LocationMixin
from craftsite.periods import this_year, today
from craftsite.personal_data import PersonalRecord, Purpose, consent_given
from craftsite.phones import PhoneNumberField
from craftsite.translation import MAIN_LANGUAGE

# Nobody in the registry was born before this year, but by a typing mistake.
EARLIEST_BIRTH_YEAR = 1900
# A child this young or younger needs a parent's or guardian's consent (Decree
# 13/2023/NĐ-CP asks for it under 16 as the site's class registrations do).
GUARDIAN_NEEDED_UNDER = 16
# A bigger budget from one source for one facility is a typing mistake (a few zeros too
# many), which would swamp the report's totals.
MAX_BUDGET = 100_000_000_000
# A bigger area than this for one place is a mistake: the province's forests are counted
# in tens of thousands of hectares, one area gathered by a village in tens or hundreds.
MAX_HECTARES = Decimal("100000")

IN_MAIN_LANGUAGE = {"locale__language_code": MAIN_LANGUAGE}

# Django's own words for a number out of range ("Ensure this value is greater than or equal
# to 0") do not say what to do; these do. The forms give them to their fields too.
BIRTH_YEAR_ERRORS = {
    "min_value": _("Enter a birth year from 1900 to this year, e.g. 1985."),
    "max_value": _("Enter a birth year from 1900 to this year, e.g. 1985."),
    "invalid": _("Enter a birth year from 1900 to this year, e.g. 1985."),
}
BUDGET_ERRORS = {
    "min_value": _("Enter a whole number of đồng greater than zero."),
    "max_value": _("More than 100 billion đồng: please check the number of zeros."),
    "invalid": _("Enter a whole number of đồng, without dots or commas."),
}
COUNT_ERRORS = {
    "min_value": _("Enter a whole number, 0 or more."),
    "max_value": _("More than 100,000: please check the number."),
    "invalid": _("Enter a whole number, 0 or more."),
}


def not_in_the_future(day):
    """Consent, dates of registration and of a project's start are recorded once they
    happened or are planned; consent cannot be recorded before it is given."""
    if day > today():
        raise ValidationError(_("This date cannot be in the future."), code="future")


def not_after_this_year(year):
    """A year of birth or of planting after this year is a typing mistake."""
    if year > this_year():
        raise ValidationError(_("This year has not come yet: check the year."), code="future")


def main_language_link(to, verbose_name, help_text=""):
    """An optional link to a page in the site's main language, emptied when the page goes."""
    return models.ForeignKey(
        to,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to=IN_MAIN_LANGUAGE,
        verbose_name=verbose_name,
        help_text=help_text,
    )


def age_in(year, birth_year):
    """The age a person reaches in `year`: the registry knows the birth year only, and the
    report counts people by the age they reach in the year it covers."""
    return year - birth_year


class RegisteredPerson(PersonalRecord):
    """A maker or a learner of the crafts, as the Department registered them, with their
    consent. Private: only the Department's programme officers, the Ethnic Committee and
    administrators see it; the report counts people, it never names them. A person may be
    both an artisan and a learner: many artisans learn a second craft, and a learner becomes
    an artisan."""

    class Gender(models.TextChoices):
        FEMALE = "female", _("Female")
        MALE = "male", _("Male")
        OTHER = "other", _("Other")
        NOT_STATED = "not_stated", _("Not stated")

    class ConsentMethod(models.TextChoices):
        SIGNED_FORM = "signed_form", _("Signed or thumb-printed paper form")
        VERBAL_WITH_WITNESS = "verbal", _("Said aloud, before a witness")
        GUARDIAN = "guardian", _("Given by a parent or guardian (under 16)")

    class ConsentScope(models.TextChoices):
        REGISTRY = "registry", _("Being in the registry and counted, without name, in reports")
        REGISTRY_AND_CONTACT = "contact", _("Also being called about classes, fairs and support")

    name = models.CharField(_("full name"), max_length=100)
    is_artisan = models.BooleanField(
        _("artisan or maker"),
        default=False,
        help_text=_("Tick if this person makes the craft (artisan, weaver, basket maker…)."),
    )
    is_learner = models.BooleanField(
        _("learner"),
        default=False,
        help_text=_("Tick if this person is learning a craft. A person can be both."),
    )
    gender = models.CharField(
        _("gender"), max_length=12, choices=Gender.choices, default=Gender.NOT_STATED
    )
    birth_year = models.PositiveSmallIntegerField(
        _("year of birth"),
        null=True,
        blank=True,
        validators=[MinValueValidator(EARLIEST_BIRTH_YEAR), not_after_this_year],
        error_messages=BIRTH_YEAR_ERRORS,
        help_text=_("Four digits, e.g. 1985. Leave empty if the person does not know."),
    )
    ethnic_group = main_language_link("stories.EthnicGroupPage", _("ethnic group"))
    crafts = models.ManyToManyField(
        "stories.CraftPage",
        blank=True,
        related_name="+",
        limit_choices_to=IN_MAIN_LANGUAGE,
        verbose_name=_("crafts"),
        help_text=_("The crafts the person makes or learns."),
    )
    commune = models.CharField(
        _("commune or ward"),
        max_length=120,
        blank=True,
        help_text=_("Where the person lives, after the 2025 reform, e.g. 'xã Đăk Rơ Wa'."),
    )
    phone = PhoneNumberField(
        _("phone"),
        blank=True,
        help_text=_("Optional. With it, the person can ask to see or erase their data."),
    )
    cooperative = main_language_link(
        "catalog.CooperativePage",
        _("member of the cooperative"),
        _("Only if the person is a member of a cooperative on the site."),
    )
    artisan_page = main_language_link(
        "stories.ArtisanPage",
        _("public artisan page"),
        _("Only if the person has a public page on the site, published with their consent."),
    )
    class_registrations = models.ManyToManyField(
        "stories.ClassRegistration",
        blank=True,
        related_name="registered_people",
        verbose_name=_("craft classes attended"),
        help_text=_("The person's registrations for the site's craft classes, if any."),
    )
    registered_on = models.DateField(
        _("registered on"),
        default=today,
        validators=[not_in_the_future],
        help_text=_("The person counts in the reports from this day."),
    )
    consent_scope = models.CharField(
        _("what the person agreed to"),
        max_length=12,
        choices=ConsentScope.choices,
        default=ConsentScope.REGISTRY,
    )
    consent_method = models.CharField(
        _("how consent was given"), max_length=12, choices=ConsentMethod.choices
    )
    consent_witness = models.CharField(
        _("witness, parent or guardian"),
        max_length=100,
        blank=True,
        help_text=_(
            "The name of the witness, or of the parent or guardian who agreed for a child."
        ),
    )
    consent_recorded_on = models.DateField(
        _("consent given on"), default=today, validators=[not_in_the_future]
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        editable=False,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    updated_at = models.DateTimeField(_("last reviewed at"), auto_now=True)

    class Meta:
        verbose_name = _("person in the registry")
        verbose_name_plural = _("makers and learners")
        ordering = ["name", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(is_artisan=True) | models.Q(is_learner=True),
                name="registered_person_is_artisan_or_learner",
            ),
        ]

    def __str__(self):
        return self.name or str(_("(name erased)"))

    def clean(self):
        super().clean()
        errors = {}
        if not (self.is_artisan or self.is_learner):
            errors["is_learner"] = _("Tick “artisan or maker”, “learner” or both.")
        if self.needs_guardian and self.consent_method != self.ConsentMethod.GUARDIAN:
            errors["consent_method"] = _(
                "The person is under 16: a parent or guardian must give consent."
            )
        if (
            self.consent_method
            in (
                self.ConsentMethod.VERBAL_WITH_WITNESS,
                self.ConsentMethod.GUARDIAN,
            )
            and not self.consent_witness.strip()
        ):
            errors["consent_witness"] = _("Write the name of the witness, parent or guardian.")
        if errors:
            raise ValidationError(errors)

    @property
    def needs_guardian(self):
        """Whether the person is too young to consent alone, by the age they reach this
        year."""
        return (
            self.birth_year is not None
            and age_in(this_year(), self.birth_year) < GUARDIAN_NEEDED_UNDER
        )

    def save(self, *args, **kwargs):
        """The first save records the purpose of the consent and the privacy notice it
        was given under, whatever path registers the person."""
        if self.consent_at is None:
            for field, value in consent_given(Purpose.PROGRAMME_REGISTRY).items():
                setattr(self, field, value)
        super().save(*args, **kwargs)


def budget_field(verbose_name, **kwargs):
    return models.PositiveBigIntegerField(
        verbose_name,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_BUDGET)],
        error_messages=BUDGET_ERRORS,
        **kwargs,
    )


class SupportProject(ClusterableModel):
    """Support the programme gave a production facility (a cooperative on the site or
    another named facility): machinery, training, materials…, its budget by source, its
    dates, its status and what came of it."""

    class Support(models.TextChoices):
        MACHINERY = "machinery", _("Machinery and tools")
        TRAINING = "training", _("Training")
        MATERIALS = "materials", _("Raw materials")
        WORKSHOP = "workshop", _("Workshop or display room")
        MARKETING = "marketing", _("Promotion and trade fairs")
        OTHER = "other", _("Other")

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        UNDER_WAY = "under_way", _("Under way")
        FINISHED = "finished", _("Finished")
        CANCELLED = "cancelled", _("Cancelled")

    name = models.CharField(
        _("project name"),
        max_length=200,
        help_text=_("e.g. 'Hỗ trợ khung dệt cho HTX dệt thổ cẩm Kon Kơ Tu'"),
    )
    cooperative = main_language_link(
        "catalog.CooperativePage",
        _("cooperative supported"),
        _("Choose the cooperative, or write the facility's name below."),
    )
    facility = models.CharField(
        _("other facility"),
        max_length=200,
        blank=True,
        help_text=_("A facility that is not on the site, e.g. 'Tổ hợp tác đan lát thôn Kon Rế'."),
    )
    commune = models.CharField(_("commune or ward"), max_length=120, blank=True)
    support = models.CharField(_("what was given"), max_length=12, choices=Support.choices)
    description = models.TextField(
        _("details"), blank=True, help_text=_("e.g. '5 khung dệt, 2 máy se sợi'")
    )
    starts_on = models.DateField(_("start date"))
    ends_on = models.DateField(_("end date"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.PLANNED
    )
    results = models.TextField(
        _("results"),
        blank=True,
        help_text=_("What came of it, e.g. 'Năng suất tăng gấp đôi, thêm 6 thợ dệt'."),
    )
    people_benefiting = models.PositiveIntegerField(
        _("people who benefited"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(100_000)],
        error_messages=COUNT_ERRORS,
        help_text=_("Optional: how many makers the support reached."),
    )

    class Meta:
        verbose_name = _("support project")
        verbose_name_plural = _("support projects")
        ordering = ["-starts_on", "pk"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if not self.cooperative_id and not self.facility.strip():
            raise ValidationError(
                {"facility": _("Choose a cooperative or write the facility's name.")}
            )
        if self.ends_on and self.starts_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The end date is before the start date.")})

    @property
    def facility_name(self):
        return self.cooperative.title if self.cooperative else self.facility


class ProjectBudget(models.Model):
    """What one source put into a project, in whole đồng."""

    class Source(models.TextChoices):
        STATE = "state", _("State budget")
        PROGRAMME = "programme", _("Programme funds")
        PEOPLE = "people", _("People's contribution")
        OTHER = "other", _("Other sources")

    project = ParentalKey(SupportProject, on_delete=models.CASCADE, related_name="budget")
    source = models.CharField(_("source"), max_length=12, choices=Source.choices)
    amount = budget_field(_("amount (đồng)"))

    class Meta:
        verbose_name = _("budget")
        verbose_name_plural = _("budget by source")
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(fields=["project", "source"], name="one_budget_line_per_source")
        ]

    def __str__(self):
        return self.get_source_display()


class RawMaterialArea(LocationMixin):
    """Where a raw material of the crafts grows or is gathered (bamboo and rattan for
    basketry, cotton for weaving…), how large it is and who harvests it."""

    name = models.CharField(
        _("name"), max_length=200, help_text=_("e.g. 'Vùng tre nứa thôn Kon Klor'")
    )
    commune = models.CharField(
        _("commune or ward"),
        max_length=120,
        help_text=_("After the 2025 reform, e.g. 'xã Đăk Rơ Wa'."),
    )
    material = models.ForeignKey(
        "catalog.Material",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("material"),
    )
    hectares = models.DecimalField(
        _("area (hectares)"),
        max_digits=9,
        decimal_places=2,
        validators=[
            MinValueValidator(Decimal("0.01"), _("Enter an area greater than 0.")),
            MaxValueValidator(MAX_HECTARES, _("More than 100,000 ha: please check the area.")),
        ],
        help_text=_("e.g. 12,5"),
    )
    cooperative = main_language_link(
        "catalog.CooperativePage",
        _("cooperative that harvests"),
        _("If a cooperative on the site harvests it."),
    )
    households = models.PositiveIntegerField(
        _("households that harvest"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(100_000)],
        error_messages=COUNT_ERRORS,
    )
    planted_in = models.PositiveSmallIntegerField(
        _("planted in (year)"),
        null=True,
        blank=True,
        validators=[
            MinValueValidator(1900, _("Enter a year from 1900 to this year.")),
            not_after_this_year,
        ],
        help_text=_("Optional: the year a planted area was planted."),
    )

    class Meta:
        verbose_name = _("raw-material area")
        verbose_name_plural = _("raw-material areas")
        ordering = ["commune", "name"]

    def __str__(self):
        return self.name
