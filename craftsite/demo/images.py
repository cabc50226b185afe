"""Deterministic demo images for the Làng Nghề site, drawn with Pillow only (no downloads).

Every public function returns optimized JPEG bytes and gives identical output for identical
arguments: all randomness (including grain noise) comes from a local ``random.Random``.
"""

from __future__ import annotations

import io
import itertools
import math
import random

from PIL import Image, ImageChops, ImageColor, ImageDraw, ImageFilter, ImageOps

__all__ = [
    "CRAFT_KINDS",
    "basket_weave",
    "brocade",
    "craft_object",
    "landscape",
    "portrait_placeholder",
]

DARKS = ("#1b1a2e", "#141414", "#1d1822")
REDS = ("#a4262c", "#c0392b", "#962028")
OCHRES = ("#d9a441", "#e3b24e", "#c98f2e")
CREAMS = ("#f3ead8", "#eee2c8")
ACCENTS = ("#2e7d5b", "#2d5d8c", "#2f8074", "#3f6aa0")
STRAWS = ("#e2b66a", "#d9a95b", "#e8c27e", "#cf9d52", "#dcb070")
WOODS = ("#8a5a34", "#7a4b2a", "#9a6a3e", "#6e4a32")
STUDIO = (
    ("#efe8dc", "#dccdb5"),
    ("#e7eae4", "#c9d2c6"),
    ("#eee5df", "#d6c4b9"),
    ("#e5e9ee", "#c6ced8"),
)
CYL = (0.5, 0.8, 1.15, 1.4, 1.25, 1.05, 0.85, 0.65, 0.45)  # light across a cylinder


# --------------------------------------------------------------------------- helpers
def _rgb(c):
    return ImageColor.getrgb(c) if isinstance(c, str) else tuple(c)


def _mix(a, b, t):
    return tuple(round(x + (y - x) * t) for x, y in zip(_rgb(a), _rgb(b), strict=True))


def _jpeg(img):
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=85, optimize=True)
    return buf.getvalue()


def _vgrad(size, stops):
    """Vertical gradient through sorted (position 0..1, colour) stops."""
    pos, cols, n = [p for p, _ in stops], [_rgb(c) for _, c in stops], min(size[1], 256)
    column = []
    for y in range(n):
        t, i = y / max(1, n - 1), 0
        while i < len(pos) - 1 and t > pos[i + 1]:
            i += 1
        f = 0 if i == len(pos) - 1 else (t - pos[i]) / max(1e-6, pos[i + 1] - pos[i])
        column.append(_mix(cols[i], cols[min(i + 1, len(pos) - 1)], min(1, max(0, f))))
    g = Image.new("RGB", (1, n))
    g.putdata(column)
    return g.resize((1, size[1]), Image.BILINEAR).resize(size, Image.NEAREST)


def _noise(rng, size, sigma):
    """Deterministic grey noise (mean 128), tiled from a 256px patch when large."""
    tw, th = size if size[0] * size[1] <= 1 << 18 else (min(size[0], 256), min(size[1], 256))
    a, b = (Image.frombytes("L", (tw, th), rng.randbytes(tw * th)) for _ in range(2))
    tile = ImageChops.add(a, b, 2.0).point(lambda v: 128 + (v - 128) * sigma / 52)
    out = Image.new("L", size)
    for x in range(0, size[0], tw):
        for y in range(0, size[1], th):
            out.paste(tile, (x, y))
    return out


def _grain(img, rng, sigma=4.0):
    return ImageChops.add(img, _noise(rng, img.size, sigma).convert("RGB"), 1.0, -128)


def _put(img, src, mask):
    """Paste a colour or a same-size image through mask, touching only the mask's bbox."""
    box = mask.getbbox()
    if box:
        img.paste(src if isinstance(src, tuple) else src.crop(box), box, mask.crop(box))
    return img


def _paint(img, color, mask):
    return _put(img, _rgb(color), mask)


def _mask(size, shapes, ss=2):
    """Antialiased L mask of ImageDraw shapes given as (method, coords[, line width])."""
    flat = [[v for p in c for v in (p if isinstance(p, tuple) else (p,))] for _, c, *_ in shapes]
    pad = 2 + max([s[2] for s in shapes if len(s) > 2] or [0])
    x0 = max(0, int(min(min(f[0::2]) for f in flat) - pad))
    y0 = max(0, int(min(min(f[1::2]) for f in flat) - pad))
    x1 = min(size[0], int(max(max(f[0::2]) for f in flat) + pad) + 1)
    y1 = min(size[1], int(max(max(f[1::2]) for f in flat) + pad) + 1)
    out = Image.new("L", size)
    if x1 <= x0 or y1 <= y0:
        return out
    m = Image.new("L", ((x1 - x0) * ss, (y1 - y0) * ss))
    d = ImageDraw.Draw(m)
    for (kind, _, *wid), f in zip(shapes, flat, strict=True):
        f = [(v - (x0 if i % 2 == 0 else y0)) * ss for i, v in enumerate(f)]
        if kind == "line":
            d.line(f, fill=255, width=round(wid[0] * ss), joint="curve")
        else:
            getattr(d, kind)(f, fill=255)
    out.paste(m.reduce(ss), (x0, y0))
    return out


