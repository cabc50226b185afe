"""Load pages of mixed types for card listings in a fixed number of queries.

A card needs the page's specific type (for its summary) and its listing image with renditions.
Calling `page.specific` and `page.listing_image` per card costs two queries a card; this costs
one query per page type plus one for renditions, however many cards there are."""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.db.models import prefetch_related_objects
from wagtail.models import Page

from craftsite.privacy import public


def load_cards(pages):
    """Return the specific versions of `pages` (pages or ids), in the same order, with their
    listing images and renditions loaded. Pages that are gone, not live or behind a view
    restriction are left out: a card shows the page's summary and picture, which only its
    visitors may read."""
    ids = [page if isinstance(page, int) else page.pk for page in pages]
    by_type = defaultdict(list)
    for pk, content_type_id in (
        public(Page.objects.live()).filter(pk__in=ids).values_list("pk", "content_type_id")
    ):
        by_type[content_type_id].append(pk)
    loaded = {}
    for content_type_id, pks in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        queryset = model.objects.filter(pk__in=pks)
        image_field = getattr(model, "listing_image_field", None)
        if image_field:
            queryset = queryset.select_related(image_field)
        loaded.update((page.pk, page) for page in queryset)
    cards = [loaded[pk] for pk in ids if pk in loaded]
    images = [card.listing_image for card in cards if getattr(card, "listing_image", None)]
    prefetch_related_objects(images, "renditions")
    return cards


def with_card_images(queryset):
    """`queryset` with each page's listing image and its renditions loaded up front, so that a
    list of cards costs the same few queries however long it is."""
    image_field = getattr(queryset.model, "listing_image_field", None)
    if not image_field:
        return queryset
    return queryset.select_related(image_field).prefetch_related(f"{image_field}__renditions")
