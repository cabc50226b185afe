"""Woven surfaces: Central Highlands brocade (thổ cẩm) and plaited bamboo or rattan."""

from __future__ import annotations

import math
import random

from PIL import Image, ImageChops, ImageDraw

from .primitives import (
    ACCENTS,
    CREAMS,
    DARKS,
    OCHRES,
    REDS,
    STRAWS,
    _dia,
    _grain,
    _jpeg,
    _mix,
    _noise,
)


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
