"""Product-photo style pictures of craft objects on a soft studio backdrop with shadows."""

from __future__ import annotations

import math
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps

from .fibre_clay import _gui, _instrument, _jar, _pot, _scarf
from .primitives import STUDIO, _grain, _jpeg, _mix, _paint, _rgb, _soft, _vgrad
from .wood_metal import _canoe, _crossbow, _gong, _knife, _statue


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
