"""The release report as one self-contained HTML page (inline CSS and SVG, no scripts).

Text taken from documents (names, places, publishers) is untrusted: every value goes through
html.escape, in the page and in the charts.
"""

from __future__ import annotations

from html import escape

import pyarrow as pa

from pipelines.report import figures
from pipelines.report.styles import STYLESHEET
from pipelines.report.svg import WARN, bar_chart, column_chart, completeness_chart

# Categorical columns shown as small bar charts: (table, column, heading).
BREAKDOWNS: tuple[tuple[str, str, str], ...] = (
    ("commitments", "type", "Commitments by type"),
    ("meetings", "format", "Meetings by format"),
    ("meetings", "kind", "Meetings by kind"),
    ("rejections", "reason", "Rejected inputs by reason"),
)


def _section(heading: str, body: str, note: str = "") -> str:
    if not body:
        return ""
    note_html = f'<p class="note">{escape(note)}</p>' if note else ""
    return f"<section><h2>{escape(heading)}</h2>{note_html}{body}</section>"


def _cards(counts: list[tuple[str, int]]) -> str:
    cards = "".join(
        f'<div class="card"><div class="value">{rows:,}</div>'
        f'<div class="label">{escape(name.replace("_", " "))}</div></div>'
        for name, rows in counts
    )
    return f'<div class="cards">{cards}</div>'


def _status(validation_report: dict) -> str:
    passed, failed, warnings = figures.check_totals(validation_report)
    text = f"{passed} checks passed · {failed} failed · {warnings} warnings"
    style = f' style="background:{WARN}"' if failed else ""
    return f'<span class="status"{style}>{escape(text)}</span>'


def render_report(
    tables: dict[str, pa.Table],
    validation_report: dict,
    version: str,
    table_names: tuple[str, ...],
    title: str = "Readouts release report",
) -> str:
    """The report page for one release; the same inputs always give the same text."""
    counts = figures.row_counts(tables, table_names)
    people = figures.top_participants(tables)
    people_chart = bar_chart(
        [(f"{name} ({country})" if country else name, n) for name, country, n in people],
        "Participants in the most meetings",
    )
    breakdowns = [
        _section(heading, bar_chart(figures.counts_of(tables, table, column), heading))
        for table, column, heading in BREAKDOWNS
    ]
    breakdowns = [b for b in breakdowns if b]
    grid_rows = "".join(
        f'<div class="grid">{"".join(breakdowns[i : i + 2])}</div>'
        for i in range(0, len(breakdowns), 2)
    )
    body = [
        _cards(counts),
        _section(
            "Completeness",
            completeness_chart(figures.completeness(validation_report), "Completeness"),
            "Share of rows with the field filled; the black mark is the warning threshold.",
        ),
        _section(
            "Meetings per month",
            column_chart(figures.meetings_per_month(tables), "Meetings per month"),
            "By meeting date; meetings without a date are counted as undated (grey).",
        ),
        '<div class="grid">',
        _section(
            "Most frequent participants",
            people_chart,
            "Meetings each person took part in, with their country.",
        ),
        _section(
            "Most frequent country pairs",
            bar_chart(figures.top_country_pairs(tables), "Most frequent country pairs"),
            "Meetings with people of both countries (ISO 3166-1 alpha-3 codes).",
        ),
        "</div>",
        grid_rows,
    ]
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en"><head><meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{escape(title)} {escape(version)}</title>",
            f"<style>{STYLESHEET}</style></head><body>",
            f"<header><h1>{escape(title)}</h1>",
            f"<p>Release <code>{escape(version)}</code></p>{_status(validation_report)}</header>",
            "<main>",
            *[part for part in body if part],
            "</main>",
            "<footer>Generated from the release's tables and validation_report.json. "
            "Tables: Parquet files and readouts.duckdb beside this page.</footer>",
            "</body></html>",
            "",
        ]
    )
