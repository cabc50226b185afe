"""The label stock cooperatives print on: A4 sheets of self-adhesive labels, sold in Vietnam
as "giấy decal A4" by the number of labels per sheet, and the rolls of a small thermal
printer. Sizes are named as the packets name them, by count and millimetres; the print
stylesheet (labels/static/labels/labels.css) draws each layout by its slug."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Layout:
    slug: str
    name: str
    columns: int = 1
    rows: int = 1
    is_roll: bool = False

    @property
    def per_page(self):
        """Labels on one printed page: a sheet's grid, or one on a roll."""
        return self.columns * self.rows

    def pages(self, labels):
        """`labels` cut into printed pages, the last one partly filled."""
        return [
            labels[start : start + self.per_page] for start in range(0, len(labels), self.per_page)
        ]


LAYOUTS = {
    layout.slug: layout
    for layout in [
        Layout("a4-24", _("A4 sheet, 24 labels of 70 × 37 mm (3 × 8)"), columns=3, rows=8),
        Layout("a4-10", _("A4 sheet, 10 labels of 99 × 57 mm (2 × 5)"), columns=2, rows=5),
        Layout("roll-50x30", _("Thermal printer roll, 50 × 30 mm"), is_roll=True),
        Layout("roll-40x30", _("Thermal printer roll, 40 × 30 mm"), is_roll=True),
    ]
}
DEFAULT_LAYOUT = "a4-24"
