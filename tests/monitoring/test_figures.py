"""The report's figures, checked to the đồng on the page the committee reads: what is a sale,
when it was made (in Vietnam), what reached the makers, and that every breakdown adds up."""

import datetime

import pytest
from django.utils import timezone

from catalog.models import ProductPage, ProductVariant
from craftsite.periods import local_day
from enquiries.models import Enquiry
from orders.models import Order
from payments.refunds import refund_items
from stories.models import (
    ArtisanIndexPage,
    ArtisanPage,
    ClassRegistration,
    EventIndexPage,
    EventPage,
    HeritageSitePage,
    StoryIndexPage,
    StoryPage,
)
from tests.factories.stories import add_heritage_section, build_stories_site
from tests.factories.visits import make_visit_request
from tests.monitoring.conftest import (
    add_live,
    add_product,
    placed,
    report_url,
    screen_tables,
    summary,
    vietnam_time,
)
from visits.models import VisitRequest

pytestmark = pytest.mark.django_db

Status, Payment = Order.Status, Order.PaymentStatus


def read(client, user, **query):
    client.force_login(user)
    response = client.get(report_url(**query))
    assert response.status_code == 200
    return response


def test_sales_are_exactly_the_paid_orders_of_the_period(client, programme, committee):
    p = programme
    sold = [
        placed(vietnam_time(2025, 3, 2, 10), {p["weavers"]: [(p["scarf"], 2)]}),
        placed(
            vietnam_time(2025, 7, 9, 15),
            {p["weavers"]: [(p["skirt"], 1)], p["baskets"]: [(p["basket"], 3)]},
            payment_method="vietqr",
            status=Status.CONFIRMED,
        ),
        placed(
            vietnam_time(2025, 11, 30, 8),
            {p["baskets"]: [(p["basket"], 1)]},
            payment_method="stripe",
        ),
    ]
    scarf = {p["weavers"]: [(p["scarf"], 5)]}
    for status, payment_status, method in [
        (Status.CANCELLED, Payment.UNPAID, "vietqr"),  # never paid
        (Status.CANCELLED, Payment.REFUNDED, "stripe"),  # paid, then refunded
        (Status.CANCELLED, Payment.PAID, "vietqr"),  # a late transfer waiting for its refund
        (Status.AWAITING_PAYMENT, Payment.UNPAID, "vietqr"),
        (Status.CONFIRMED, Payment.UNPAID, "cod"),  # on its way, the cash not yet in
    ]:
        placed(
            vietnam_time(2025, 6, 1, 9),
            scarf,
            status=status,
            payment_status=payment_status,
            payment_method=method,
        )
    placed(vietnam_time(2024, 12, 31, 23, 59), scarf)
    placed(vietnam_time(2026, 1, 1, 0, 0), scarf)

    figures = summary(read(client, committee, year=2025))

    assert figures["revenue"] == sum(order.goods_total for order in sold) == 3_900_000
    assert figures["orders"] == 3
    assert figures["units"] == 2 + 1 + 3 + 1
    # 70 % of 700.000, 75 % of 1.200.000, 60 % of 1.500.000 and of 500.000.
    assert figures["makers_share"] == 490_000 + 900_000 + 900_000 + 300_000
    assert figures["cooperatives_active"] == 2


def test_an_order_at_half_past_eleven_on_new_years_eve_in_vietnam_counts_in_that_year(
    client, programme, committee
):
    p = programme
    late = placed(vietnam_time(2024, 12, 31, 23, 30), {p["weavers"]: [(p["scarf"], 1)]})
    placed(vietnam_time(2025, 1, 1, 0, 10), {p["baskets"]: [(p["basket"], 1)]})
    assert late.created_at == datetime.datetime(2024, 12, 31, 16, 30, tzinfo=datetime.UTC)

    assert summary(read(client, committee, year=2024))["revenue"] == 350_000
    assert summary(read(client, committee, year=2025))["revenue"] == 500_000
    assert summary(read(client, committee, year=2024, quarter=4))["revenue"] == 350_000
    assert summary(read(client, committee, year=2025, quarter=1))["revenue"] == 500_000
    december = read(client, committee, first_day="2024-12-31", last_day="2024-12-31")
    assert summary(december)["revenue"] == 350_000
    months = screen_tables(read(client, committee, year=2024))["By month"]
    assert months[12][0] == "12/2024"
    assert months[12][3] == 350_000


