"""One entry point for the demo content, which names its images by how to draw them."""

from __future__ import annotations

from .landscapes import landscape
from .portraits import portrait_placeholder
from .studio import craft_object
from .weaves import basket_weave, brocade


def render(kind: str, *args) -> bytes:
    """Render a demo image named as in the demo content: ("brocade", seed),
    ("basket_weave", seed), ("landscape", seed), ("portrait", seed) or ("object", kind, seed)."""
    renderers = {
        "landscape": landscape,
        "brocade": brocade,
        "basket_weave": basket_weave,
        "portrait": portrait_placeholder,
        "object": craft_object,
    }
    return renderers[kind](*args)
