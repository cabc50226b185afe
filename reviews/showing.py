"""What a product page shows of its reviews: the average and count of the approved ratings
and the newest approved reviews, with their answers and photos. Read in a fixed number of
queries whatever the number of reviews, once per page: the page's reviews section and its
schema.org data share it."""

from dataclasses import dataclass

from reviews.models import REVIEWS_SHOWN, Review

SCHEMA_REVIEWS = 5  # reviews repeated in the page's schema.org data


@dataclass(frozen=True)
class ProductReviews:
    average: float | None
    count: int
    reviews: list

    @property
    def average_shown(self):
        """The average to one decimal, as people read ratings ("4.6")."""
        return round(self.average, 1) if self.average is not None else None

    @property
    def whole_stars(self):
        """The stars drawn for the average: 4.6 draws five."""
        return round(self.average) if self.average is not None else 0


def reviews_shown(product):
    """The reviews of `product` (a page of any language) for its page, read once per page
    object and kept on it."""
    if "_reviews_shown" not in product.__dict__:
        approved = Review.objects.of_product(product).approved()
        summary = approved.rating_summary()
        newest = (
            approved.filter(anonymised_at__isnull=True)
            .select_related("photo")
            .prefetch_related("photo__renditions")
        )
        product.__dict__["_reviews_shown"] = ProductReviews(
            average=summary["average"],
            count=summary["count"],
            reviews=list(newest[:REVIEWS_SHOWN]) if summary["count"] else [],
        )
    return product.__dict__["_reviews_shown"]


def rating_data(product, data, request):
    """schema.org AggregateRating and the newest Reviews, added to the product's data by the
    catalog's PRODUCT_DATA_HOOK; nothing while no review is approved, as search engines
    ask."""
    shown = reviews_shown(product)
    if not shown.count:
        return
    data["aggregateRating"] = {
        "@type": "AggregateRating",
        "ratingValue": shown.average_shown,
        "ratingCount": shown.count,
        "bestRating": 5,
        "worstRating": 1,
    }
    data["review"] = [
        {
            "@type": "Review",
            "reviewRating": {"@type": "Rating", "ratingValue": review.rating, "bestRating": 5},
            "author": {"@type": "Person", "name": review.name_shown or "—"},
            "datePublished": review.created_at.date().isoformat(),
            "reviewBody": review.text,
            "inLanguage": review.language,
        }
        for review in shown.reviews[:SCHEMA_REVIEWS]
    ]
