from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock

from base.blocks import BaseStreamBlock, PageCardsBlock


class GalleryBlock(blocks.StructBlock):
    images = blocks.ListBlock(ImageBlock(), min_num=2, max_num=12, label=_("Photos"))
    caption = blocks.CharBlock(required=False, label=_("Caption"))
    credit = blocks.CharBlock(required=False, label=_("Photo credit"))

    class Meta:
        icon = "image"
        label = _("Gallery")
        template = "blocks/gallery_block.html"


class RelatedPagesBlock(PageCardsBlock):
    class Meta:
        icon = "link"
        label = _("Related pages")
        template = "blocks/related_pages_block.html"


class StoryStreamBlock(BaseStreamBlock):
    gallery = GalleryBlock()
    related_pages = RelatedPagesBlock()


class MotifBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Motif"), max_length=120)
    image = ImageBlock(required=False, label=_("Image"))
    meaning = blocks.TextBlock(label=_("Meaning"))

    class Meta:
        icon = "pick"
        label = _("Motif")
        template = "blocks/motif_block.html"


HONOUR_KINDS = [
    ("peoples_artisan", _("People's Artisan")),
    ("meritorious_artisan", _("Meritorious Artisan")),
    ("provincial", _("Provincial title")),
    ("other", _("Other honour")),
]


def honour_label(value):
    """ "Meritorious Artisan (2019)", or the title's own name for provincial and other honours."""
    name = value["name"] or dict(HONOUR_KINDS)[value["kind"]]
    return f"{name} ({value['year']})"


class HonourBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(choices=HONOUR_KINDS, label=_("Honour"))
    name = blocks.CharBlock(
        required=False,
        label=_("Name of the title"),
        help_text=_("For provincial titles and other honours."),
    )
    year = blocks.IntegerBlock(min_value=1950, max_value=2100, label=_("Year"))

    class Meta:
        icon = "pick"
        label = _("Honour")


class TourismServiceBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[
            ("homestay", _("Homestay")),
            ("guided_visit", _("Guided visit")),
            ("weaving", _("Weaving experience")),
            ("basketry", _("Basketry experience")),
            ("gongs", _("Gong performance")),
            ("meal", _("Local meal")),
            ("other", _("Other")),
        ],
        label=_("Kind"),
    )
    name = blocks.CharBlock(label=_("Name"), max_length=120)
    description = blocks.TextBlock(label=_("Description"))
    price = blocks.CharBlock(
        required=False, label=_("Price"), help_text=_("e.g. '250.000 ₫ a night with breakfast'")
    )
    contact_name = blocks.CharBlock(required=False, label=_("Contact person"))
    contact_phone = blocks.CharBlock(required=False, label=_("Contact phone"))

    class Meta:
        icon = "home"
        label = _("Tourism service")
        template = "blocks/tourism_service_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["kind_label"] = dict(self.child_blocks["kind"].field.choices).get(value["kind"], "")
        return context
