"""`bench.seed` (`bench.topup.seed_to_size`), which `make bench` runs on a large scale, in
small: it tops the site up to the sizes asked for, with cooperatives, products and stories in
both languages that are published, translated, stocked, searchable and open; a second run
adds nothing."""

from collections import Counter
from io import StringIO

import pytest
from wagtail.models import Page

from bench.topup import seed_to_size
from catalog.models import CooperativePage, ProductPage, ProductVariant
from stories.models import StoryPage
from tests.html import soup

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

# The `shop` fixture has one cooperative with one product and one story in each language:
# these sizes add 2 cooperatives with 5 products each, and 3 stories.
SIZES = {"cooperatives": 3, "products": 11, "stories": 4}


def seed():
    out = StringIO()
    seed_to_size(**SIZES, out=out)
    return out.getvalue()


def new(model, locale):
    return model.objects.filter(slug__startswith="bench-", locale=locale).order_by("path")


def test_tops_the_site_up_in_both_languages(client, shop, locales):
    output = seed()

    assert "Added 2 cooperatives, 10 products, 3 stories (per language)" in output
    for model, count in [(CooperativePage, 2), (ProductPage, 10), (StoryPage, 3)]:
        vi, en = new(model, locales["vi"]), new(model, locales["en"])
        assert vi.count() == en.count() == count
        assert vi.live().count() == en.live().count() == count
        assert not vi.filter(has_unpublished_changes=True).exists()
        # each English page is the translation of a Vietnamese one
        keys = set(vi.values_list("translation_key", flat=True))
        assert keys == set(en.values_list("translation_key", flat=True))
        assert len(keys) == count

    for code in ("vi", "en"):
        products = new(ProductPage, locales[code])
        parents = Counter(product.get_parent().specific for product in products)
        assert sorted(parents.values()) == [5, 5]
        assert {type(parent) for parent in parents} == {CooperativePage}
        assert {parent.locale_id for parent in parents} == {locales[code].pk}

    keys = set(new(ProductPage, locales["vi"]).values_list("translation_key", flat=True))
    variants = ProductVariant.objects.filter(product__translation_key__in=keys)
    assert set(variants.values_list("product__translation_key", flat=True)) == keys
    assert all(variant.stock >= 0 and variant.price > 0 for variant in variants)

    assert all(problems == [] for problems in Page.find_problems())
    for page in Page.objects.all():
        assert page.numchild == page.get_children().count(), page.url_path


def test_new_stories_copy_a_demo_story_in_each_language(client, shop, locales):
    seed()

    source = shop["stories"]["story"]
    for code in ("vi", "en"):
        story = new(StoryPage, locales[code]).first()
        assert story.title.startswith(source[code].title)
        assert story.introduction == source[code].introduction
        assert story.get_parent().pk == source[code].get_parent().pk
        response = client.get(story.url)
        assert response.status_code == 200
        assert soup(response).h1.get_text(strip=True) == story.title


def test_new_pages_open_and_are_found_by_search(client, shop, locales):
    seed()

    product = new(ProductPage, locales["en"]).first()
    response = client.get(product.url)
    assert response.status_code == 200
    assert soup(response).h1.get_text(strip=True) == product.title
    results = client.get("/en/search/", {"q": product.title})
    titles = [h2.get_text(strip=True) for h2 in soup(results).select(".search-results h2")]
    assert product.title in titles


def test_a_second_run_adds_nothing(shop, locales):
    seed()
    pages = Page.objects.count()
    variants = ProductVariant.objects.count()

    output = seed()

    assert "Added nothing" in output
    assert Page.objects.count() == pages
    assert ProductVariant.objects.count() == variants
