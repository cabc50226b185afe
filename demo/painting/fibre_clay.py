"""Craft objects of fibre and clay for the studio photos: the back-basket (gùi), the
bamboo xylophone, the stack of brocade cloths, the rice-wine jar and the clay pot. Each
painter draws on an object layer (studio._Obj) in y-up units above the floor."""

import math
import random

from PIL import Image, ImageChops

from .primitives import CREAMS, CYL, OCHRES, REDS, STRAWS, _arc, _bezier, _dia, _lathe, _mix, _vgrad
from .weaves import _brocade_img


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