def test_refunded_items_are_not_sales(client, programme, committee):
    """Of five scarves, two refunded and a basket refunded whole: what is left is three
    scarves, to the đồng, and the order of the basket is no sale at all."""
    p = programme
    scarves = placed(vietnam_time(2025, 4, 2, 10), {p["weavers"]: [(p["scarf"], 5)]})
    basket = placed(vietnam_time(2025, 4, 3, 10), {p["baskets"]: [(p["basket"], 1)]})
    refund_items(scarves, {scarves.lines.get(): 2}, returned=True, bank_reference="FT1")
    refund_items(basket, {basket.lines.get(): 1}, bank_reference="FT2")

    figures = summary(read(client, committee, year=2025))

    assert figures["revenue"] == 3 * 350_000
    assert figures["units"] == 3
    assert figures["orders"] == 1
    assert figures["makers_share"] == 3 * 350_000 * 70 // 100


def test_makers_share_is_rounded_down_on_each_line(client, programme, committee):
    """Each line's share is rounded down to the đồng and the total is the sum of the lines:
    50 % of 10.001 is 5.000, and of 30.003 is 15.001."""
    p = programme
    odd = add_product(p["weavers"], "Túi", "TUI", 10_001, maker_share_percent=50)
    placed(vietnam_time(2025, 4, 1, 9), {p["weavers"]: [(odd, 1)]})
    placed(vietnam_time(2025, 4, 2, 9), {p["weavers"]: [(odd, 3)]})

    figures = summary(read(client, committee, year=2025))

    assert figures["revenue"] == 40_004
    assert figures["makers_share"] == 5_000 + 15_001


def test_a_share_declared_anew_after_the_sale_leaves_last_years_report_as_it_was(
    client, programme, committee
):
    p = programme
    placed(vietnam_time(2025, 4, 1, 9), {p["weavers"]: [(p["scarf"], 2)]})  # 70 % of 700.000
    before = screen_tables(read(client, committee, year=2025))
    ProductPage.objects.filter(pk=p["scarf"].pk).update(maker_share_percent=30)
    placed(vietnam_time(2026, 2, 1, 9), {p["weavers"]: [(p["scarf"], 1)]})  # 30 % of 350.000

    last_year = read(client, committee, year=2025)

    assert summary(last_year)["makers_share"] == 490_000
    assert screen_tables(last_year) == before
    assert summary(read(client, committee, year=2026))["makers_share"] == 105_000


def test_a_sale_whose_variant_was_deleted_keeps_its_share_and_its_products_groups(
    client, programme, committee
):
    p = programme
    placed(vietnam_time(2025, 4, 1, 9), {p["weavers"]: [(p["scarf"], 2)]})
    placed(vietnam_time(2025, 4, 1, 10), {p["weavers"]: [(p["skirt"], 1)]})
    ProductVariant.objects.filter(sku="KHAN").delete()

    response = read(client, committee, year=2025, breakdown="craft")

    assert summary(response)["revenue"] == 700_000 + 1_200_000
    assert summary(response)["makers_share"] == 490_000 + 900_000
    crafts = {row[0]: row[4] for row in screen_tables(response)["By craft"][1:-1]}
    assert crafts == {"Dệt thổ cẩm": 1_900_000, "Đan lát": 0}


def test_a_sale_whose_product_was_deleted_keeps_its_share_under_its_cooperative(
    client, programme, committee
):
    p = programme
    placed(vietnam_time(2025, 4, 1, 9), {p["weavers"]: [(p["scarf"], 2)]})
    placed(vietnam_time(2025, 4, 1, 10), {p["weavers"]: [(p["skirt"], 1)]})
    p["scarf"].delete()

    response = read(client, committee, year=2025, breakdown="craft")

    assert summary(response)["revenue"] == 700_000 + 1_200_000
    assert summary(response)["makers_share"] == 490_000 + 900_000
    crafts = {row[0]: row[4] for row in screen_tables(response)["By craft"][1:-1]}
    assert crafts == {"Dệt thổ cẩm": 1_200_000, "Đan lát": 0, "Not stated": 700_000}
    peoples = screen_tables(read(client, committee, year=2025, breakdown="ethnic_group"))
    assert {row[0]: row[4] for row in peoples["By ethnic group"][1:-1]} == {
        "Xơ Đăng": 1_900_000,  # the scarf's own, and its cooperative's village's
        "Giẻ Triêng": 0,
    }


