"""Seed the demo's reviews (reviews app): approved reviews of delivered demo orders in both
languages, some with the cooperative's answer, so that product pages show ratings. Texts
come from demo/data/reviews.yaml; products are found by their slugs in products.yaml."""

import datetime

from craftsite.personal_data import Purpose
from demo.data import load
from orders.models import Fulfilment, OrderLine
from reviews.forms import first_name
from reviews.models import Review

WRITTEN_AFTER = datetime.timedelta(days=5)  # of the order: the parcel came, then the words


def seed_reviews():
    """Demo reviews, each on a delivered demo order line of one of its products, in its
    language where an order of that language has one. Reviews already there are left
    alone, and nothing is mailed. Call it after the demo orders."""
    slugs = {spec["key"]: spec["slug"]["vi"] for spec in load("products")["products"]}
    for spec in load("reviews")["reviews"]:
        if Review.objects.filter(text=spec["text"]).exists():
            continue
        candidates = (line_to_review(slugs[key], spec["language"]) for key in spec["products"])
        line = next(filter(None, candidates), None)
        if line is None:
            continue
        written_at = line.order.created_at + WRITTEN_AFTER
        Review.objects.create(
            line=line,
            product=line.product,
            cooperative=line.fulfilment.cooperative,
            language=spec["language"],
            rating=spec["rating"],
            text=spec["text"],
            name_shown=first_name(line.order.name),
            status=Review.Status.APPROVED,
            created_at=written_at,
            moderated_at=written_at + datetime.timedelta(days=1),
            answer=spec.get("answer", ""),
            answered_at=written_at + datetime.timedelta(days=1) if "answer" in spec else None,
            consent_notice_version="demo",
            consent_at=written_at,
            consent_purpose=Purpose.REVIEW,
        )


def line_to_review(product_slug, language):
    """A delivered demo line of the product without a review, of an order in `language`
    if there is one."""
    lines = (
        OrderLine.objects.filter(
            fulfilment__status=Fulfilment.Status.DELIVERED,
            product__slug=product_slug,
            product__locale__language_code="vi",
            review__isnull=True,
        )
        .select_related("order", "fulfilment", "product")
        .order_by("-order__created_at", "pk")
    )
    return lines.filter(order__language=language).first() or lines.first()
