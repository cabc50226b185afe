"""A small programme for the report's tests: two cooperatives in two villages (two communes,
two ethnic groups), three products of two crafts, and the people who read the report."""

import csv
import datetime
import io
import re
from contextlib import contextmanager

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test.utils import override_settings
from django.urls import reverse
from django.utils import translation
from openpyxl import load_workbook
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.users.models import UserProfile

from catalog.models import CooperativePage, ProductPage, ProductVariant, ShopPage
from catalog.staff import ensure_staff_group
from craftsite.periods import VIETNAM
from monitoring.report import LABELS
from orders.models import Order
from stories.models import (
    CraftIndexPage,
    CraftPage,
    EthnicGroupIndexPage,
    EthnicGroupPage,
    VillageIndexPage,
    VillagePage,
)
from tests.factories.orders import make_order
from tests.html import soup

REPORT = "monitoring:report"


# When the programme's pages went live: before every period the tests ask about.
LIVE_SINCE = datetime.datetime(2024, 6, 1, tzinfo=VIETNAM)


def add_live(parent, page):
    """`page` live under `parent` since LIVE_SINCE, added without the revision that an
    editor's publishing makes and the report does not read."""
    page.live = True
    page.first_published_at = page.last_published_at = LIVE_SINCE
    return parent.add_child(instance=page)


def add_product(cooperative, title, sku, price, **fields):
    """A live product with one variant on sale."""
    product = add_live(
        cooperative,
        ProductPage(title=title, slug=sku.lower(), description="<p>Làm tay.</p>", **fields),
    )
    ProductVariant.objects.create(
        product=product, sku=sku, label="Một màu", price=price, stock=1000
    )
    return product


@contextmanager
def unindexed():
    """Pages saved without updating the search and reference indexes, which the report
    does not read: a third of the time to build the programme."""
    backends = {
        name: {**params, "AUTO_UPDATE": False}
        for name, params in settings.WAGTAILSEARCH_BACKENDS.items()
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=backends), disable_reference_index_auto_update():
        yield


@pytest.fixture
def programme(homes):
    with unindexed():
        return build_programme(homes)


def build_programme(homes):
    home = homes["vi"]
    crafts = add_live(home, CraftIndexPage(title="Nghề", slug="nghe"))
    weaving = add_live(crafts, CraftPage(title="Dệt thổ cẩm", slug="det-tho-cam"))
    basketry = add_live(crafts, CraftPage(title="Đan lát", slug="dan-lat"))
    groups = add_live(home, EthnicGroupIndexPage(title="Dân tộc", slug="dan-toc"))
    xo_dang = add_live(groups, EthnicGroupPage(title="Xơ Đăng", slug="xo-dang"))
    gie_trieng = add_live(groups, EthnicGroupPage(title="Giẻ Triêng", slug="gie-trieng"))
    villages = add_live(home, VillageIndexPage(title="Làng", slug="lang"))
    kon_klor = VillagePage(
        title="Kon Klor", slug="kon-klor", commune="phường Kon Tum", ethnic_group=xo_dang
    )
    dak_rang = VillagePage(
        title="Đăk Răng", slug="dak-rang", commune="xã Đăk Dục", ethnic_group=gie_trieng
    )
    shop = add_live(home, ShopPage(title="Cửa hàng", slug="cua-hang"))
    weavers = add_live(
        shop,
        CooperativePage(
            title="HTX Dệt Kon Klor",
            slug="htx-det",
            legal_name="HTX Dệt Kon Klor",
            kind="cooperative",
            village=add_live(villages, kon_klor),
        ),
    )
    baskets = add_live(
        shop,
        CooperativePage(
            title="HTX Đan lát Đăk Răng",
            slug="htx-dan",
            legal_name="HTX Đan lát Đăk Răng",
            kind="cooperative",
            village=add_live(villages, dak_rang),
        ),
    )
    return {
        "shop": shop,
        "weavers": weavers,
        "baskets": baskets,
        "scarf": add_product(
            weavers,
            "Khăn",
            "KHAN",
            350_000,
            craft=weaving,
            ethnic_group=xo_dang,
            maker_share_percent=70,
        ),
        # No ethnic group of its own: it counts for its cooperative's village's, Xơ Đăng.
        "skirt": add_product(
            weavers, "Váy", "VAY", 1_200_000, craft=weaving, maker_share_percent=75
        ),
        "basket": add_product(
            baskets,
            "Gùi",
            "GUI",
            500_000,
            craft=basketry,
            ethnic_group=gie_trieng,
            maker_share_percent=60,
        ),
    }