def sell_across_the_programme(p):
    placed(vietnam_time(2025, 2, 3, 9), {p["weavers"]: [(p["scarf"], 2)]})
    placed(
        vietnam_time(2025, 5, 6, 20),
        {p["weavers"]: [(p["skirt"], 1)], p["baskets"]: [(p["basket"], 2)]},
        payment_method="vietqr",
    )
    placed(vietnam_time(2025, 9, 10, 11), {p["baskets"]: [(p["basket"], 1)]})


BREAKDOWNS = [
    (
        "cooperative",
        "By cooperative",
        {"HTX Dệt Kon Klor": 1_900_000, "HTX Đan lát Đăk Răng": 1_500_000},
    ),
    ("craft", "By craft", {"Dệt thổ cẩm": 1_900_000, "Đan lát": 1_500_000}),
    # The skirt names no ethnic group: it counts for its cooperative's village's.
    ("ethnic_group", "By ethnic group", {"Xơ Đăng": 1_900_000, "Giẻ Triêng": 1_500_000}),
    ("commune", "By commune", {"phường Kon Tum": 1_900_000, "xã Đăk Dục": 1_500_000}),
]


def test_every_breakdown_adds_up_to_the_total(client, programme, committee):
    sell_across_the_programme(programme)

    for breakdown, title, revenues in BREAKDOWNS:
        response = read(client, committee, year=2025, breakdown=breakdown)

        tables = screen_tables(response)
        for name in [title, "By month", "By payment method"]:
            headings, *rows, total = tables[name]
            assert total[0] == "Total"
            for column in range(1, len(headings)):
                assert sum(row[column] for row in rows) == total[column], (name, headings[column])
        *rows, total = tables[title][1:]
        assert {row[0]: row[4] for row in rows} == revenues
        figures = summary(response)
        names = ["products_listed", "products_on_sale", "units", "revenue", "makers_share"]
        assert total[1:6] == [figures[name] for name in names]
        assert total[1:6] == [3, 3, 6, 3_400_000, 490_000 + 900_000 + 900_000]


def test_listed_products_cooperatives_and_enquiries(client, programme, committee):
    p = programme
    # First published in 2026: not listed in 2025.
    ProductPage.objects.filter(pk=p["skirt"].pk).update(first_published_at=vietnam_time(2026, 1, 2))
    ProductVariant.objects.filter(sku="GUI").update(active=False)
    placed(vietnam_time(2025, 2, 3, 9), {p["weavers"]: [(p["scarf"], 1)]})
    for status, product, at in [
        (Enquiry.Status.WON, p["basket"], vietnam_time(2025, 3, 1, 9)),
        (Enquiry.Status.QUOTED, None, vietnam_time(2025, 12, 31, 23, 30)),
        (Enquiry.Status.WON, None, vietnam_time(2024, 12, 31, 23, 30)),  # the year before
    ]:
        cooperative = p["baskets"] if product else p["weavers"]
        Enquiry.objects.create(
            cooperative=cooperative,
            product=product,
            name="Khách sạn Núi",
            email="mua@example.test",
            quantity=200,
            language="vi",
            status=status,
            created_at=at,
        )

    response = read(client, committee, year=2025, breakdown="craft")

    figures = summary(response)
    assert figures["products_listed"] == 2
    assert figures["products_on_sale"] == 1
    assert figures["cooperatives_active"] == 1  # only the weavers sold
    assert figures["enquiries"] == 2
    assert figures["enquiries_won"] == 1
    # An enquiry about a product counts for its craft; one about none is "Not stated".
    crafts = {row[0]: row[6:8] for row in screen_tables(response)["By craft"][1:-1]}
    assert crafts == {"Dệt thổ cẩm": [0, 0], "Đan lát": [1, 1], "Not stated": [1, 0]}


