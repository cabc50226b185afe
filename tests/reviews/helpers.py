"""What the review tests share: delivered orders, the review link, a filled-in form."""

from io import BytesIO

from django.urls import reverse
from django.utils import translation
from PIL import ExifTags, Image

from catalog.models import ProductVariant
from orders.models import Fulfilment
from orders.services import advance_fulfilment
from reviews.services import invitation_key
from tests.factories.orders import make_order


def order_of_scarf_and_basket(shop, **fields):
    return make_order(
        {shop["weavers"]: [(shop["scarf"], 2)], shop["baskets"]: [(shop["basket"], 1)]},
        **fields,
    )


def deliver(order, cooperative):
    """Ship and deliver the cooperative's part of `order`, as its staff do."""
    part = order.fulfilments.get(cooperative=cooperative)
    advance_fulfilment(part, Fulfilment.Status.SHIPPED, carrier="GHN", tracking_number="GHN1")
    return advance_fulfilment(part, Fulfilment.Status.DELIVERED)


def line_of(order, product):
    return order.lines.get(sku=ProductVariant.objects.of_product(product).get().sku)


def review_url(order, language="en"):
    with translation.override(language):
        return reverse("review_order", args=[invitation_key(order)])


def line_url(order, line, language="en", key=None):
    with translation.override(language):
        return reverse("review_line", args=[key or invitation_key(order), line.pk])


def review_form(line, **fields):
    """The POST of the form of `line`, filled in as a buyer does, with `fields` changed."""
    values = {
        "rating": "5",
        "text": "Khăn dệt rất đẹp, màu chàm đậm và đều.",
        "name_shown": "Lan",
        "consent": "on",
        "website": "",
        **fields,
    }
    return {f"line-{line.pk}-{name}": value for name, value in values.items() if value is not None}


def phone_photo(image_format="JPEG", size=(1200, 900)):
    """A photo as a phone takes it: with where it was taken in its EXIF."""
    picture = Image.new("RGB", size, (158, 42, 43))
    exif = Image.Exif()
    exif[ExifTags.Base.Model] = "Phone of Y Hoa"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (14.0, 21.0, 0.0)
    buffer = BytesIO()
    picture.save(buffer, image_format, exif=exif)
    return buffer.getvalue()
