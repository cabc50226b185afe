"""A product's photos from a phone (/htx/products/<id>/photos/): the photos it has, and new
ones added from the camera or the gallery.

The phone's browser shrinks a photo before it goes up (photos.js: 1,600 px, about 300 KB,
upright, without metadata), so that a 6 MB camera photo costs a weak 3G signal a few hundred
kilobytes. What arrives whole (a phone without JavaScript, an iPhone's HEIC, which Chromium
cannot draw) is shrunk here the same way. Each upload carries an id made on the phone: when
the answer is lost on a dropped signal and the phone sends the photo again, it is stored once.

A photo is part of the product page's content, which has revisions and the site's approval
workflow: it is added to the page's latest version as a new revision, sent for approval as
Wagtail's "Submit for moderation" sends it (staff lack the right to publish), and is in the
shop once a moderator approves it, with any other change waiting on that version."""

from io import BytesIO
from uuid import uuid4

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from PIL import ExifTags, Image
from wagtail.models import Page, WorkflowState

from backoffice.access import StaffScreenMixin
from base.image_metadata import without_metadata
from base.models import SiteImage
from base.uploaded_photos import opened_photo, upright_within
from catalog.models import ProductPage, ProductPhoto
from catalog.permissions import editable_products
from catalog.staff import staff_collection, staff_group_of
from craftsite.forms import OneLineField

MAX_SIDE = 1600
# About 300 KB: sharp on any phone's screen, and under ten seconds up on a weak 3G signal.
TARGET_BYTES = 300 * 1024
# JPEG qualities tried in turn until the photo fits TARGET_BYTES (photos.js does the same):
# steps small enough to land near it, and never so low that the weave turns to blocks.
QUALITY_STEPS = tuple(range(85, 35, -5))
FORMATS = ("JPEG", "PNG", "WEBP", "AVIF", "HEIF")
ACCEPTED_FILES = "image/*,image/heic,image/heif,.heic,.heif"
THUMBNAIL = "fill-240x240"
NOT_A_PHOTO = _("Choose a photo: JPEG, PNG, WebP or HEIC (iPhone).")
# What a photo's state is called, and what staff are told once one is added, by whether the
# shop shows it (a cooperative trusted to publish) or it waits for approval.
PHOTO_STATES = {True: _("In the shop"), False: _("Waiting for approval")}
PHOTO_ADDED = {
    True: _("The photo is on the product and in the shop."),
    False: _("The photo is on the product. It shows in the shop once it is approved."),
}


def photo_for_product(upload):
    """The JPEG bytes to store for `upload`: as it is, without metadata, when the phone has
    shrunk it already; otherwise drawn again upright, at most MAX_SIDE long and about
    TARGET_BYTES. ValidationError for anything that is not a photo within the site's limits
    for staff uploads (those of Wagtail's image forms)."""
    with opened_photo(
        upload,
        formats=FORMATS,
        max_bytes=settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE,
        max_pixels=settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS,
        not_a_photo=NOT_A_PHOTO,
    ) as image:
        if is_shrunk_already(image):
            upload.seek(0)
            return without_metadata(upload.read())
        upright = upright_within(image, MAX_SIDE)
    return jpeg_near_target(upright)


def is_shrunk_already(image):
    """Whether `image` is a JPEG upright and small enough, as photos.js sends it: drawing it
    again would only lose sharpness."""
    orientation = image.getexif().get(ExifTags.Base.Orientation, 1)
    return image.format == "JPEG" and max(image.size) <= MAX_SIDE and orientation == 1


def jpeg_near_target(image):
    """`image` as a JPEG of the best quality in QUALITY_STEPS that fits TARGET_BYTES (the
    lowest when none does). Transparent parts become white, as on the shop's pages."""
    if image.mode in ("RGBA", "LA", "P"):
        image = image.convert("RGBA")
        background = Image.new("RGB", image.size, "white")
        background.paste(image, mask=image.getchannel("A"))
        image = background
    elif image.mode != "RGB":
        image = image.convert("RGB")
    for quality in QUALITY_STEPS:
        buffer = BytesIO()
        image.save(buffer, "JPEG", quality=quality)
        if buffer.tell() <= TARGET_BYTES:
            break
    return buffer.getvalue()


class PhotoUploadForm(forms.Form):
    photo = forms.FileField(
        label=_("Photo"),
        help_text=_("Take a photo or choose one from the phone. It is made smaller for you."),
        widget=forms.FileInput(attrs={"accept": ACCEPTED_FILES}),
    )
    description = OneLineField(
        label=_("What the photo shows (optional)"),
        max_length=255,
        required=False,
        help_text=_(
            "A few words for people who cannot see it, e.g. 'Red and black scarf, folded'. "
            "Left empty, the product's name is used."
        ),
    )
    # Made with the form (or by photos.js for each photo): a form sent twice stores one photo.
    upload_id = forms.UUIDField(widget=forms.HiddenInput)

    def clean_photo(self):
        return photo_for_product(self.cleaned_data["photo"])


def photo_collection(product):
    """The photo collection of the product's cooperative, where its staff keep their photos
    (catalog.staff)."""
    return staff_collection(staff_group_of(product.get_parent()))


