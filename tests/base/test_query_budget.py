"""Public pages run a fixed number of SQL queries, whatever they list (warm renditions)."""

import pytest

from base.models import Navigation
from tests.factories.images import SiteImageFactory
from tests.factories.pages import add_standard_page
from tests.queries import BUDGET, warm_query_count

pytestmark = pytest.mark.django_db


def feature_pages(home, count, prefix):
    pages = [
        add_standard_page(
            home,
            f"Trang {n}",
            f"{prefix}-{n}",
            hero_image=SiteImageFactory(),
            introduction="Giới thiệu",
        )
        for n in range(count)
    ]
    home.body = [("featured_pages", {"heading": "Nổi bật", "pages": pages})]
    home.save_revision().publish()
    Navigation.objects.update_or_create(
        locale=home.locale,
        defaults={
            "header_links": [("link", {"page": page}) for page in pages],
            "footer_links": [("link", {"page": page}) for page in pages],
        },
    )
    return pages


def test_home_page_queries_do_not_grow_with_featured_pages(client, homes):
    feature_pages(homes["vi"], 2, "few")
    few = warm_query_count(client, "/vi/")

    feature_pages(homes["vi"], 8, "many")
    many = warm_query_count(client, "/vi/")

    assert few == many
    assert many <= BUDGET


def test_standard_page_within_budget(client, homes, image):
    page = add_standard_page(homes["vi"], "Giao hàng", "giao-hang", hero_image=image)
    add_standard_page(page, "Phí giao hàng", "phi")

    assert warm_query_count(client, "/vi/giao-hang/phi/") <= BUDGET
