"""Rows of cards linking to pages chosen by editors (base.blocks.PageCardsBlock)."""

import pytest
from wagtail.models import PageViewRestriction

from tests.factories.pages import add_standard_page
from tests.html import soup

pytestmark = pytest.mark.django_db


def test_a_card_row_leaves_out_restricted_pages_and_what_is_under_them(client, homes):
    home = homes["vi"]
    shown = add_standard_page(home, "Giới thiệu", "gioi-thieu", introduction="Về chúng tôi.")
    locked = add_standard_page(home, "Giá sỉ", "gia-si", introduction="Chiết khấu 40%.")
    section = add_standard_page(home, "Nội bộ", "noi-bo")
    inside = add_standard_page(section, "Biên bản", "bien-ban", introduction="Họp kín.")
    home.body = [("featured_pages", {"heading": "Nổi bật", "pages": [shown, locked, inside]})]
    home.save_revision().publish()
    PageViewRestriction.objects.create(page=locked, restriction_type="password", password="x")
    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)

    text = soup(client.get(home.url)).get_text()

    assert "Về chúng tôi." in text
    for hidden in ("Giá sỉ", "Chiết khấu 40%", "Biên bản", "Họp kín"):
        assert hidden not in text
