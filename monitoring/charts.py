"""Bar charts drawn on the server as SVG: no script and no library, the same on the screen and
on paper. Each chart stands beside a table of the same numbers, which screen readers use; the
SVG is an image with a title. Every coordinate is a whole number, so that no decimal comma of
the reader's language ever reaches the SVG."""

from dataclasses import dataclass

from monitoring.formatting import shown

WIDTH = 560
LONGEST_BAR = 400  # the rest of the width holds the value written after the bar
ROW_HEIGHT = 44  # the label on one line, the bar under it
BAR_HEIGHT = 18


@dataclass(frozen=True)
class Bar:
    label: str
    value: str
    top: int
    length: int

    @property
    def label_y(self):
        return self.top + 14

    @property
    def bar_y(self):
        return self.top + 20

    @property
    def value_x(self):
        return self.length + 6

    @property
    def value_y(self):
        return self.bar_y + BAR_HEIGHT - 4


@dataclass(frozen=True)
class BarChart:
    title: str
    bars: list
    width: int = WIDTH
    bar_height: int = BAR_HEIGHT

    @property
    def height(self):
        return ROW_HEIGHT * len(self.bars) + 4


def bar_chart(title, points):
    """A horizontal bar chart of `points`, (label, value) pairs, with bars in proportion to
    the largest value. A value above zero gets at least one pixel, so it is never taken for
    none."""
    largest = max((value for _label, value in points), default=0)
    bars = [
        Bar(
            label=str(label),
            value=shown(value),
            top=row * ROW_HEIGHT,
            length=max(1, round(LONGEST_BAR * value / largest)) if value else 0,
        )
        for row, (label, value) in enumerate(points)
    ]
    return BarChart(title=title, bars=bars)