def add_photo(product, data, description, upload_id, user):
    """Store the photo `data` (JPEG bytes) in the cooperative's collection and add it to the
    product's latest version, sent for approval; the image. An `upload_id` seen before gives
    the image stored then, with nothing added again; one of another cooperative's photos is
    refused."""
    collection = photo_collection(product)
    try:
        with transaction.atomic():
            # One upload at a time per product, each adding to the version the one before
            # made: the page is read again once locked, with its latest revision then.
            Page.objects.select_for_update().get(pk=product.pk)
            image = SiteImage.objects.filter(upload_id=upload_id).first()
            if image is None:
                image = store_photo(product, collection, data, description, upload_id, user)
                add_to_latest_version(ProductPage.objects.get(pk=product.pk), image, user)
    except IntegrityError:  # the same upload id, stored meanwhile for another product
        image = SiteImage.objects.get(upload_id=upload_id)
    if image.collection_id != collection.pk:
        raise PermissionDenied
    return image


def store_photo(product, collection, data, description, upload_id, user):
    image = SiteImage(
        title=product.title,
        description=description or product.title,
        collection=collection,
        file=ContentFile(data, name=f"{product.slug}.jpg"),
        upload_id=upload_id,
        uploaded_by_user=user,
    )
    image._set_image_file_metadata()  # size and hash, as Wagtail's upload forms set them
    image.save()
    return image


def add_to_latest_version(product, image, user):
    """Add `image` last to the product's latest version (its draft, or the live page), as a
    new revision by `user`, published when they may publish it and otherwise sent for
    approval. A page never published keeps its content in its own row too, as Wagtail's
    editor keeps it."""
    page = product.get_latest_revision_as_object()
    page.photos.add(ProductPhoto(image=image))
    if not page.live:
        page.save(clean=False)
    revision = page.save_revision(user=user, log_action=True, clean=False)
    if page.permissions_for_user(user).can_publish():
        revision.publish(user=user)
    else:
        send_for_approval(page, user)


def send_for_approval(page, user):
    """What Wagtail's "Submit for moderation" does: a workflow sent back for changes goes on,
    one in progress goes on too (approving it publishes the latest revision, which now
    holds the photo), and otherwise the page's workflow starts."""
    state = page.current_workflow_state
    if state and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
    elif state is None and (workflow := page.get_workflow()):
        workflow.start(page, user)


def photos_of(product):
    """The photos of the product's latest version, each with its image, its thumbnail and
    whether the shop shows it already or it waits for approval. Images and thumbnails come in
    two queries; Wagtail checks each photo of a revision as it reads it (two queries each)."""
    photos = list(product.get_latest_revision_as_object().photos.all())
    images = SiteImage.objects.prefetch_related("renditions").in_bulk(
        [photo.image_id for photo in photos]
    )
    in_shop = set(product.photos.values_list("image_id", flat=True)) if product.live else set()
    return [
        {
            "image": images[photo.image_id],
            "thumbnail": images[photo.image_id].get_rendition(THUMBNAIL),
            "alt": photo.alt_text or images[photo.image_id].description,
            "in_shop": photo.image_id in in_shop,
            "state": PHOTO_STATES[photo.image_id in in_shop],
        }
        for photo in photos
        if photo.image_id in images
    ]


def wants_json(request):
    """Whether photos.js sent the request (it asks for JSON); a form sent without JavaScript
    gets a page back."""
    return "application/json" in request.headers.get("Accept", "")


class ProductPhotosView(StaffScreenMixin, FormView):
    """A product's photos and the form to add one, for staff who may edit the product (any
    other product id is not found)."""

    template_name = "backoffice/photos.html"
    form_class = PhotoUploadForm

    @cached_property
    def product(self):
        return get_object_or_404(editable_products(self.request.user), pk=self.kwargs["product_id"])

    def get_initial(self):
        return {"upload_id": uuid4()}

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "label_suffix": ""}

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            title=_("Photos of %(product)s") % {"product": self.product.title},
            product=self.product,
            photos=photos_of(self.product),
            script_text=self.script_text(),
            **kwargs,
        )

    def script_text(self):
        """What photos.js says, in the staff's language."""
        return {
            "preparing": _("Making the photo smaller…"),
            "sending": _("Sending the photo…"),
            "offline": _(
                "No connection. The photo waits on this phone and is sent again as soon as "
                "the signal returns."
            ),
            "failed": _("The photo could not be sent. It is tried again in a moment."),
            "refused": _("The photo was not accepted. Open this page again and choose it again."),
        }

    def form_valid(self, form):
        image = add_photo(
            self.product,
            form.cleaned_data["photo"],
            form.cleaned_data["description"],
            form.cleaned_data["upload_id"],
            self.request.user,
        )
        in_shop = is_in_shop(self.product, image)
        message = PHOTO_ADDED[in_shop]
        if wants_json(self.request):
            photo = {
                "id": image.pk,
                "src": image.get_rendition(THUMBNAIL).url,
                "alt": image.description,
                "in_shop": in_shop,
                "state": str(PHOTO_STATES[in_shop]),
            }
            return JsonResponse({"photo": photo, "message": str(message)}, status=201)
        messages.success(self.request, message)
        return redirect(self.request.path)

    def form_invalid(self, form):
        if wants_json(self.request):
            errors = [str(error) for field_errors in form.errors.values() for error in field_errors]
            return JsonResponse({"errors": errors}, status=400)
        return super().form_invalid(form)


def is_in_shop(product, image):
    """Whether the shop shows `image` on `product` now: the page is live and its live version
    (the one in its own rows) holds the photo."""
    live = Page.objects.filter(pk=product.pk, live=True).exists()
    return live and ProductPhoto.objects.filter(product_id=product.pk, image=image).exists()
