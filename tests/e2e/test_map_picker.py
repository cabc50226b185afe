"""An editor places a village and a heritage site with the admin's map picker, on a phone
(360 × 740) in Vietnamese: a tap on the map fills the coordinates, typed coordinates (with a
decimal comma) move the marker, the arrow keys nudge it, and the page saves what the fields
say. Once with the province's drawn map (no tile server), once with Leaflet over tiles served
by the test itself. Each screen passes axe and fits the screen."""

from io import BytesIO

import pytest
from PIL import Image
from playwright.sync_api import expect

from base.maps import BOUNDS
from stories.models import HeritageSitePage, VillagePage
from tests.e2e.conftest import ARTIFACTS, serious_violations
from tests.e2e.phone import CONTENT, PAST_THE_EDGE, TUCKED_AT_THE_EDGE, past_the_edge
from tests.factories.stories import add_heritage_section, build_stories_site

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 360, "height": 740}
PASSWORD = "langnghe-map-2026"
TILES = "https://tiles.lang-nghe.test/{z}/{x}/{y}.png"


@pytest.fixture(autouse=True)
def no_autosave(settings):
    """See test_admin_phone_journeys: the live server's SQLite and the autosave do not mix."""
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0


@pytest.fixture
def pages(homes, django_user_model):
    section = build_stories_site(homes)
    heritage = add_heritage_section(homes, section)
    django_user_model.objects.create_superuser("bien-tap", "bt@example.test", PASSWORD)
    return {"village": section["village"]["vi"], "site": heritage["site"]["vi"]}


def tile_png():
    buffer = BytesIO()
    Image.new("RGB", (256, 256), (214, 230, 200)).save(buffer, "PNG")
    return buffer.getvalue()


def editor_on_phone(browser, live_server):
    context = browser.new_context(viewport=PHONE, locale="vi-VN")
    page = context.new_page()
    # Uncaught script errors only: the admin's console also reports Wagtail's update check
    # and avatars, which a machine without internet cannot fetch.
    page.problems = []
    page.on("pageerror", lambda error: page.problems.append(str(error)))
    page.goto(f"{live_server.url}/admin/login/")
    page.locator("input[name=username]").fill("bien-tap")
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("input[name=password]").press("Enter")
    expect(page).to_have_url(f"{live_server.url}/admin/")
    return context, page


def assert_screen_is_fine(page, name):
    page.screenshot(path=ARTIFACTS / f"map-picker-{name}.png")
    assert not serious_violations(page)
    # Leaflet lays its tiles out past the map's edges, inside a box that clips them.
    found = page.evaluate(PAST_THE_EDGE, [CONTENT, f"{TUCKED_AT_THE_EDGE}, .leaflet-pane"])
    assert not found, "\n".join(found)


def save_draft(page):
    page.locator("footer button[name=action-save], footer button[type=submit]").first.click()
    expect(page.locator(".messages")).to_be_visible()


def test_drawn_map_picker_without_tiles(live_server, browser, pages, settings):
    settings.MAP_TILE_URL = ""
    context, page = editor_on_phone(browser, live_server)
    latitude, longitude = page.locator("#id_latitude"), page.locator("#id_longitude")

    page.goto(f"{live_server.url}/admin/pages/{pages['village'].pk}/edit/")
    drawn = page.locator(".map-picker__drawn")
    drawn.scroll_into_view_if_needed()
    expect(drawn).to_be_visible()
    expect(page.locator(".map-picker__help")).to_contain_text("Bấm hoặc chạm vào bản đồ")
    assert_screen_is_fine(page, "drawn")

    # A tap in the middle of the drawn map: the middle of the province's bounds.
    box = drawn.bounding_box()
    drawn.click(position={"x": box["width"] / 2, "y": box["height"] / 2})
    middle = (BOUNDS["north"] + BOUNDS["south"]) / 2, (BOUNDS["east"] + BOUNDS["west"]) / 2
    assert float(latitude.input_value()) == pytest.approx(middle[0], abs=0.01)
    assert float(longitude.input_value()) == pytest.approx(middle[1], abs=0.01)
    expect(page.locator(".map-picker__marker")).to_be_visible()

    # Typed with a decimal comma, as Vietnamese writes numbers: the marker follows.
    latitude.fill("14,35")
    longitude.fill("108")
    expect(page.locator(".map-picker__marker")).to_have_attribute(
        "transform", "translate(210.0 330.0)"
    )
    expect(page.locator(".map-picker__status")).to_contain_text("14.35000, 108.00000")

    # The keyboard: one step north.
    drawn.focus()
    page.keyboard.press("ArrowUp")
    expect(latitude).to_have_value("14.36000")

    # Far outside the province: said in words, no marker drawn at the edge.
    latitude.fill("21,03")
    longitude.fill("105,85")
    expect(page.locator(".map-picker__status")).to_contain_text("nằm ngoài bản đồ")
    expect(page.locator(".map-picker__marker")).to_be_hidden()
    latitude.fill("14,36")
    longitude.fill("108")
    assert_screen_is_fine(page, "drawn-saved")
    save_draft(page)

    village = VillagePage.objects.get(pk=pages["village"].pk).get_latest_revision_as_object()
    assert (float(village.latitude), float(village.longitude)) == (14.36, 108.0)
    context.close()
    assert not page.problems


