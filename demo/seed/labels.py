"""Seed a few illustrative label runs (labels app) for demo products, made by the demo
artisans where the product names them, so that the back office's labels screen has runs to
print and the public "who made this" page has codes to open. Runs come from
demo/data/labels.yaml; the first product of the catalogue stands in for `any`."""

import datetime

from wagtail.models import Locale

from catalog.models import ProductPage
from craftsite.periods import today
from demo.data import load
from labels.models import Label
from labels.services import make_labels


def seed_labels():
    """Create the demo label runs unless some exist already; returns how many were made."""
    if Label.objects.exists():
        return 0
    products = ProductPage.objects.live().filter(locale=Locale.get_default()).order_by("pk")
    slugs = {product.slug: product for product in products}
    made = 0
    for run in load("labels")["runs"]:
        product = demo_product(run["product"], slugs, products)
        if product is None:
            continue
        make_labels(
            Label(
                product=product,
                kind=run["kind"],
                quantity=run["quantity"],
                artisan=product.makers.filter(live=True).first(),
                made_on=today() - datetime.timedelta(days=run["days_ago"]),
            ),
            user=None,
        )
        made += 1
    return made


def demo_product(key, slugs, products):
    """The product of a demo key (products.yaml), by its Vietnamese slug, or the first."""
    if key == "any":
        return products.first()
    spec = next((p for p in load("products")["products"] if p["key"] == key), None)
    return spec and slugs.get(spec["slug"]["vi"])
