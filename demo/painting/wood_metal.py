"""Craft objects of wood and metal for the studio photos: the carved statue, the dugout
canoe, the crossbow, the forged knife and the gong. Each painter draws on an object layer
(studio._Obj) in y-up units above the floor."""

import math

from .primitives import CYL, WOODS, _mix, _smooth


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