def _soft(size, ellipses, radius, k=4):
    """Blurred L mask of (box, value) ellipses, computed at 1/k scale for speed."""
    small = Image.new("L", (size[0] // k + 1, size[1] // k + 1))
    d = ImageDraw.Draw(small)
    for box, v in ellipses:
        d.ellipse([c / k for c in box], fill=int(v))
    small, out = small.filter(ImageFilter.GaussianBlur(radius / k)), Image.new("L", size)
    box = small.getbbox()
    if box:
        region = small.crop(box)
        out.paste(
            region.resize((region.width * k, region.height * k), Image.BILINEAR),
            (box[0] * k, box[1] * k),
        )
    return out


def _dia(cx, cy, rx, ry=None):
    ry = rx if ry is None else ry
    return [(cx, cy - ry), (cx + rx, cy), (cx, cy + ry), (cx - rx, cy)]


def _bezier(p0, p1, p2, n=24):
    return [
        (
            (1 - t) ** 2 * p0[0] + 2 * t * (1 - t) * p1[0] + t * t * p2[0],
            (1 - t) ** 2 * p0[1] + 2 * t * (1 - t) * p1[1] + t * t * p2[1],
        )
        for t in (i / n for i in range(n + 1))
    ]


# --------------------------------------------------------------------------- brocade
def _stripes(d, y, cw, rng, p):
    """A group of thin woven stripes; returns the next free stitch row."""
    for _ in range(rng.randint(2, 4)):
        c = rng.choice([p["red"], p["red"], p["cream"], p["ochre"], p["acc"]])
        if rng.random() < 0.25:  # checker row
            d.point([(x + i, y + i) for x in range(0, cw, 2) for i in (0, 1)], fill=c)
            t = 2
        else:
            t = rng.choice([1, 1, 2, 3])
            d.rectangle([0, y, cw, y + t - 1], fill=c)
        y += t + rng.choice([0, 1, 1, 2])
    return y


def _motif(d, kind, y, bh, cw, rng, p):
    """One band of geometric motifs, ``bh`` stitches tall, starting at stitch row ``y``."""
    bg = rng.choice([p["red"], p["red"], p["dark"]])
    fg = [p["cream"], p["ochre"], p["acc"] if bg == p["dark"] else p["dark"]]
    if rng.random() < 0.5:
        fg[0], fg[1] = fg[1], fg[0]
    d.rectangle([0, y, cw, y + bh - 1], fill=bg)
    r, cy = bh // 2, y + bh // 2
    if kind == "diamonds":  # nested diamonds
        per = 2 * r + rng.choice([0, 2, 4])
        for cx in range(0, cw + per, per):
            for k, rr in enumerate(range(r, 0, -2)):
                d.polygon(_dia(cx, cy, rr), fill=fg[k // 2 % 3] if k % 2 == 0 else bg)
    elif kind == "zigzag":  # two crossing zigzags forming a diamond lattice
        a = max(2, r - 1)
        for k in range(2):
            pts = [(x, cy + (a if (x // a + k) % 2 else -a)) for x in range(-2 * a, cw + 3 * a, a)]
            d.line(pts, fill=fg[k], width=2)
        for x in range(0, cw + a, 2 * a):
            d.polygon(_dia(x, cy, 1), fill=fg[2] if bg == p["dark"] else fg[1])
    elif kind == "stars":  # eight-pointed stars with small crosses between
        s = max(3, r - 1)
        per = 2 * s + rng.choice([3, 5, 7])
        for cx in range(s, cw + per, per):
            q, mx = round(s * 0.65), cx + per // 2
            d.rectangle([cx - q, cy - q, cx + q, cy + q], fill=fg[0])
            d.polygon(_dia(cx, cy, s), fill=fg[0])
            d.polygon(_dia(cx, cy, s - 2), fill=bg)
            d.rectangle([cx - 1, cy - s + 3, cx + 1, cy + s - 3], fill=fg[1])
            d.rectangle([cx - s + 3, cy - 1, cx + s - 3, cy + 1], fill=fg[1])
            d.line([(mx, cy - 2), (mx, cy + 2)], fill=fg[2])
            d.line([(mx - 2, cy), (mx + 2, cy)], fill=fg[2])
    elif kind == "chain":  # rhombus chain on a centre line
        rx = r + r // 2
        d.line([(0, cy), (cw, cy)], fill=fg[1])
        for cx in range(0, cw + 2 * rx, 2 * rx):
            d.polygon(_dia(cx, cy, rx, r), fill=fg[0])
            d.polygon(_dia(cx, cy, rx - 3, r - 2), fill=bg)
            d.polygon(_dia(cx, cy, max(1, rx - 6), max(1, r - 4)), fill=fg[1])
    else:  # interlocking teeth
        a = max(2, r - 1)
        for x in range(0, cw + 2 * a, 2 * a):
            d.polygon([(x - a, y), (x + a, y), (x, y + a)], fill=fg[0])
            yb = y + bh - 1
            d.polygon([(x, yb), (x + 2 * a, yb), (x + a, yb - a)], fill=fg[1])
            if a > 4:
                d.polygon([(x - a + 4, y), (x + a - 4, y), (x, y + a - 4)], fill=fg[2])


def _fabric(img, cell, rng):
    """Overlay woven thread texture, row streaks, fuzz and gentle folds on a stitch image."""
    w, h = img.size
    n = 2 * cell
    prof = [0.78 + 0.22 * math.sin(math.pi * (k + 0.5) / cell) for k in range(cell)]
    tile = Image.new("L", (n, n))
    tile.putdata(
        [
            int(255 * prof[y % cell] * (0.8 if (x + y // cell * cell) % n == 0 else 1))
            for y in range(n)
            for x in range(n)
        ]
    )
    row, tex = Image.new("L", (w, n)), Image.new("L", (w, h))
    for x in range(0, w, n):
        row.paste(tile, (x, 0))
    for y in range(0, h, n):
        tex.paste(row, (0, y))
    img = ImageChops.multiply(img, tex.convert("RGB"))
    rows = h // cell + 1
    streak = _noise(rng, (1, rows), 9).resize((w, rows * cell)).crop((0, 0, w, h))
    img = ImageChops.add(img, streak.convert("RGB"), 1.0, -128)
    folds = _noise(rng, (5, 4), 20).resize((w, h), Image.BICUBIC)
    return _grain(ImageChops.soft_light(img, folds.convert("RGB")), rng, 5)


def _brocade_img(rng, w, h, cell=None):
    """Brocade textile as a PIL image (shared by brocade, portraits and scarves)."""
    p = {
        "dark": rng.choice(DARKS),
        "red": rng.choice(REDS),
        "ochre": rng.choice(OCHRES),
        "cream": rng.choice(CREAMS),
        "acc": rng.choice(ACCENTS),
    }
    cell = cell or max(3, round(min(w, h) / 190))
    cw, ch = w // cell + 2, h // cell + 2
    img = Image.new("RGB", (cw, ch), p["dark"])
    d = ImageDraw.Draw(img)
    kinds = ["diamonds", "zigzag", "stars", "chain", "teeth"]
    rng.shuffle(kinds)
    y, i = -rng.randint(0, 12), 0
    while y < ch:
        y = _stripes(d, y, cw, rng, p) + 1
        bh = rng.choice([11, 13, 15, 17, 19, 23])
        _motif(d, kinds[i % len(kinds)], y, bh, cw, rng, p)
        y = _stripes(d, y + bh + 1, cw, rng, p) + rng.randint(2, 14)
        i += 1
    img = img.resize((cw * cell, ch * cell), Image.NEAREST).crop((0, 0, w, h))
    return _fabric(img, cell, rng)


def brocade(seed: int, width: int = 1200, height: int = 800) -> bytes:
    """Woven Central Highlands brocade (thổ cẩm): bands of diamonds, zigzags, stars, chains."""
    return _jpeg(_brocade_img(random.Random(seed), width, height))


# --------------------------------------------------------------------------- basketry
def _strip_layer(size, s, cols, vertical):
    """Parallel strips of width s, shaded to look round, on a dark gap colour."""
    img = Image.new("RGB", (size, size), "#2b1c12")
    prof = Image.new("L", (7, 1) if vertical else (1, 7))
    prof.putdata([150, 215, 250, 255, 240, 205, 140])
    prof = prof.resize((s - 4, 1) if vertical else (1, s - 4), Image.BILINEAR).convert("RGB")
    for i, c in enumerate(cols):
        strip = ImageChops.multiply(prof, Image.new("RGB", prof.size, c))
        img.paste(
            strip.resize((s - 4, size) if vertical else (size, s - 4)),
            (i * s + 2, 0) if vertical else (0, i * s + 2),
        )
    return img


def basket_weave(seed: int, width: int = 1200, height: int = 800) -> bytes:
    """Plaited bamboo/rattan (plain or twill) with dyed strips; strips are shaded to look round."""
    rng = random.Random(seed)
    w, h = width, height
    s = max(12, round(rng.choice([28, 34, 40]) * min(w, h) / 800))
    k = rng.choice([1, 2, 2, 2, 3])  # float length: plain weave, 2/2 or 3/3 twill
    angle = rng.choice([0, 45, 45, 30])
    size = int(math.hypot(w, h)) + 2 * s if angle else max(w, h)
    n = size // s + 2
    dye = rng.choice(["#33211a", "#2a1d18", "#6e2a1d"])
    period, dark, mode = rng.choice([6, 8, 10, 12]), rng.randint(1, 2), rng.randrange(3)

    def colors(vertical):
        dyed = [i % period < dark and mode in (2, int(vertical)) for i in range(n)]
        return [
            _mix(
                dye if dy else rng.choice(STRAWS),
                rng.choice(["#ffffff", "#000000"]),
                rng.uniform(0, 0.06),
            )
            for dy in dyed
        ]

    img = _strip_layer(size, s, colors(True), True)
    top, ends = Image.new("L", (size, size)), Image.new("L", (size, size), 255)
    fl = Image.new("L", (8, 1))
    fl.putdata([120, 195, 240, 255, 255, 240, 195, 120])
    fh = fl.resize((k * s, s), Image.BILINEAR)
    fv = fh.transpose(Image.Transpose.TRANSPOSE)
    for i in range(n):
        for j in range(-k, n):
            if (i + j) % (2 * k) == 0:  # horizontal strip floats over k vertical strips
                top.paste(255, (j * s, i * s, (j + k) * s, (i + 1) * s))
                ends.paste(fh, (j * s, i * s))
            elif (i + j) % (2 * k) == k:
                ends.paste(fv, (j * s, i * s))
    img.paste(_strip_layer(size, s, colors(False), False), (0, 0), top)
    grain = _noise(rng, (max(1, size // 24), size), 9).resize((size, size), Image.BILINEAR)
    grain.paste(grain.transpose(Image.Transpose.TRANSPOSE), (0, 0), ImageChops.invert(top))
    shade = ImageChops.multiply(ends, grain.point(lambda v: v + 112))  # fibre grain, ~ +-4%
    c, sn = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    data = (c, sn, (size - c * w - sn * h) / 2, -sn, c, (size + sn * w - c * h) / 2)
    img, shade = (im.transform((w, h), Image.AFFINE, data, Image.BILINEAR) for im in (img, shade))
    light = Image.radial_gradient("L").resize((w, h)).point(lambda v: 255 - v * 0.3)
    img = ImageChops.multiply(img, ImageChops.multiply(shade, light).convert("RGB"))
    return _jpeg(_grain(img, rng, 3))


# --------------------------------------------------------------------------- landscape
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


# --------------------------------------------------------------------------- portraits
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


# --------------------------------------------------------------------------- craft objects
def _smooth(pts, rounds=3):
    """Chaikin corner cutting for an open polyline (keeps the end points)."""
    for _ in range(rounds):
        out = [pts[0]]
        for (x0, y0), (x1, y1) in itertools.pairwise(pts):
            out += [
                (0.75 * x0 + 0.25 * x1, 0.75 * y0 + 0.25 * y1),
                (0.25 * x0 + 0.75 * x1, 0.25 * y0 + 0.75 * y1),
            ]
        pts = [*out, pts[-1]]
    return pts


def _lathe(profile):
    """Symmetric outline from a right-hand (radius, height) profile listed top to bottom."""
    right = _smooth(profile)
    return right + [(-x, y) for x, y in reversed(right)]


def _arc(r, y, c=0.13, n=24):
    """Front half of a horizontal circle of radius r at height y, seen slightly from above."""
    return [
        (r * math.cos(math.pi * k / n), y - c * r * math.sin(math.pi * k / n)) for k in range(n + 1)
    ]


class _Obj:
    """RGBA layer drawn with 2x-supersampled shape masks, in y-up units above the floor.

    With ``fit=None`` nothing is drawn: the pass only measures the object's extent so that a
    second pass can scale and centre it to fill the frame.
    """

    def __init__(self, w, h, rot=0.0, fit=None):
        self.measure, self.bounds = fit is None, [1e9, 1e9, -1e9, -1e9]
        self.img = Image.new("RGBA", (w, h) if fit else (1, 1))
        if fit:  # scale to fill ~80% x 64% of the frame, centred, lowest point on the floor
            x0, y0, x1, y1 = fit
            self.u = min(0.8 * w / (x1 - x0), 0.64 * h / (y1 - y0))
            self.cx, self.fy = w / 2 - self.u * (x0 + x1) / 2, h * 0.86 + self.u * min(0, y0)
        else:
            self.u, self.cx, self.fy = 1, 0, 0
        self.cos, self.sin = math.cos(math.radians(rot)), math.sin(math.radians(rot))

    def p(self, x, y):
        x, y = x * self.cos - (y - 270) * self.sin, x * self.sin + (y - 270) * self.cos + 270
        return (self.cx + x * self.u, self.fy - y * self.u)

    def draw(self, color, *shapes, prof=None, axis=0, width=0, clip=False, alpha=255, tex=None):
        """Fill the union of shapes [(method, points)] flat, with a light profile or a texture."""
        pts = [[self.p(*q) for q in coords] for _, coords in shapes]
        xs, ys = [x for ps in pts for x, _ in ps], [y for ps in pts for _, y in ps]
        if self.measure:  # record the extent in units (clipped details never extend it)
            if not clip:
                b, ups = self.bounds, [-y for y in ys]
                b[:] = min(b[0], *xs), min(b[1], *ups), max(b[2], *xs), max(b[3], *ups)
            return
        pad, lw = width * self.u / 2 + 2, max(2, round(width * self.u * 2))
        x0, y0 = int(min(xs) - pad), int(min(ys) - pad)
        size = (int(max(xs) + pad) - x0 + 1, int(max(ys) + pad) - y0 + 1)
        m = Image.new("L", (size[0] * 2, size[1] * 2))
        d = ImageDraw.Draw(m)
        for (kind, _), ps in zip(shapes, pts, strict=True):
            ps = [((x - x0) * 2, (y - y0) * 2) for x, y in ps]
            if kind in ("ellipse", "rectangle"):
                (ax, ay), (bx, by) = ps
                ps = [(min(ax, bx), min(ay, by)), (max(ax, bx), max(ay, by))]
            if kind == "line":
                d.line(ps, fill=alpha, width=lw, joint="curve")
            elif width:
                getattr(d, kind)(ps, outline=alpha, width=lw)
            else:
                getattr(d, kind)(ps, fill=alpha)
        m = m.reduce(2)
        if clip:  # only where something is already drawn
            m = ImageChops.multiply(
                m, self.img.getchannel("A").crop((x0, y0, x0 + size[0], y0 + size[1]))
            )
        if tex is not None:
            fill = tex.resize(size)
        elif prof:
            g = Image.new("L", (len(prof), 1) if axis == 0 else (1, len(prof)))
            g.putdata([max(0, min(255, int(v * 128))) for v in prof])
            c = _rgb(color)
            fill = ImageOps.colorize(
                g.resize(size, Image.BILINEAR),
                _mix(c, "#000000", 0.8),
                _mix(c, "#ffffff", 0.75),
                c,
                midpoint=128,
            )
        else:
            fill = Image.new("RGB", size, _rgb(color))
        self.img.paste(fill, (x0, y0), m)


def _gui(o, rng):
    straw, dye = rng.choice(STRAWS), rng.choice(["#2b1d16", "#3a2118"])
    r0, r1, top, bot = 185, 78, 540, 70

    def rad(y):
        return r1 + (r0 - r1) * (y - bot) / (top - bot)

    o.draw("#5b3b24", ("polygon", [(-62, 0), (62, 0), (72, 80), (-72, 80)]), prof=CYL)
    o.draw(
        straw,
        ("ellipse", [(-r1, bot - 12), (r1, bot + 12)]),
        ("polygon", [(-r0, top), (r0, top), (r1, bot), (-r1, bot)]),
        prof=CYL,
    )
    lines = [
        ("line", [(x, bot - 20), (x + sg * 520, top + 20)])
        for x in range(-700, 700, 15)
        for sg in (-1, 1)
    ]
    o.draw(_mix(straw, "#000000", 0.45), *lines, width=2, clip=True, alpha=80)
    for y0, y1 in ((top - 95, top - 40), (235, 255), (150, 162)):  # dyed bands
        o.draw(dye, ("polygon", _arc(rad(y1), y1)[::-1] + _arc(rad(y0), y0)), prof=CYL)
        if y1 - y0 > 30:
            ym, rr = (y0 + y1) / 2, rad((y0 + y1) / 2)
            dias = [
                (
                    "polygon",
                    _dia(rr * math.cos(a), ym - 0.13 * rr * math.sin(a), 14 * math.sin(a), 17),
                )
                for a in (math.pi * (k + 0.5) / 14 for k in range(14))
            ]
            o.draw(rng.choice(["#e8d3a8", "#b8352c"]), *dias, prof=CYL)
    rim = ("ellipse", [(-r0, top - 0.13 * r0), (r0, top + 0.13 * r0)])
    o.draw("#3a2616", rim, prof=(1.2, 0.5), axis=1)
    o.draw("#7a5330", rim, width=12, prof=CYL)


def _jar(o, rng):
    glaze = rng.choice(["#5a3422", "#6b4a2c", "#4a3326"])
    o.draw(
        glaze,
        (
            "polygon",
            _lathe(
                [
                    (96, 455),
                    (80, 440),
                    (74, 420),
                    (95, 392),
                    (160, 355),
                    (205, 285),
                    (212, 220),
                    (195, 140),
                    (155, 60),
                    (110, 12),
                    (104, 0),
                ]
            ),
        ),
        prof=CYL,
    )
    light = _mix(glaze, "#e0c090", 0.3)
    wave = [
        (x, 300 - 0.13 * math.sqrt(max(0, 200**2 - x * x)) + 9 * math.sin(x / 13))
        for x in range(-200, 201, 4)
    ]
    o.draw(
        light,
        ("line", _arc(166, 360)),
        ("line", _arc(150, 342)),
        ("line", _arc(208, 250)),
        ("line", wave),
        width=4,
        clip=True,
        alpha=210,
    )
    for sg in (-1, 1):  # ear loops
        ear = [(sg * 178 - 20, 325), (sg * 178 + 20, 365)]
        o.draw(_mix(glaze, "#000000", 0.2), ("ellipse", ear), width=7)
    o.draw("#a3302b", ("polygon", _arc(80, 434)[::-1] + _arc(76, 414)), prof=CYL)
    o.draw("#2a1a12", ("ellipse", [(-96, 443), (96, 467)]))
    o.draw("#6f8f3c", ("ellipse", [(-80, 443), (80, 464)]), prof=(0.8, 1.3, 0.9))
    straws = sorted(rng.sample([(-330, 500), (300, 520), (-170, 560), (170, 580)], 3))
    for tx, ty in straws:  # bamboo drinking straws fanning out of the mouth
        sx = tx * 0.08
        path = _bezier((sx, 455), (sx + tx * 0.35, 690), (tx, ty))
        o.draw("#6d5a2c", ("line", path), width=14)
        o.draw("#cdb46c", ("line", path), width=9)
        o.draw("#f1e4b0", ("line", [(x - 2, y + 2) for x, y in path]), width=2, alpha=220)


def _gong(o, rng):
    bronze, r, cy = rng.choice(["#b5832f", "#a87a32", "#c08d3a"]), 215, 320
    o.draw("#3a2a1a", ("line", [(-70, cy + 200), (0, cy + r + 90), (70, cy + 200)]), width=5)
    o.draw(
        "#5b3b24", ("line", [(-120, cy + r + 96), (120, cy + r + 96)]), width=16, prof=CYL, axis=1
    )
    o.draw(_mix(bronze, "#000000", 0.5), ("ellipse", [(-r + 16, cy - r), (r + 16, cy + r)]))
    o.draw(bronze, ("ellipse", [(-r, cy - r), (r, cy + r)]), prof=(0.6, 1.3, 1.1, 0.8, 0.5))
    o.draw(
        bronze,
        ("ellipse", [(-r + 22, cy - r + 22), (r - 22, cy + r - 22)]),
        prof=(1.3, 1.0, 1.15, 0.9, 0.7, 0.55),
        axis=1,
    )
    for k, rr in enumerate(range(r - 40, 60, -22)):
        o.draw(
            _mix(bronze, "#fff0c0" if k % 2 else "#3a2208", 0.35),
            ("ellipse", [(-rr, cy - rr), (rr, cy + rr)]),
            width=2,
            alpha=150,
        )
    if rng.random() < 0.7:  # nipple gong (cồng) boss
        o.draw(_mix(bronze, "#000000", 0.3), ("ellipse", [(-50, cy - 58), (58, cy + 50)]))
        o.draw(
            bronze, ("ellipse", [(-54, cy - 54), (54, cy + 54)]), prof=(1.6, 1.3, 0.9, 0.55), axis=1
        )
        o.draw("#fff3d0", ("ellipse", [(-30, cy + 18), (-6, cy + 34)]), alpha=150)
    o.draw("#6b4a2a", ("line", [(-330, 18), (-40, 50)]), width=14, prof=CYL)
    o.draw("#8c2f2a", ("ellipse", [(-370, -8), (-300, 48)]), prof=CYL)


def _statue(o, rng):
    """A grave-house style figure carved from one log, hands folded on the belly."""
    wood = rng.choice((*WOODS, "#7d6a55"))
    dark, hi = _mix(wood, "#000000", 0.55), _mix(wood, "#ffffff", 0.35)
    o.draw(
        wood,
        ("rectangle", [(-50, 0), (50, 112)]),
        ("rectangle", [(-76, 106), (76, 134)]),
        ("polygon", [(-62, 134), (62, 134), (66, 262), (-66, 262)]),
        ("ellipse", [(-70, 230), (-4, 292)]),
        ("ellipse", [(4, 230), (70, 292)]),
        ("polygon", [(-68, 262), (68, 262), (80, 420), (-80, 420)]),
        ("ellipse", [(-84, 390), (84, 450)]),
        ("rectangle", [(-24, 420), (24, 460)]),
        ("ellipse", [(-56, 440), (56, 580)]),
        ("ellipse", [(-66, 480), (-42, 530)]),
        ("ellipse", [(42, 480), (66, 530)]),
        prof=CYL,
    )
    o.draw(
        dark,
        ("line", [(-56, 300), (-58, 420)]),
        ("line", [(56, 300), (58, 420)]),
        ("line", [(-64, 262), (64, 262)]),
        ("line", [(0, 134), (0, 228)]),
        ("line", [(-50, 440), (50, 440)]),
        ("line", [(-76, 120), (76, 120)]),
        width=3,
        alpha=200,
    )
    o.draw(wood, ("ellipse", [(-46, 288), (46, 326)]), prof=CYL)
    o.draw(
        dark,
        ("line", [(-44, 307), (44, 307)]),
        ("line", [(-36, 514), (-12, 512)]),
        ("line", [(12, 512), (36, 514)]),
        ("line", [(-14, 470), (14, 470)]),
        width=4,
        alpha=190,
    )
    o.draw(
        hi, ("line", [(-6, 505), (-2, 480)]), ("line", [(-52, 302), (-54, 410)]), width=3, alpha=110
    )
    cuts = [
        ("line", [(x, y), (x + rng.uniform(-5, 5), y + rng.uniform(12, 26))])
        for x, y in ((rng.uniform(-90, 90), rng.uniform(0, 570)) for _ in range(110))
    ]
    o.draw(dark, *cuts, width=2, clip=True, alpha=55)


def _knife(o, rng):
    wood, k = rng.choice(WOODS), 1.25

    def sc(pts):
        return [(x * k, 270 + (y - 250) * k) for x, y in pts]

    o.draw(
        wood,
        (
            "polygon",
            sc(
                _smooth(
                    [(-440, 248), (-250, 258), (-60, 264), (-60, 230), (-250, 234), (-440, 218)], 2
                )
            ),
        ),
        prof=CYL,
        axis=1,
    )
    o.draw(
        "#d8b878",
        *[("rectangle", sc([(x, 226), (x + 12, 268)])) for x in range(-130, -60, 18)],
        prof=CYL,
        axis=1,
    )
    blade = sc(
        _smooth(
            [
                (-60, 268),
                (120, 270),
                (280, 278),
                (370, 302),
                (410, 348),
                (422, 300),
                (400, 250),
                (330, 200),
                (200, 190),
                (60, 208),
                (-60, 228),
            ],
            2,
        )
    )
    o.draw("#8f969c", ("polygon", blade), prof=(0.7, 0.9, 1.0, 1.2, 1.6, 1.1), axis=1)
    o.draw("#5a6066", ("line", blade[: len(blade) // 2]), width=3, alpha=160)


def _pot(o, rng):
    clay = rng.choice(["#b4683f", "#a45a35", "#9c6a45"])
    o.draw(
        clay,
        (
            "polygon",
            _lathe(
                [
                    (152, 360),
                    (140, 346),
                    (134, 332),
                    (160, 300),
                    (215, 232),
                    (232, 160),
                    (208, 82),
                    (150, 24),
                    (110, 0),
                ]
            ),
        ),
        prof=CYL,
    )
    ticks = [("line", [(x, y), (x + 8, y - 22)]) for x, y in _arc(192, 262, n=40)[2:-2]]
    o.draw(
        _mix(clay, "#000000", 0.45),
        ("line", _arc(165, 296)),
        ("line", _arc(210, 236)),
        *ticks,
        width=3,
        clip=True,
        alpha=170,
    )
    o.draw(_mix(clay, "#ffffff", 0.12), ("ellipse", [(-152, 342), (152, 378)]), prof=CYL)
    o.draw("#3a2216", ("ellipse", [(-132, 348), (132, 372)]), prof=(0.6, 1.0))


def _crossbow(o, rng):
    wood = rng.choice(WOODS)
    bow = [(160 + 80 * (1 - t * t), 270 + 235 * t) for t in (k / 20 - 1 for k in range(41))]
    o.draw("#3b2a1e", ("line", [bow[1], (-80, 270), bow[-2]]), width=3)
    o.draw(
        wood,
        ("polygon", [(-460, 220), (-330, 240), (280, 254), (290, 286), (-330, 300), (-460, 322)]),
        prof=CYL,
        axis=1,
    )
    o.draw("#b08a4a", ("line", bow), width=20, prof=CYL)
    o.draw("#d8b878", *[("rectangle", [(x, 246), (x + 10, 294)]) for x in (150, 175, 200)])
    o.draw(
        "#8c2f2a",
        ("line", [(bow[0][0], 34), (bow[0][0] + 30, 0)]),
        ("line", [(bow[-1][0], 506), (bow[-1][0] + 30, 540)]),
        width=8,
    )
    o.draw("#caa863", ("line", [(-80, 270), (330, 270)]), width=6)
    o.draw("#5e7a3a", ("polygon", [(330, 270), (305, 260), (305, 280)]))


def _canoe(o, rng):
    wood, xs = rng.choice(WOODS), [x / 20 for x in range(-20, 21)]
    top = [(520 * t, 190 + 45 * t**4) for t in xs]
    far = [(510 * t, 190 + 45 * t**4 + 70 * math.sqrt(1 - t * t)) for t in xs]
    o.draw(_mix(wood, "#000000", 0.35), ("polygon", top + far[::-1]), prof=(1.2, 0.7, 0.5), axis=1)
    o.draw(_mix(wood, "#ffffff", 0.2), ("line", far), width=5)
    o.draw(
        wood,
        ("polygon", top + [(500 * t, 50 + 150 * t**6) for t in xs][::-1]),
        prof=(1.3, 1.1, 0.9, 0.6),
        axis=1,
    )
    grain = [("line", [(x, y - d) for x, y in top[3:-3]]) for d in range(18, 140, 14)]
    o.draw(_mix(wood, "#000000", 0.4), *grain, width=2, clip=True, alpha=60)
    o.draw("#8a6a44", ("line", [(-380, 40), (160, 10)]), width=10, prof=CYL)
    o.draw(
        "#8a6a44",
        ("polygon", _smooth([(150, 12), (230, 40), (330, 20), (230, -5)], 2)),
        prof=CYL,
        axis=1,
    )


def _instrument(o, rng):
    bamboo = rng.choice(["#c9b36a", "#b9984f", "#d1b877"])
    tubes = [(-380 + i * 8, 380 - i * 28, 60 + i * 44) for i in range(11)]  # x0, x1, y
    for c in (0, 1):  # the two hanging cords
        path = [(t[c] + (40 if c == 0 else -40), t[2]) for t in tubes]
        o.draw("#4a3322", ("line", [*path, (-130, 560)]), width=4)
    for x0, x1, y in tubes:
        o.draw(bamboo, ("rectangle", [(x0, y - 16), (x1, y + 16)]), prof=CYL, axis=1)
        nodes = [("line", [(x, y - 15), (x, y + 15)]) for x in (x1 - 14, x0 + (x1 - x0) * 0.55)]
        o.draw(_mix(bamboo, "#000000", 0.4), *nodes, width=3, alpha=180)
        o.draw("#3d2a14", ("ellipse", [(x0, y - 14), (x0 + 12, y + 14)]))
        o.draw(
            "#4a3322",
            ("line", [(x0 + 34, y - 17), (x0 + 46, y + 17)]),
            ("line", [(x1 - 46, y - 17), (x1 - 34, y + 17)]),
            width=4,
        )


def _scarf(o, rng):
    """A stack of folded brocade cloths in oblique view, the top one showing its pattern."""
    wc, t, dx, dy, f = 700, 46, 110, 150, 600 / 700
    fold = _vgrad((600, 46), [(0, "#8a8a8a"), (0.3, "#ffffff"), (0.65, "#d0d0d0"), (1, "#404040")])
    light = _vgrad((wc + dx, dy), [(0, "#d8d8d8"), (1, "#ffffff")])
    for k in range(rng.randint(3, 4)):
        x0, y0 = -390 + rng.uniform(-14, 14), k * t
        sub = random.Random(rng.random())  # keeps both passes in step without rendering
        tex = Image.new("RGB", (600, 420)) if o.measure else _brocade_img(sub, 600, 420, cell=3)
        front = ImageChops.multiply(tex.crop((0, 190, 600, 236)), fold)
        o.draw(None, ("rectangle", [(x0, y0), (x0 + wc, y0 + t)]), tex=front)
        side = ImageChops.multiply(front.resize((60, 46)), Image.new("RGB", (60, 46), "#9a9a9a"))
        o.draw(
            None,
            (
                "polygon",
                [
                    (x0 + wc, y0),
                    (x0 + wc, y0 + t),
                    (x0 + wc + dx, y0 + t + dy),
                    (x0 + wc + dx, y0 + dy),
                ],
            ),
            tex=side.transform(
                (dx, t + dy),
                Image.AFFINE,
                (60 / dx, 0, 0, dy * 46 / (t * dx), 46 / t, -dy * 46 / t),
            ),
        )
        top = tex.transform((wc + dx, dy), Image.AFFINE, (f, f * dx / dy, -f * dx, 0, 420 / dy, 0))
        o.draw(
            None,
            (
                "polygon",
                [
                    (x0, y0 + t),
                    (x0 + wc, y0 + t),
                    (x0 + wc + dx, y0 + t + dy),
                    (x0 + dx, y0 + t + dy),
                ],
            ),
            tex=ImageChops.multiply(top, light),
        )
    for x in range(6, wc - 4, 9):  # fringe of the top cloth hanging over the stack
        o.draw(
            (REDS[1], OCHRES[0], CREAMS[0])[x // 27 % 3],
            ("line", [(x0 + x, y0 + 6), (x0 + x + 2, y0 - 30)]),
            width=3,
        )


_KINDS = {
    "gui": _gui,
    "jar": _jar,
    "gong": _gong,
    "statue": _statue,
    "knife": _knife,
    "pot": _pot,
    "crossbow": _crossbow,
    "canoe": _canoe,
    "instrument": _instrument,
    "scarf": _scarf,
}
CRAFT_KINDS = tuple(_KINDS)


def craft_object(kind: str, seed: int, width: int = 1200, height: int = 800) -> bytes:
    """Product-photo style image of a craft object on a soft studio backdrop with shadows.

    ``kind`` is one of CRAFT_KINDS; anything else raises ValueError.
    """
    if kind not in _KINDS:
        raise ValueError(f"unknown craft kind {kind!r}; expected one of {', '.join(_KINDS)}")
    rng = random.Random(f"{kind}:{seed}")
    w, h = width, height
    top, floor = rng.choice(STUDIO)
    img = _vgrad(
        (w, h),
        [
            (0, _mix(top, "#ffffff", 0.3)),
            (0.6, top),
            (0.72, floor),
            (1, _mix(floor, "#000000", 0.06)),
        ],
    )
    vign = Image.radial_gradient("L").resize((w, h)).point(lambda v: 255 - v * 0.2)
    img = ImageChops.multiply(img, vign.convert("RGB"))
    rot, obj_seed = rng.uniform(-7, -2) if kind in ("knife", "crossbow") else 0.0, rng.random()
    probe = _Obj(w, h, rot)
    _KINDS[kind](probe, random.Random(obj_seed))
    o = _Obj(w, h, rot, fit=probe.bounds)
    _KINDS[kind](o, random.Random(obj_seed))
    alpha = o.img.getchannel("A")
    x0, _, x1, y1 = alpha.getbbox() or (0, 0, w, h)
    bw = x1 - x0
    contact = _soft(
        (w, h),
        [((x0 + 0.08 * bw, y1 - 0.035 * bw, x1 - 0.08 * bw, y1 + 0.02 * bw), 150)],
        0.025 * w,
    )
    drop = Image.new("L", (max(1, w // 4), max(1, h // 4)))
    drop.paste(
        alpha.resize(drop.size).filter(ImageFilter.GaussianBlur(0.006 * w)),
        (int(0.006 * w), int(0.004 * h)),
    )
    drop = drop.resize((w, h), Image.BILINEAR).point(lambda v: v * 0.28)
    img = _paint(img, _mix(floor, "#000000", 0.55), ImageChops.lighter(contact, drop))
    img.paste(o.img, (0, 0), alpha)
    return _jpeg(_grain(img, rng, 2))


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
