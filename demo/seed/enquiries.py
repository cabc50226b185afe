"""Seed the demo's wholesale enquiries (enquiries app): enquiries to some of the
cooperatives in every status, with the cooperatives' replies, some still new after the time
allowed. Texts come from demo/data/enquiries.yaml; products and cooperatives are found by
their slugs in products.yaml and cooperatives.yaml."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from catalog.models import CooperativePage, ProductPage
from demo.data import load
from enquiries.models import Enquiry, EnquiryReply

ENQUIRY_FIELDS = (
    "name",
    "organisation",
    "email",
    "phone",
    "wanted",
    "quantity",
    "message",
    "language",
    "status",
)


def seed_enquiries():
    """Demo wholesale enquiries in every status, with the cooperatives' replies, some still
    new after the time allowed. Call it after the shop and the demo accounts exist (replies
    are signed by the cooperatives' demo staff). Enquiries already there are left alone, and
    nothing is mailed."""
    now = timezone.now()
    cooperatives = {
        spec["key"]: spec["slug"]["vi"] for spec in load("cooperatives")["cooperatives"]
    }
    products = {spec["key"]: spec["slug"] for spec in load("products")["products"]}
    for spec in load("enquiries")["enquiries"]:
        cooperative = CooperativePage.objects.get(
            slug=cooperatives[spec["cooperative"]], locale__language_code="vi"
        )
        if Enquiry.objects.filter(cooperative=cooperative, email=spec["email"]).exists():
            continue
        received = now - datetime.timedelta(days=spec["days_ago"])
        wanted_in = spec["wanted_by_in_days"]
        enquiry = Enquiry.objects.create(
            cooperative=cooperative,
            product=demo_product(products, spec),
            created_at=received,
            wanted_by=received.date() + datetime.timedelta(days=wanted_in) if wanted_in else None,
            answered_at=received + datetime.timedelta(days=1) if "reply" in spec else None,
            **{field: spec[field] for field in ENQUIRY_FIELDS},
        )
        if "reply" in spec:
            body, username = spec["reply"]
            staff = get_user_model().objects.filter(username=username).first() if username else None
            reply = EnquiryReply.objects.create(enquiry=enquiry, body=body, user=staff)
            EnquiryReply.objects.filter(pk=reply.pk).update(sent_at=enquiry.answered_at)


def demo_product(products, spec):
    """The product the buyer asked from, in the language they wrote in, if any."""
    if not spec["product"]:
        return None
    slug = products[spec["product"]][spec["language"]]
    return ProductPage.objects.filter(slug=slug, locale__language_code=spec["language"]).first()
