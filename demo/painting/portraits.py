"""Portrait placeholders: a faceless silhouette in a medallion on brocade, drawn where a
real portrait would go."""

from __future__ import annotations

import random

from PIL import ImageChops

from .primitives import OCHRES, _jpeg, _mask, _mix, _paint, _put, _soft, _vgrad
from .weaves import _brocade_img


def portrait_placeholder(seed: int, width: int = 800, height: int = 800) -> bytes:
    """Faceless head-and-shoulders silhouette in a medallion on a brocade background."""
    rng = random.Random(seed)
    w, h = width, height
    img, m = _brocade_img(rng, w, h), min(w, h)
    cx, cy, r = w / 2, h / 2, 0.37 * m
    _paint(
        img,
        "#000000",
        _soft((w, h), [((cx - 1.04 * r, cy - r, cx + 1.04 * r, cy + 1.1 * r), 170)], 0.04 * m),
    )
    dm = _mask((w, h), [("ellipse", (cx - r, cy - r, cx + r, cy + r))])
    bg = rng.choice([("#f1e8d6", "#dccab0"), ("#e9e4d6", "#c9c6b0"), ("#efe2d6", "#d7bfae")])
    _put(img, _vgrad((w, h), [(0.15, bg[0]), (0.85, bg[1])]), dm)
    body = [
        ("ellipse", (cx - 0.2 * r, cy - 0.62 * r, cx + 0.2 * r, cy - 0.08 * r)),
        ("rectangle", (cx - 0.09 * r, cy - 0.2 * r, cx + 0.09 * r, cy + 0.1 * r)),
        ("ellipse", (cx - 0.7 * r, cy + 0.02 * r, cx + 0.7 * r, cy + 2.0 * r)),
    ]
    bm = ImageChops.multiply(_mask((w, h), body), dm)
    tone = rng.choice(["#3b3f5c", "#5e4536", "#2f4a4a", "#4a3a4f"])
    _put(img, _vgrad((w, h), [(0.3, _mix(tone, "#ffffff", 0.12)), (0.9, tone)]), bm)
    sash = [
        (
            "polygon",
            [
                (cx - 0.5 * r, cy + 0.2 * r),
                (cx - 0.3 * r, cy + 0.1 * r),
                (cx + 0.55 * r, cy + 1.1 * r),
                (cx + 0.3 * r, cy + 1.2 * r),
            ],
        )
    ]
    _put(
        img,
        _brocade_img(rng, w, h, cell=max(2, m // 260)).rotate(-40),
        ImageChops.multiply(_mask((w, h), sash), bm),
    )
    ring = _mask(
        (w, h),
        [
            (
                "ellipse",
                (cx - r - 0.018 * m, cy - r - 0.018 * m, cx + r + 0.018 * m, cy + r + 0.018 * m),
            )
        ],
    )
    return _jpeg(_paint(img, rng.choice(OCHRES), ImageChops.subtract(ring, dm)))
