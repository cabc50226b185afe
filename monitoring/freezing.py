"""A report as data to keep: what a filed report stores and reads back. Everything is kept as
it was shown (titles, columns, rows, totals and labels as text in the language it was built
in), so that reading a filed report never computes anything again. A figure keeps its kind:
an amount of money stays `Dong` (an exact whole number), an area `Hectares` and any other
decimal a `Decimal` (kept as its text, never as a float), so the page, CSV and XLSX of a
filed report write it as they did when it was filed."""

import datetime
from decimal import Decimal

from craftsite.periods import Period
from monitoring.formatting import Dong, Hectares
from monitoring.report import Report, Section
from monitoring.tables import Table


def frozen(report):
    """`report` as JSON-ready data."""
    period = report.period
    return {
        "title": str(report.title),
        "period": {
            "first_day": period.first_day.isoformat(),
            "last_day": period.last_day.isoformat(),
            "label": str(period.label),
            "slug": period.slug,
        },
        "scope_label": str(report.scope_label),
        "sections": [
            {
                "item": section.item,
                "title": str(section.title),
                "tables": [frozen_table(table) for table in section.tables],
            }
            for section in report.sections
        ],
    }


def frozen_table(table):
    return {
        "key": table.key,
        "title": str(table.title),
        "columns": [str(column) for column in table.columns],
        "rows": [[frozen_value(value) for value in row] for row in table.rows],
        "total": [frozen_value(value) for value in table.total] if table.total else None,
        "chart_column": table.chart_column,
    }


def frozen_value(value):
    """A figure as JSON: a whole number as it is, money and decimals marked as such (a
    decimal as text), words as text."""
    if isinstance(value, Dong):
        return {"dong": int(value)}
    if isinstance(value, Hectares):
        return {"hectares": str(value)}
    if isinstance(value, Decimal):
        return {"decimal": str(value)}
    if value is None or isinstance(value, int):
        return value
    return str(value)


def thawed(data):
    """The `Report` that `frozen` wrote."""
    period = data["period"]
    return Report(
        data["title"],
        Period(
            datetime.date.fromisoformat(period["first_day"]),
            datetime.date.fromisoformat(period["last_day"]),
            period["label"],
            period["slug"],
        ),
        data["scope_label"],
        [
            Section(
                section["item"],
                section["title"],
                [thawed_table(table) for table in section["tables"]],
            )
            for section in data["sections"]
        ],
    )


def thawed_table(data):
    return Table(
        key=data["key"],
        title=data["title"],
        columns=data["columns"],
        rows=[[thawed_value(value) for value in row] for row in data["rows"]],
        total=[thawed_value(value) for value in data["total"]] if data["total"] else None,
        chart_column=data["chart_column"],
    )


def thawed_value(value):
    if isinstance(value, dict):
        if "dong" in value:
            return Dong(value["dong"])
        if "hectares" in value:
            return Hectares(value["hectares"])
        return Decimal(value["decimal"])
    return value
