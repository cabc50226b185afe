"""Admin panels shared by every app's pages and models."""

import json

from django import forms
from django.conf import settings
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from base.maps import BOUNDS, HEIGHT, WIDTH


def decimal_point(text):
    """People in Vietnam write a decimal comma ("14,35"), as Vietnamese number formatting
    does; the database wants a point. A single comma with no point is a decimal comma; anything
    else ("14,350.5", "14,35,1") is left as typed for the field to refuse."""
    text = text.strip()
    if text.count(",") == 1 and "." not in text:
        return text.replace(",", ".")
    return text


class CoordinateInput(forms.TextInput):
    """A latitude or longitude typed as text: a phone shows its number pad (inputmode), and a
    decimal comma is read as a point. A text box rather than a number box, because number
    boxes in some browsers silently empty themselves on a comma."""

    def __init__(self, attrs=None):
        super().__init__({"inputmode": "decimal", "autocomplete": "off", **(attrs or {})})

    def value_from_datadict(self, data, files, name):
        value = super().value_from_datadict(data, files, name)
        return decimal_point(value) if isinstance(value, str) else value


class LocationPanel(FieldRowPanel):
    """A latitude and a longitude side by side, with a map under them: click or tap the map,
    or move its marker with the arrow keys, and the fields fill in; type in the fields and the
    marker moves. The typed fields stay what is saved, so the form works without JavaScript.
    With a tile server configured (MAP_TILE_URL) the map is a Leaflet map of those tiles;
    without one, or while they do not load, it is the province's drawn map (base.maps)."""

    def __init__(self, latitude="latitude", longitude="longitude", children=(), **kwargs):
        children = children or [
            FieldPanel(latitude, widget=CoordinateInput()),
            FieldPanel(longitude, widget=CoordinateInput()),
        ]
        super().__init__(children, **kwargs)

    class BoundPanel(FieldRowPanel.BoundPanel):
        template_name = "base/panels/location_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            latitude, longitude = (child.bound_field for child in self.visible_children)
            context.update(
                latitude_id=latitude.auto_id,
                longitude_id=longitude.auto_id,
                bounds=json.dumps({**BOUNDS, "width": WIDTH, "height": HEIGHT}),
                width=WIDTH,
                height=HEIGHT,
                tile_url=settings.MAP_TILE_URL,
                tile_attribution=settings.MAP_TILE_ATTRIBUTION,
            )
            return context

        @property
        def media(self):
            css = ["base/css/map-picker.css"]
            js = ["base/js/map-picker.js"]
            if settings.MAP_TILE_URL:
                css.insert(0, "base/vendor/leaflet/leaflet.css")
                js.insert(0, "base/vendor/leaflet/leaflet.js")
            return super().media + forms.Media(css={"all": css}, js=js)
