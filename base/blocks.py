"""StreamField blocks shared by every app's pages. This module imports no app, so stories and
catalog can build on it without depending on site-wide pages."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

from base.cards import load_cards


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section")), ("h3", _("Subsection"))], default="h2", label=_("Level")
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(required=False, label=_("Caption"))
    credit = blocks.CharBlock(required=False, label=_("Photo credit"))

    class Meta:
        icon = "image"
        template = "blocks/captioned_image_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(required=False, label=_("Who said it"))

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"


class BaseStreamBlock(blocks.StreamBlock):
    """The body every editorial page starts from; apps add their own blocks to a subclass."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=["bold", "italic", "link", "ol", "ul", "document-link"],
        template="blocks/paragraph_block.html",
    )
    image = CaptionedImageBlock(label=_("Image"))
    quote = QuoteBlock(label=_("Quote"))
    video = EmbedBlock(
        label=_("Embedded video"),
        help_text=_("Link to a YouTube or Facebook video."),
        template="blocks/embed_block.html",
    )


class LinkBlock(blocks.StructBlock):
    """A menu link: a page of this site (its title is the default label) or an outside address."""

    page = blocks.PageChooserBlock(required=False, label=_("Page"))
    url = blocks.URLBlock(required=False, label=_("Outside address"))
    label = blocks.CharBlock(
        required=False,
        max_length=60,
        label=_("Label"),
        help_text=_("Leave empty to use the page's title."),
    )

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "page": ValidationError(
                        _("Choose a page or enter an outside address, not both.")
                    )
                }
            )
        if value.get("url") and not value.get("label"):
            raise blocks.StructBlockValidationError(
                block_errors={"label": ValidationError(_("An outside address needs a label."))}
            )
        return value

    class Meta:
        icon = "link"


class PageCardsBlock(blocks.StructBlock):
    """A heading over a row of cards linking to chosen pages, loaded in a fixed number of
    queries whatever their number and types."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    pages = blocks.ListBlock(blocks.PageChooserBlock(), label=_("Pages"), min_num=1, max_num=8)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["cards"] = load_cards(value["pages"])
        return context
