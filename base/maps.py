"""Places on the map, for every app: the coordinate fields a page with a location has, and the
drawn map of the province they are shown on. The public maps (stories.maps) and the admin's
map picker (base.panels.LocationPanel) share this one projection, so a point clicked on the
picker lands where the public map draws it."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

# The former Kon Tum province, where every demo village lies, with a small margin.
BOUNDS = {"south": 13.85, "north": 15.45, "west": 107.3, "east": 108.7}
WIDTH, HEIGHT = 420, 480
# Vietnam from its southern tip to its northern border, and from its western border to the
# coast: a place outside is a typing mistake (latitude and longitude swapped, a lost digit).
LATITUDE_RANGE = (8, 24)
LONGITUDE_RANGE = (102, 110)


def project(latitude, longitude):
    """Position on the drawn map (equirectangular is plenty at this scale)."""
    x = (float(longitude) - BOUNDS["west"]) / (BOUNDS["east"] - BOUNDS["west"]) * WIDTH
    y = (BOUNDS["north"] - float(latitude)) / (BOUNDS["north"] - BOUNDS["south"]) * HEIGHT
    return round(min(max(x, 8), WIDTH - 8), 1), round(min(max(y, 8), HEIGHT - 8), 1)


def _coordinate_field(verbose_name, bounds, help_text):
    low, high = bounds
    return models.DecimalField(
        verbose_name,
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(low), MaxValueValidator(high)],
        help_text=help_text,
    )


class LocationMixin(models.Model):
    """A place in Vietnam, optionally located (not every place has been found on a map yet).
    Edit it with base.panels.LocationPanel."""

    latitude = _coordinate_field(
        _("latitude"),
        LATITUDE_RANGE,
        _("Degrees north, e.g. 14.35 (a comma works too: 14,35). Or click the map below."),
    )
    longitude = _coordinate_field(
        _("longitude"),
        LONGITUDE_RANGE,
        _("Degrees east, e.g. 108.01 (a comma works too: 108,01). Or click the map below."),
    )

    class Meta:
        abstract = True

    @property
    def has_coordinates(self):
        return self.latitude is not None and self.longitude is not None

    def geo_coordinates(self):
        """The place's position for JSON-LD (schema.org GeoCoordinates), or None."""
        if not self.has_coordinates:
            return None
        return {
            "@type": "GeoCoordinates",
            "latitude": float(self.latitude),
            "longitude": float(self.longitude),
        }
