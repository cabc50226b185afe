"""The light back office on a phone (360 × 740, Vietnamese) through a dropped signal: each
screen is under 150 KB on the wire on a cold cache (the figures go to
test-artifacts/backoffice-weights.json), passes axe and fits the screen; it installs as an
app (manifest, service worker); offline, the last lists stay readable under a banner, and
changes wait on the phone; back online the waiting mark is sent and the stock, sold
meanwhile, is asked about rather than overwritten."""

import json
import re

import pytest
from django.test import Client
from playwright.sync_api import expect

from bench.weight import weigh
from catalog.models import ProductVariant
from catalog.staff import ensure_staff_group
from orders.models import Fulfilment
from orders.services import take_stock
from tests.e2e.conftest import serious_violations
from tests.e2e.phone import past_the_edge, small_targets
from tests.factories.catalog import add_cooperative, add_product, add_shop
from tests.factories.orders import make_order

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 360, "height": 740}
# Resolves once a service worker controls the page: at once, or when it takes over. (Not
# wait_for_function, whose polling evaluates a string, which the strict CSP forbids.)
CONTROLLED = """new Promise((resolve) => navigator.serviceWorker.controller
    ? resolve(true)
    : navigator.serviceWorker.addEventListener("controllerchange", () => resolve(true)))"""
BUDGET = 150_000  # bytes on the wire, cold cache
SCREENS = {"dashboard": "/htx/", "orders": "/htx/orders/", "stock": "/htx/stock/"}
CONTROLS = ".tile, main .button, .bar__nav a, .bar__signout, .field input"


@pytest.fixture
def cooperative(homes, django_user_model):
    """A weaving cooperative with a scarf (5 made, one sold in a packed parcel waiting to be
    shipped), and its staff member."""
    page = add_cooperative(add_shop(homes["vi"]), "HTX Dệt thổ cẩm Kon Kơ Tu", slug="htx-det")
    scarf = add_product(page, "Khăn thổ cẩm", price=350_000, stock=5, sku="KHAN-01")
    staff = django_user_model.objects.create_user("det", password="x", first_name="Y Hoa")
    staff.groups.add(ensure_staff_group(page))
    order = make_order({page: [(scarf, 1)]})
    order.fulfilments.update(status=Fulfilment.Status.PACKED)
    return {"staff": staff, "order": order, "variant": ProductVariant.objects.get(sku="KHAN-01")}


def signed_in_context(browser, live_server, user):
    """A phone's browser with `user` signed in (the session cookie only, so that a first
    load carries nothing else)."""
    client = Client()
    client.force_login(user)
    context = browser.new_context(viewport=PHONE, locale="vi-VN")
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    return context


def problems_of(page):
    found = {
        "axe": serious_violations(page),
        "wider than the screen": past_the_edge(page, root="body"),
        "small touch targets": small_targets(page, CONTROLS),
    }
    return {kind: items for kind, items in found.items() if items}


def measure_the_screens(live_server, browser, user, screenshot_dir):
    """Each screen on a cold cache: its bytes on the wire (what Chromium's network log counts
    for each response, headers and encoded body), a photo, and what a phone finds wrong with
    it."""
    weights, problems = {}, {}
    for name, path in SCREENS.items():
        context = signed_in_context(browser, live_server, user)
        page = context.new_page()
        measured = weigh(page, live_server.url + path)  # as `make bench` weighs them
        page.screenshot(path=screenshot_dir / f"backoffice-vi-360-{name}.png", full_page=True)
        weights[name] = {key: measured[key] for key in ("total_bytes", "bytes", "requests")}
        problems[name] = problems_of(page)
        context.close()
    (screenshot_dir / "backoffice-weights.json").write_text(json.dumps(weights, indent=1))
    return weights, {name: found for name, found in problems.items() if found}


# One test: each browser test pays for the live server's database again.
def test_light_screens_work_through_a_dropped_signal(
    live_server, browser, cooperative, screenshot_dir
):
    weights, problems = measure_the_screens(
        live_server, browser, cooperative["staff"], screenshot_dir
    )
    assert all(weight["total_bytes"] < BUDGET for weight in weights.values()), weights
    assert not problems, problems

    variant, order = cooperative["variant"], cooperative["order"]
    context = signed_in_context(browser, live_server, cooperative["staff"])
    page = context.new_page()
    page.goto(live_server.url + "/htx/")
    expect(page.locator("link[rel=manifest]")).to_have_attribute(
        "href", "/htx/manifest.webmanifest"
    )
    assert page.evaluate(CONTROLLED)  # the service worker now serves the back office
    page.goto(live_server.url + "/htx/orders/")
    page.goto(live_server.url + "/htx/stock/")
    offline = page.locator(".connection__offline")
    expect(offline).to_be_hidden()

    context.set_offline(True)
    page.reload()
    expect(offline).to_be_visible()
    expect(offline).to_contain_text("Đang mất mạng: đang hiện danh sách lúc")
    row = page.locator("form.variant", has_text="KHAN-01")
    expect(row.get_by_label("Tồn kho")).to_have_value("4")
    row.get_by_label("Tồn kho").fill("6")
    row.get_by_role("button", name="Lưu").click()
    expect(row).to_contain_text("Đang chờ gửi")
    page.get_by_role("link", name="Đơn cần gửi").click()
    parcel = page.locator("article.part", has_text=order.code)
    expect(offline).to_be_visible()
    parcel.get_by_label("Đơn vị vận chuyển").fill("Viettel Post")
    parcel.get_by_label("Mã vận đơn").fill("VTP-2026-001")
    parcel.get_by_role("button", name="Đánh dấu đã gửi").click()
    expect(parcel).to_contain_text("Đang chờ gửi")
    expect(page.locator(".connection__waiting")).to_have_text("Thay đổi đang chờ gửi: 2")
    page.screenshot(path=screenshot_dir / "backoffice-vi-360-offline.png", full_page=True)
    assert serious_violations(page) == []
    assert take_stock(variant, 1)  # meanwhile a buyer orders a scarf: 3 left

    context.set_offline(False)
    expect(parcel).to_contain_text("đánh dấu đã gửi")
    order.refresh_from_db()
    part = order.fulfilments.get()
    assert (part.status, part.tracking_number) == ("shipped", "VTP-2026-001")
    page.get_by_role("link", name="Giá và tồn kho").click()
    conflict = page.locator("form.variant", has_text="KHAN-01").locator(".change__state")
    expect(conflict).to_contain_text("Máy chủ có số mới hơn:")
    expect(conflict).to_contain_text("Tồn kho: 3")
    page.screenshot(path=screenshot_dir / "backoffice-vi-360-conflict.png", full_page=True)
    assert serious_violations(page) == []
    variant.refresh_from_db()
    assert variant.stock == 3  # not overwritten silently

    conflict.get_by_role("button", name="Giữ số của bạn").click()
    expect(conflict).to_contain_text("Đã lưu.")
    variant.refresh_from_db()
    assert variant.stock == 6

    page.get_by_role("button", name="Đăng xuất").click()  # nothing of theirs stays behind
    expect(page).to_have_url(re.compile(r"/admin/login/"))
    assert page.evaluate("caches.has('htx-pages')") is False
    assert page.evaluate("localStorage.getItem('htx-queue')") is None
    context.close()