def test_leaflet_map_picker_with_tiles(live_server, browser, pages, settings):
    settings.MAP_TILE_URL = TILES
    context, page = editor_on_phone(browser, live_server)
    png = tile_png()
    tiles_served = []

    def serve_tile(route):
        tiles_served.append(route.request.url)
        route.fulfill(status=200, content_type="image/png", body=png)

    page.route("https://tiles.lang-nghe.test/**", serve_tile)
    latitude, longitude = page.locator("#id_latitude"), page.locator("#id_longitude")

    page.goto(f"{live_server.url}/admin/pages/{pages['site'].pk}/edit/")
    live = page.locator(".map-picker__live")
    live.scroll_into_view_if_needed()
    expect(live.locator(".leaflet-tile-loaded").first).to_be_visible()
    expect(page.locator(".map-picker__drawn")).to_be_hidden()
    assert tiles_served
    # The site's own marker is on the map already.
    expect(live.locator(".leaflet-marker-icon")).to_have_count(1)
    assert_screen_is_fine(page, "leaflet")

    box = live.bounding_box()
    live.click(position={"x": box["width"] / 3, "y": box["height"] / 3})
    assert latitude.input_value() != "14.70000"
    assert 8 < float(latitude.input_value()) < 24 and 102 < float(longitude.input_value()) < 110

    latitude.fill("14,3547")
    longitude.fill("108,0082")
    expect(page.locator(".map-picker__status")).to_contain_text("14.35470, 108.00820")
    marker = live.locator(".leaflet-marker-icon")
    expect(marker).to_have_count(1)
    expect(marker).to_be_in_viewport()
    save_draft(page)

    site = HeritageSitePage.objects.get(pk=pages["site"].pk).get_latest_revision_as_object()
    assert (float(site.latitude), float(site.longitude)) == (14.3547, 108.0082)
    context.close()
    assert not page.problems


@pytest.mark.parametrize("language", ["vi", "en"])
def test_heritage_pages_and_their_maps_on_a_phone(live_server, browser, homes, settings, language):
    """The public side: the heritage index, a site and its village, on a phone, accessible and
    no wider than the screen; with tiles, Leaflet keeps the two marker shapes."""
    section = build_stories_site(homes)
    heritage = add_heritage_section(homes, section)
    context = browser.new_context(viewport=PHONE, locale="vi-VN")
    page = context.new_page()
    problems = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    targets = [heritage["index"], heritage["site"], section["village"]]
    findings = {}
    for target in (versions[language] for versions in targets):
        page.goto(f"{live_server.url}{target.url}")
        expect(page.locator("h1")).to_have_text(target.title)
        found = serious_violations(page) + past_the_edge(page, root="main")
        if found:
            findings[target.url] = found

    settings.MAP_TILE_URL = TILES
    png = tile_png()
    page.route(
        "https://tiles.lang-nghe.test/**",
        lambda route: route.fulfill(status=200, content_type="image/png", body=png),
    )
    page.goto(f"{live_server.url}{section['village'][language].url}")
    expect(page.locator(".map-marker--village")).to_have_count(1)
    expect(page.locator(".map-marker--heritage")).to_have_count(1)
    context.close()
    assert findings == {}
    assert problems == []
