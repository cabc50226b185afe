"""Maps of villages and heritage sites. The page always carries a map drawn on the server (SVG,
no network needed, readable without JavaScript); where a tile server is configured
(MAP_TILE_URL), a small script upgrades it to a Leaflet map served from this site, and keeps
the drawn map if tiles fail. Villages are round markers and heritage sites squares, each
numbered as in the legend, so the kinds differ by shape and words, not by colour alone."""

from django.conf import settings
from django.utils.translation import pgettext_lazy

from base.maps import HEIGHT, WIDTH, project

KINDS = {
    "village": pgettext_lazy("map marker", "Craft village"),
    "heritage": pgettext_lazy("map marker", "Heritage site"),
}


def village_map(villages, request, heritage_sites=()):
    """The drawn map's context for `villages` and `heritage_sites`, numbered in that order;
    places without coordinates are left out."""
    places = [("village", page) for page in villages]
    places += [("heritage", page) for page in heritage_sites]
    points = []
    for kind, page in places:
        if not page.has_coordinates:
            continue
        x, y = project(page.latitude, page.longitude)
        points.append(
            {
                "number": len(points) + 1,
                "kind": kind,
                "kind_label": KINDS[kind],
                "x": x,
                "y": y,
                "title": page.title,
                "url": page.get_url(request),
                "lat": float(page.latitude),
                "lng": float(page.longitude),
            }
        )
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "points": points,
        "key": map_key(points),
        "tile_url": settings.MAP_TILE_URL,
        "tile_attribution": settings.MAP_TILE_ATTRIBUTION,
    }


def map_key(points):
    """The marker shapes and what they stand for, when a map shows more than one kind."""
    shown = {point["kind"] for point in points}
    return (
        [(kind, label) for kind, label in KINDS.items() if kind in shown] if len(shown) > 1 else []
    )
