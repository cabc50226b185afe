"""The review form a buyer fills in for one line of a delivered order."""

from django import forms
from django.utils.translation import gettext_lazy as _

from craftsite.forms import HoneypotMixin, OneLineField, plain_text
from craftsite.personal_data import Purpose, consent_given
from craftsite.text import fold
from reviews.models import MAX_NAME_LENGTH, MAX_TEXT_LENGTH, RATINGS
from reviews.photos import redrawn_photo

MIN_TEXT_LENGTH = 10
# The family names of most Vietnamese, as typed without diacritics, and the "Y" and "A" that
# start the names of Central Highlands women and men.
VIETNAMESE_FAMILY_NAMES = {
    *("nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui"),
    *("do", "ho", "ngo", "duong", "ly", "y", "a"),
}
RATING_LABELS = {
    1: _("1 star: poor"),
    2: _("2 stars: fair"),
    3: _("3 stars: good"),
    4: _("4 stars: very good"),
    5: _("5 stars: excellent"),
}


class ReviewForm(HoneypotMixin, forms.Form):
    """A rating, a few plain words, an optional photo and the name shown with them (the
    buyer's first name unless they change it). Publishing needs the buyer's consent,
    never pre-ticked. Each form of the page has its own prefix, one per line."""

    rating = forms.TypedChoiceField(
        label=_("Your rating"),
        choices=[(rating, RATING_LABELS[rating]) for rating in RATINGS],
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose from 1 to 5 stars."),
            "invalid_choice": _("Choose from 1 to 5 stars."),
        },
    )
    text = forms.CharField(
        label=_("Your review"),
        min_length=MIN_TEXT_LENGTH,
        max_length=MAX_TEXT_LENGTH,
        validators=[plain_text],
        help_text=_("What you liked or did not: the quality, the colours, the packing."),
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    photo = forms.FileField(
        label=_("A photo (optional)"),
        required=False,
        help_text=_("JPEG, PNG or WebP, up to 8 MB. We remove where and with what it was taken."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )
    name_shown = OneLineField(
        label=_("Name shown with your review"),
        max_length=MAX_NAME_LENGTH,
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that Làng Nghề publishes my review, this name and my photo on the "
            "product page, and keeps them for two years."
        ),
        error_messages={"required": _("Please agree, so that we may publish your review.")},
    )

    def clean_text(self):
        """Text is shown as text (escaped), but markup is nobody's review: refused as the
        other public forms refuse it, so no one is tempted to read it as HTML later."""
        text = self.cleaned_data["text"].strip()
        if "<" in text and ">" in text:
            raise forms.ValidationError(_("Write plain words, without the signs < and >."))
        return text

    def clean_photo(self):
        upload = self.cleaned_data["photo"]
        return redrawn_photo(upload) if upload else None

    def details(self):
        """What `reviews.services.write_review` takes, with the consent the box gave."""
        return {
            "rating": self.cleaned_data["rating"],
            "text": self.cleaned_data["text"],
            "name_shown": self.cleaned_data["name_shown"],
            "photo": self.cleaned_data["photo"],
            "consent": consent_given(Purpose.REVIEW),
        }


def first_name(full_name):
    """The name a buyer is called by. A Vietnamese name ends with it ("Lan" for "Nguyễn Thị
    Lan", "Nhi" for "Y Nhi"); a Western one starts with it ("Anna" for "Anna Weber"). A
    name written with Vietnamese letters, or starting with a common Vietnamese family name
    typed without them, is taken as Vietnamese; the buyer can change the result."""
    words = full_name.split()
    if not words:
        return ""
    vietnamese = not full_name.isascii() or fold(words[0]).lower() in VIETNAMESE_FAMILY_NAMES
    return words[-1] if vietnamese or len(words) == 1 else words[0]
