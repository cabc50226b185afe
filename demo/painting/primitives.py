"""Shared drawing primitives of the demo painter: the palette, colour mixing, JPEG output,
gradients, deterministic noise and grain, antialiased and soft masks, and curve helpers.

The underscored names are private to the demo.painting package, shared by its modules."""

import io
import itertools
import math

from PIL import Image, ImageChops, ImageColor, ImageDraw, ImageFilter

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
