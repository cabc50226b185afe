"""A table of the report: what the page shows, the CSV and XLSX exports write and the yearly
report prints. Its own module, so that the modules building tables (monitoring.report,
monitoring.programme_tables) need not import each other."""

from dataclasses import dataclass
from decimal import Decimal

from monitoring.charts import bar_chart


@dataclass
class Table:
    key: str  # names the table's sheet in a workbook and its section on a page
    title: str
    columns: list
    rows: list  # each row: a label, then its figures
    total: list | None = None
    chart_column: int | None = None  # the column drawn as a bar chart beside the table

    @property
    def chart(self):
        if self.chart_column is None or not self.rows:
            return None
        column = self.columns[self.chart_column]
        points = [(row[0], row[self.chart_column]) for row in self.rows]
        return bar_chart(f"{column}: {str(self.title).lower()}", points)

    @property
    def labelled_rows(self):
        """Each row's cells with their column's heading, which a phone shows beside each
        figure when the table is too wide to be read as a table."""
        return [list(zip(self.columns, row, strict=False)) for row in self.rows]

    @property
    def labelled_total(self):
        return list(zip(self.columns, self.total, strict=False)) if self.total else None

    @property
    def numeric(self):
        """Whether the figures are numbers (right-aligned), not words."""
        return any(isinstance(value, int | Decimal) for row in self.rows for value in row[1:])
