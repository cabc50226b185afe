"""Deterministic demo images for the Làng Nghề site, drawn with Pillow only (no downloads).

Every public function returns optimized JPEG bytes and gives identical output for identical
arguments: all randomness (including grain noise) comes from a local ``random.Random``.

    render("landscape", 21)            the way the demo content names its images
    landscape(seed=7, width=1600, height=900)
    brocade(seed=3)

The painters are grouped by what they paint: weaves (brocade, basket weave), landscapes,
portraits (placeholders), studio (craft objects, painted by fibre_clay and wood_metal), on
the shared primitives; renderers holds render().
"""

from .landscapes import landscape
from .renderers import render
from .weaves import brocade

__all__ = ["brocade", "landscape", "render"]