def test_stories_artisans_classes_and_events_of_the_period(client, homes, committee):
    home = homes["vi"]
    stories = add_live(home, StoryIndexPage(title="Câu chuyện", slug="cau-chuyen"))
    for slug, day in [("mot", (2025, 1, 1)), ("hai", (2025, 12, 31)), ("ba", (2024, 12, 31))]:
        add_live(
            stories, StoryPage(title=slug, slug=slug, author="Y Hoa", date=datetime.date(*day))
        )
    artisans = add_live(home, ArtisanIndexPage(title="Nghệ nhân", slug="nghe-nhan"))
    add_live(artisans, ArtisanPage(title="Y Đrin", slug="y-drin", consent_given=True))
    later = add_live(artisans, ArtisanPage(title="A Thảo", slug="a-thao", consent_given=True))
    ArtisanPage.objects.filter(pk=later.pk).update(first_published_at=vietnam_time(2026, 1, 2))
    events = add_live(home, EventIndexPage(title="Sự kiện", slug="su-kien"))

    def event(slug, kind, starts):
        return add_live(
            events,
            EventPage(
                title=slug,
                slug=slug,
                kind=kind,
                starts_at=starts,
                ends_at=starts + datetime.timedelta(hours=3),
                seats=10 if kind == EventPage.Kind.CLASS else None,
            ),
        )

    held = event("lop-det", EventPage.Kind.CLASS, vietnam_time(2025, 8, 1, 8))
    soon = timezone.now() + datetime.timedelta(days=3)
    event("lop-sau", EventPage.Kind.CLASS, soon)
    event("le-hoi", EventPage.Kind.FESTIVAL, vietnam_time(2025, 3, 1, 8))
    event("hoi-cho", EventPage.Kind.FAIR, vietnam_time(2024, 3, 1, 8))
    for phone, completed in [
        ("+84900000001", True),
        ("+84900000002", True),
        ("+84900000003", False),
    ]:
        ClassRegistration.objects.create(
            event=held,
            name="Học viên",
            phone=phone,
            age=16,
            village="Đăk Răng",
            status=ClassRegistration.Status.CONFIRMED,
            completed=completed,
        )

    figures = summary(read(client, committee, year=2025))

    assert figures["stories"] == 2
    assert figures["artisans"] == 1  # the other profile was first published after 2025
    assert figures["classes"] == 1
    assert figures["learners"] == 2
    assert figures["events"] == 1
    today = local_day(timezone.now())
    coming = read(client, committee, first_day=today, last_day=today + datetime.timedelta(days=30))
    assert summary(coming)["classes"] == 0  # not held yet


def test_item_4_counts_heritage_sites_and_the_visit_requests_of_the_period(
    client, homes, committee
):
    section = build_stories_site(homes)
    heritage = add_heritage_section(homes, section)["site"]
    HeritageSitePage.objects.filter(translation_key=heritage["vi"].translation_key).update(
        first_published_at=vietnam_time(2025, 4, 1)
    )
    village = section["village"]["vi"]
    received = []
    for day in ((2025, 2, 10), (2025, 6, 10), (2025, 11, 10), (2026, 1, 3)):
        request = make_visit_request(village)
        VisitRequest.objects.filter(pk=request.pk).update(created_at=vietnam_time(*day))
        received.append(request)
    VisitRequest.objects.filter(pk=received[0].pk).update(
        status=VisitRequest.Status.ACCEPTED, answered_at=vietnam_time(2025, 2, 11)
    )
    VisitRequest.objects.filter(pk=received[1].pk).update(
        status=VisitRequest.Status.DECLINED, answered_at=vietnam_time(2025, 6, 12)
    )

    figures = summary(read(client, committee, year=2025))
    earlier = summary(read(client, committee, year=2024))

    assert [
        figures[name]
        for name in (
            "heritage_sites",
            "visit_requests",
            "visit_requests_answered",
            "visit_requests_accepted",
        )
    ] == [1, 3, 2, 1]
    assert (earlier["heritage_sites"], earlier["visit_requests"]) == (0, 0)
