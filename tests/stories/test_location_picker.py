"""The map picker in the admin (base.panels.LocationPanel) as the server sees it: the page edit
forms of villages and heritage sites carry it, a decimal comma is read as a point, and whatever
else is typed into a coordinate is refused with a message, never saved or crashing."""

import pytest
from django.forms import modelform_factory
from hypothesis import given, settings
from hypothesis import strategies as st
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from base.panels import CoordinateInput, decimal_point
from stories.models import HeritageSitePage, VillagePage
from tests.factories.stories import add_heritage_section
from tests.html import soup
from tests.stories.test_editorial import village_form

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("14,35", "14.35"),
        (" 108,0123 ", "108.0123"),
        ("14.35", "14.35"),
        ("14,350.5", "14,350.5"),
        ("14,35,1", "14,35,1"),
        ("", ""),
    ],
)
def test_a_single_comma_is_a_decimal_comma(typed, read):
    assert decimal_point(typed) == read


@pytest.mark.parametrize("model", ["villagepage", "heritagesitepage"])
def test_edit_forms_of_located_pages_carry_the_map_picker(admin_client, section, homes, model):
    heritage = add_heritage_section(homes, section)
    page = {"villagepage": section["village"], "heritagesitepage": heritage["site"]}[model]["vi"]

    document = soup(admin_client.get(f"/admin/pages/{page.pk}/edit/"))

    [picker] = document.select("[data-map-picker]")
    assert picker["data-latitude-input"] == "id_latitude"
    assert picker["data-longitude-input"] == "id_longitude"
    assert picker.has_attr("hidden"), "without JavaScript only the typed fields show"
    assert "data-tiles" not in picker.attrs
    assert document.select_one("#id_latitude")["inputmode"] == "decimal"
    assert document.find("script", src=lambda src: src and "map-picker.js" in src)
    assert not document.find("script", src=lambda src: src and "leaflet" in src)


def test_with_tiles_the_picker_loads_leaflet_and_names_the_tiles(admin_client, section, settings):
    settings.MAP_TILE_URL = "https://tiles.example.vn/{z}/{x}/{y}.png"

    document = soup(admin_client.get(f"/admin/pages/{section['village']['vi'].pk}/edit/"))

    [picker] = document.select("[data-map-picker]")
    assert picker["data-tiles"] == "https://tiles.example.vn/{z}/{x}/{y}.png"
    assert document.find("script", src=lambda src: src and "leaflet.js" in src)


def post_village(client, section, **coordinates):
    index = section["indexes"]["villages"]["vi"]
    data = {**village_form(slug="kon-klor"), **coordinates, "action-publish": "Publish"}
    return client.post(f"/admin/pages/add/stories/villagepage/{index.pk}/", data)


def test_coordinates_typed_with_decimal_commas_are_saved(admin_client, section):
    response = post_village(admin_client, section, latitude="14,3547", longitude="108,0082")

    assert response.status_code == 302
    village = VillagePage.objects.get(slug="kon-klor", locale__language_code="vi")
    assert (str(village.latitude), str(village.longitude)) == ("14.35470", "108.00820")


@pytest.mark.parametrize(
    ("latitude", "longitude"),
    [
        ("108.0", "14.35"),  # swapped
        ("91", "108"),
        ("-14.35", "108"),
        ("14.35", "181"),
        ("mười bốn", "108"),
        ("14.35", "1e3"),
        ("NaN", "108"),
        ("14.35", "Infinity"),
        ("14,350.5", "108"),
        ("14.123456789", "108"),
        ("<script>alert(1)</script>", "108"),
        ("1" * 300, "108"),
        ("14.35\x00", "108"),
    ],
)
def test_hostile_or_malformed_coordinates_are_refused(admin_client, section, latitude, longitude):
    response = post_village(admin_client, section, latitude=latitude, longitude=longitude)

    assert response.status_code == 200, "the form comes back with what is wrong"
    document = soup(response)
    errors = document.select(".w-field__errors, .error-message, [id$='-errors']")
    assert errors, "the editor is told which field is wrong"
    assert not VillagePage.objects.filter(slug="kon-klor").exists()
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_heritage_site_saved_from_the_admin_keeps_its_protection_and_links(
    admin_client, section, homes
):
    index = add_heritage_section(homes, section)["index"]["vi"]
    data = nested_form_data(
        {
            "title": "Ngục Kon Tum",
            "slug": "nguc-kon-tum",
            "introduction": "",
            "kind": "relic",
            "address": "đường Trương Quang Trọng, phường Kon Tum",
            "province": "Quảng Ngãi",
            "latitude": "14,352",
            "longitude": "107,998",
            "protection": "special_national",
            "decision_number": "",
            "decision_date": "",
            "decision_body": "",
            "opening_hours": "",
            "admission": "",
            "visitor_rules": rich_text(""),
            "body": streamfield([]),
            "comments": inline_formset([]),
            "action-publish": "Publish",
        }
    )
    data["villages"] = [section["village"]["vi"].pk]
    url = f"/admin/pages/add/stories/heritagesitepage/{index.pk}/"

    refused = admin_client.post(url, data)
    assert refused.status_code == 200
    assert "cần có số quyết định" in refused.content.decode()

    saved = admin_client.post(url, {**data, "decision_number": "266/QĐ-TTg"})
    assert saved.status_code == 302
    site = HeritageSitePage.objects.get(slug="nguc-kon-tum", locale__language_code="vi")
    assert site.live and site.decision_number == "266/QĐ-TTg"
    assert float(site.latitude) == 14.352
    assert list(site.villages.all()) == [section["village"]["vi"]]


CoordinatesForm = modelform_factory(
    VillagePage,
    fields=["latitude", "longitude"],
    widgets={"latitude": CoordinateInput(), "longitude": CoordinateInput()},
)


@given(latitude=st.text(max_size=40), longitude=st.text(max_size=40))
@settings(max_examples=300, deadline=None)
def test_whatever_is_typed_the_form_keeps_a_place_in_vietnam_or_says_no(latitude, longitude):
    form = CoordinatesForm(data={"latitude": latitude, "longitude": longitude})

    if form.is_valid():
        for name, (low, high) in (("latitude", (8, 24)), ("longitude", (102, 110))):
            value = form.cleaned_data[name]
            assert value is None or low <= value <= high
    else:
        assert set(form.errors) <= {"latitude", "longitude"}


@given(
    latitude=st.decimals(min_value=8, max_value=24, places=5),
    longitude=st.decimals(min_value=102, max_value=110, places=5),
)
@settings(max_examples=100, deadline=None)
def test_every_place_in_vietnam_typed_with_a_decimal_comma_is_read_exactly(latitude, longitude):
    form = CoordinatesForm(
        data={"latitude": str(latitude).replace(".", ","), "longitude": str(longitude)}
    )

    assert form.is_valid(), form.errors
    assert (form.cleaned_data["latitude"], form.cleaned_data["longitude"]) == (latitude, longitude)
