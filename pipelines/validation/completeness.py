"""Completeness: how much of what users look for the tables actually hold.

These checks warn, they never block publishing: a release with fewer dated meetings than
hoped is still correct, only less useful. Their shares and thresholds go into
validation_report.json so a drop between releases is visible.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc


@dataclass(frozen=True)
class CompletenessMeasure:
    """The share of a table's rows whose `column` is filled (and at least `minimum`)."""

    table: str
    name: str
    column: str
    threshold: float
    description: str
    minimum: int | None = None

    @property
    def check_name(self) -> str:
        return f"{self.table}_completeness_{self.name}"


# Thresholds: what the dev set of real readouts reaches with a working extractor, with a
# margin. Dates fall back to the publication date, so nearly every meeting has one; calls
# have no place, so many meetings lack a country; a meeting has two sides almost always;
# some participants are named without an office, and international officials serve no state.
COMPLETENESS_MEASURES: tuple[CompletenessMeasure, ...] = (
    CompletenessMeasure("meetings", "date", "date", 0.9, "Share of meetings with a date."),
    CompletenessMeasure(
        "meetings", "country", "country_code", 0.5, "Share of meetings with a country."
    ),
    CompletenessMeasure(
        "meetings",
        "two_participants",
        "participant_count",
        0.9,
        "Share of meetings with at least two participants.",
        minimum=2,
    ),
    CompletenessMeasure("participants", "role", "role", 0.7, "Share of participants with a role."),
    CompletenessMeasure(
        "participants", "country", "country_code", 0.8, "Share of participants with a country."
    ),
)


def measures_of(table: str) -> list[CompletenessMeasure]:
    """The completeness measures of one table, in report order."""
    return [m for m in COMPLETENESS_MEASURES if m.table == table]


def filled(column: pa.ChunkedArray, minimum: int | None = None) -> pa.ChunkedArray:
    """Per row, whether the value is there: not null, not blank, and at least `minimum`."""
    if minimum is not None:
        return pc.fill_null(pc.greater_equal(column, minimum), False)
    if pa.types.is_dictionary(column.type):
        column = column.cast(pa.string())
    if pa.types.is_string(column.type):
        # Not by trimming: that would copy every document's text to count it.
        blank = pc.or_(pc.equal(pc.utf8_length(column), 0), pc.utf8_is_space(column))
        return pc.fill_null(pc.invert(blank), False)
    return pc.is_valid(column)


def evaluate_measure(measure: CompletenessMeasure, table: pa.Table) -> tuple[bool, dict]:
    """Whether the share reaches the threshold, and the figures (an empty table passes)."""
    rows = table.num_rows
    filled_rows = pc.sum(filled(table.column(measure.column), measure.minimum)).as_py() or 0
    share = round(filled_rows / rows, 4) if rows else None
    passed = share is None or share >= measure.threshold
    return passed, {
        "share": share,
        "threshold": measure.threshold,
        "rows": rows,
        "filled": filled_rows,
    }
