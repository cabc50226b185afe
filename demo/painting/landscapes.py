"""Landscapes: misty ridges at dawn or by day, a river and a village of a rong house,
stilt houses and trees."""

from __future__ import annotations

import math
import random

from .primitives import _bezier, _grain, _jpeg, _mask, _mix, _paint, _put, _soft, _vgrad


def _ridge(rng, w, base, amp, rough, n=7):
    """Midpoint-displacement ridge line spanning y in [base - amp, base]."""
    v = [rng.random(), *([0.0] * (2**n - 1)), rng.random()]
    step, scale = 2**n, 1.0
    while step > 1:
        half = step // 2
        for i in range(half, len(v), step):
            v[i] = (v[i - half] + v[i + half]) / 2 + rng.uniform(-scale, scale)
        step, scale = half, scale * rough
    lo, hi = min(v), max(v)
    return [(w * i / (len(v) - 1), base - amp * (y - lo) / (hi - lo)) for i, y in enumerate(v)]


def _rong(x, y, s):
    """Silhouette of a rong communal house: stilts, floor and a tall axe-blade roof."""
    wd, fl = 0.26 * s, y - 0.17 * s
    out = [
        ("rectangle", (x - wd / 2, fl - 0.06 * s, x + wd / 2, fl + 0.012 * s)),
        ("line", [(x + wd / 2 - 0.04 * s, fl), (x + wd / 2 + 0.06 * s, y)], 0.01 * s),
    ]
    out += [
        ("rectangle", (px - 0.009 * s, fl, px + 0.009 * s, y))
        for px in (x - wd / 2 + 0.015 * s + k * (wd - 0.03 * s) / 4 for k in range(5))
    ]
    ye, yr, we, wr = fl - 0.04 * s, y - s, wd / 2 + 0.01 * s, wd / 2 + 0.13 * s
    left = [(x - we - (wr - we) * (k / 16) ** 2, ye + (yr - ye) * k / 16) for k in range(17)]
    out.append(("polygon", left + [(2 * x - px, py) for px, py in reversed(left)]))
    for sg in (-1, 1):
        out.append(
            (
                "polygon",
                [
                    (x + sg * (wr - 0.01 * s), yr + 0.01 * s),
                    (x + sg * (wr + 0.04 * s), yr - 0.07 * s),
                    (x + sg * (wr - 0.035 * s), yr),
                ],
            )
        )
    return out


def _stilt(x, y, s):
    """Silhouette of a small stilt house with a hipped roof."""
    fl = y - 0.32 * s
    out = [
        ("rectangle", (x - 0.5 * s, fl - 0.3 * s, x + 0.5 * s, fl)),
        (
            "polygon",
            [
                (x - 0.68 * s, fl - 0.22 * s),
                (x - 0.36 * s, fl - 0.8 * s),
                (x + 0.36 * s, fl - 0.8 * s),
                (x + 0.68 * s, fl - 0.22 * s),
            ],
        ),
    ]
    return out + [
        ("rectangle", (x + (dx - 0.03) * s, fl, x + (dx + 0.03) * s, y))
        for dx in (-0.45, -0.15, 0.15, 0.45)
    ]


def _tree(x, y, s, rng):
    """Silhouette of a round canopy tree or an areca palm with drooping fronds."""
    if rng.random() < 0.5:
        return [("line", [(x, y), (x, y - 0.4 * s)], 0.05 * s)] + [
            ("ellipse", (x + (dx - r) * s, y - (dy + r) * s, x + (dx + r) * s, y - (dy - r) * s))
            for dx, dy, r in ((0, 0.62, 0.27), (-0.2, 0.45, 0.2), (0.2, 0.47, 0.22))
        ]
    top = (x + rng.uniform(-0.1, 0.1) * s, y - s)
    out = [("line", [(x, y), ((x + top[0]) / 2, y - 0.5 * s), top], 0.022 * s)]
    for a in range(0, 360, 30):
        c, ln = math.cos(math.radians(a + rng.uniform(-12, 12))), rng.uniform(0.22, 0.32) * s
        out.append(
            (
                "line",
                _bezier(
                    top,
                    (top[0] + 0.6 * ln * c, top[1] - 0.25 * ln),
                    (top[0] + ln * c, top[1] + 0.5 * ln),
                    8,
                ),
                0.014 * s,
            )
        )
    return out


