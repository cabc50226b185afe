from django import template

from reviews.showing import reviews_shown

register = template.Library()


@register.inclusion_tag("reviews/includes/product_reviews.html")
def product_reviews(product):
    """The product page's reviews section: approved reviews only, in whichever language
    they were written, each marked with it."""
    return {"product": product, "shown": reviews_shown(product)}