def user_in(group, username):
    """A user of `group` who reads the admin in English, as the tests name the figures."""
    user = get_user_model().objects.create_user(username=username, password="x")
    user.groups.add(group)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


@pytest.fixture
def committee(db):
    return user_in(Group.objects.get(name="Ethnic Committee"), "committee")


@pytest.fixture
def weaver(programme):
    return user_in(ensure_staff_group(programme["weavers"]), "weaver")


@pytest.fixture
def editor(db):
    return user_in(Group.objects.get(name="Editors"), "editor")


def vietnam_time(*args):
    return datetime.datetime(*args, tzinfo=VIETNAM)


def placed(
    at,
    parts,
    *,
    status=Order.Status.COMPLETED,
    payment_status=Order.PaymentStatus.PAID,
    **fields,
):
    """An order of `parts` ({cooperative: [(product, quantity)]}) placed at `at`; paid and
    delivered unless told otherwise."""
    order = make_order(parts, status=status, payment_status=payment_status, **fields)
    Order.objects.filter(pk=order.pk).update(created_at=at)
    order.refresh_from_db()
    return order


def report_url(name=REPORT, **query):
    url = reverse(name)
    return f"{url}?{'&'.join(f'{key}={value}' for key, value in query.items())}"


NUMBER = re.compile(r"[\d.,]+(?:\s*(?:₫|VND))?")


def figure(text):
    """A cell as a number when it shows one ("350.000 ₫", "12,500"), else its text."""
    text = text.strip()
    if NUMBER.fullmatch(text):
        return int(re.sub(r"\D", "", text))
    return text


def screen_tables(response):
    """{section title: rows of cells, headings and total included} of the report's tables."""
    document = soup(response)
    tables = {}
    for section in document.select("section.report-section"):
        title = section.find("h3").get_text(strip=True)
        tables[title] = [
            [figure(cell.get_text()) for cell in row.find_all(["th", "td"])]
            for row in section.find("table").find_all("tr")
        ]
    return tables


def summary(response):
    """{figure's name in LABELS: value} of the figures of every item of the report."""
    with translation.override("en"):
        names = {str(label): name for name, label in LABELS.items()}
    return {
        names[label]: value
        for title, rows in screen_tables(response).items()
        if title.startswith("Figures of item")
        for label, value in rows[1:]
    }


def blocks(rows, read=figure):
    """{title: rows of cells as `read` reads them} of blocks of rows parted by blank rows,
    each under its title; a block with a title only (a section's heading) is left out."""
    tables, title = {}, None
    for row in rows:
        if not row:
            title = None
        elif title is None:
            title = row[0]
        else:
            tables.setdefault(title, []).append([read(cell) for cell in row])
    return tables


def csv_tables(content):
    """{title: rows} of a CSV export: after the title and what the report is, sections and
    tables parted by blank lines, each table under its title."""
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    return blocks(rows[rows.index([]) :])


def without_trailing_blanks(row):
    row = list(row)
    while row and row[-1] is None:
        row.pop()
    return row


def workbook_tables(content):
    """{table title: rows} of every sheet of an XLSX export but the cover: the tables
    from the third row, one under another, a blank row between them."""
    book = load_workbook(io.BytesIO(content))
    tables = {}
    for sheet in book.worksheets[1:]:
        rows = sheet.iter_rows(min_row=3, values_only=True)
        tables |= blocks([without_trailing_blanks(row) for row in rows], read=lambda cell: cell)
    return tables
