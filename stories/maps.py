"""Village maps. The page always carries a map drawn on the server (SVG, no network needed,
readable without JavaScript); where a tile server is configured (MAP_TILE_URL), a small script
upgrades it to a Leaflet map served from this site, and keeps the drawn map if tiles fail."""

from django.conf import settings

# The former Kon Tum province, where every demo village lies, with a small margin.
BOUNDS = {"south": 13.85, "north": 15.45, "west": 107.3, "east": 108.7}
WIDTH, HEIGHT = 420, 480


def project(latitude, longitude):
    """Position on the drawn map (equirectangular is plenty at this scale)."""
    x = (float(longitude) - BOUNDS["west"]) / (BOUNDS["east"] - BOUNDS["west"]) * WIDTH
    y = (BOUNDS["north"] - float(latitude)) / (BOUNDS["north"] - BOUNDS["south"]) * HEIGHT
    return round(min(max(x, 8), WIDTH - 8), 1), round(min(max(y, 8), HEIGHT - 8), 1)


def village_map(villages, request):
    points = []
    for village in villages:
        if not village.has_coordinates:
            continue
        x, y = project(village.latitude, village.longitude)
        points.append(
            {
                "x": x,
                "y": y,
                "title": village.title,
                "url": village.get_url(request),
                "lat": float(village.latitude),
                "lng": float(village.longitude),
            }
        )
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "points": points,
        "tile_url": settings.MAP_TILE_URL,
        "tile_attribution": settings.MAP_TILE_ATTRIBUTION,
    }