def landscape(seed: int, width: int = 1200, height: int = 800) -> bytes:
    """Misty Central Highlands ridges at dawn or by day, a river and a rong-house village."""
    rng = random.Random(seed)
    w, h = width, height
    if rng.random() < 0.5:  # dawn
        sky = [(0, "#2e3a66"), (0.28, "#7d6a96"), (0.5, "#e39f86"), (0.62, "#f8d7a6")]
        far, near, ground, sun, glow, sy = "#a795b4", "#34405a", "#56624f", "#fff0c8", 160, 0.42
    else:
        sky = [(0, "#4a7fbd"), (0.45, "#97c2de"), (0.62, "#e2eef0")]
        far, near, ground, sun, glow, sy = "#a3c2cc", "#2c5a52", "#5f8c56", "#fffbe8", 90, 0.16
    mist = _mix(sky[-1][1], "#ffffff", 0.35)
    img = _vgrad((w, h), sky)
    sx, sy, sr = rng.uniform(0.3, 0.7) * w, sy * h, 0.035 * h
    _paint(
        img,
        sun,
        _soft((w, h), [((sx - 7 * sr, sy - 7 * sr, sx + 7 * sr, sy + 7 * sr), glow)], 6 * sr),
    )
    _paint(img, sun, _mask((w, h), [("ellipse", (sx - sr, sy - sr, sx + sr, sy + sr))]))
    clouds = []
    for _ in range(rng.randint(2, 4)):
        cx, cy, cw = rng.uniform(0, w), rng.uniform(0.08, 0.32) * h, rng.uniform(0.08, 0.18) * w
        clouds += [
            ((cx - cw * a, cy - b * h, cx + cw * c, cy + 0.01 * h), 140)
            for a, b, c in ((1, 0.012, 1), (0.55, 0.04, 0.25), (0.1, 0.028, 0.6))
        ]
    _paint(img, "#ffffff", _soft((w, h), clouds, 0.01 * h))
    layers, gy = rng.randint(4, 5), 0.79 * h
    for k in range(layers):  # far to near ridges, each fading into valley mist
        t = k / (layers - 1)
        base, amp = h * (0.5 + 0.21 * t), h * (0.22 - 0.12 * t)
        pts = _ridge(rng, w, base, amp, 0.58 - 0.15 * t)
        shapes = [("polygon", [*pts, (w, h), (0, h)])]
        for _ in range(70 if k >= layers - 2 else 0):  # pine forest on the nearer ridges
            px, py = pts[rng.randrange(2, len(pts) - 2)]
            ts = rng.uniform(0.012, 0.025) * h * (1 + t)
            shapes.append(
                (
                    "polygon",
                    [
                        (px - ts * 0.32, py + ts * 0.4),
                        (px, py - ts),
                        (px + ts * 0.32, py + ts * 0.4),
                    ],
                )
            )
        col = _mix(far, near, t * 0.85)
        stops = [((base - amp) / h, col), (base / h + 0.04, _mix(col, mist, 0.55))]
        _put(img, _vgrad((w, h), stops), _mask((w, h), shapes))
        _paint(
            img,
            mist,
            _soft((w, h), [((-0.3 * w, base - 0.03 * h, 1.3 * w, base + 0.05 * h), 110)], 0.03 * h),
        )
    pts = _ridge(rng, w, gy, 0.02 * h, 0.4)
    _put(
        img,
        _vgrad((w, h), [(0.77, _mix(ground, mist, 0.4)), (1, ground)]),
        _mask((w, h), [("polygon", [*pts, (w, h), (0, h)])]),
    )
    side = rng.choice([-1, 1])
    rx = w * (0.5 + 0.2 * side)
    river = [
        (
            rx + 0.04 * w * math.sin(i * 1.2) + side * i * 0.015 * w,
            gy - 0.02 * h + (h - gy + 0.02 * h) * (i / 10) ** 1.6,
            0.003 * w + 0.16 * w * (i / 10) ** 2.2,
        )
        for i in range(11)
    ]
    poly = [(x - r, y) for x, y, r in river] + [(x + r, y) for x, y, r in reversed(river)]
    _put(
        img,
        _vgrad((w, h), [(0.8, mist), (1, _mix(sky[1][1], mist, 0.3))]),
        _mask((w, h), [("polygon", poly)]),
    )
    _paint(
        img,
        mist,
        _soft((w, h), [((-0.3 * w, gy - 0.04 * h, 1.3 * w, gy + 0.015 * h), 120)], 0.02 * h),
    )
    hx = w * (0.5 - 0.25 * side)
    hill = [
        (x, h * 1.02 - h * 0.2 / (1 + ((x - hx) / (0.24 * w)) ** 4))
        for x in range(-10, w + 11, max(1, w // 80))
    ]
    _put(
        img,
        _vgrad((w, h), [(0.8, _mix(ground, near, 0.45)), (1, near)]),
        _mask((w, h), [("polygon", [*hill, (w + 10, h), (-10, h)])]),
    )
    gy2 = h * 0.825
    sil = (
        _rong(hx, gy2, 0.36 * h)
        + _stilt(hx - side * 0.14 * w, gy2 + 0.004 * h, 0.075 * h)
        + _stilt(hx + side * 0.13 * w, gy2 + 0.004 * h, 0.065 * h)
    )
    for dx in (0.22, 0.27, -0.21, -0.075):
        sil += _tree(hx - side * dx * w, gy2 + 0.01 * h, rng.uniform(0.11, 0.19) * h, rng)
    _paint(img, _mix(near, "#000000", 0.5), _mask((w, h), sil))
    birds = []
    for _ in range(rng.randint(3, 6)):
        bx, by = rng.uniform(0.1, 0.9) * w, rng.uniform(0.1, 0.3) * h
        bs = rng.uniform(5, 9) * h / 800
        birds.append(("line", [(bx - bs, by - bs * 0.4), (bx, by), (bx + bs, by - bs * 0.4)], 1.4))
    _paint(img, _mix(near, "#000000", 0.3), _mask((w, h), birds))
    return _jpeg(_grain(img, rng, 3))
