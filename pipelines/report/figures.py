"""The figures the release report shows, computed from the published tables.

Every function takes the Arrow tables by name and tolerates a missing table or column (the
contract grows): the figure is then empty and the page leaves its section out.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc

TOP_PARTICIPANTS = 15
TOP_COUNTRY_PAIRS = 15
UNDATED = "undated"


@dataclass(frozen=True)
class Completeness:
    """One completeness figure of the validation report."""

    name: str
    share: float
    threshold: float | None
    filled: int | None
    rows: int | None

    @property
    def meets_threshold(self) -> bool:
        return self.threshold is None or self.share >= self.threshold


def _columns(tables: dict[str, pa.Table], table: str, columns: list[str]) -> pa.Table | None:
    """Some columns of a table, dictionaries decoded, or None when the table or a column is
    absent."""
    data = tables.get(table)
    if data is None or any(c not in data.column_names for c in columns):
        return None
    return pa.table([_plain(data.column(c)) for c in columns], names=columns)


def _plain(column: pa.ChunkedArray) -> pa.ChunkedArray:
    if pa.types.is_dictionary(column.type):
        return column.cast(column.type.value_type)
    return column


def _present(column: pa.ChunkedArray) -> pa.ChunkedArray:
    """Rows with a value that is not null and not empty (Python's truth of a string)."""
    return pc.and_(pc.is_valid(column), pc.greater(pc.utf8_length(column), 0))


def _value_counts(values: pa.ChunkedArray | pa.Array) -> Counter:
    counts = pc.value_counts(values)
    values, numbers = counts.field("values").to_pylist(), counts.field("counts").to_pylist()
    return Counter(dict(zip(values, numbers, strict=True)))


def row_counts(tables: dict[str, pa.Table], names: tuple[str, ...]) -> list[tuple[str, int]]:
    """(table, rows) for every published table, in publication order."""
    return [(name, tables[name].num_rows) for name in names if name in tables]


def meetings_per_month(tables: dict[str, pa.Table]) -> list[tuple[str, int]]:
    """(YYYY-MM, meetings) for every month from the first to the last, gaps as zero.

    Meetings without a date are counted under "undated", after the months.
    """
    data = _columns(tables, "meetings", ["date"])
    if data is None or not data.num_rows:
        return []
    dates = data.column("date")
    dated = dates.filter(pc.is_valid(dates))
    keys = pc.add(pc.multiply(pc.year(dated), 100), pc.month(dated))
    months = {f"{k // 100:04d}-{k % 100:02d}": n for k, n in _value_counts(keys).items()}
    undated = dates.null_count
    series = []
    if months:
        first, last = min(months), max(months)
        year, month = int(first[:4]), int(first[5:])
        while f"{year:04d}-{month:02d}" <= last:
            key = f"{year:04d}-{month:02d}"
            series.append((key, months.get(key, 0)))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    if undated:
        series.append((UNDATED, undated))
    return series


def _ranked(counter: Counter, limit: int) -> list[tuple[str, int]]:
    """Most frequent first; ties in alphabetical order, so the ranking is deterministic."""
    return sorted(counter.items(), key=lambda item: (-item[1], item[0]))[:limit]


def _most_frequent(rows: pa.Table, key: str, value: str) -> pa.Table:
    """Per `key`, its most frequent `value` (ties: the first in alphabetical order)."""
    counted = rows.group_by([key, value]).aggregate([([], "count_all")])
    counted = counted.sort_by(
        [(key, "ascending"), ("count_all", "descending"), (value, "ascending")]
    )
    keys = counted.column(key).combine_chunks()
    first = pc.not_equal(keys[1:], keys[:-1]) if len(keys) > 1 else pa.array([], pa.bool_())
    starts = pa.concat_arrays([pa.array([True]), first.fill_null(True)]) if len(keys) else first
    return counted.filter(starts).select([key, value])


def top_participants(tables: dict[str, pa.Table], limit: int = TOP_PARTICIPANTS) -> list:
    """(name, country code or "", meetings) of the people in the most meetings."""
    rows = _columns(tables, "participants", ["person_id", "meeting_id", "name"])
    if rows is None or not rows.num_rows:
        return []
    named = pc.and_(pc.is_valid(rows.column("person_id")), _present(rows.column("name")))
    rows = rows.filter(named)
    if not rows.num_rows:
        return []
    meetings = rows.group_by("person_id").aggregate([("meeting_id", "count_distinct")])
    people = meetings.join(_most_frequent(rows, "person_id", "name"), "person_id")
    order = [("meeting_id_count_distinct", "descending"), ("name", "ascending")]
    ranked = people.sort_by([*order, ("person_id", "ascending")]).slice(0, limit)
    countries: dict[str, str] = {}
    located = _columns(tables, "participants", ["person_id", "country_code"])
    if located is not None:
        located = located.filter(_present(located.column("country_code")))
        chosen = set(ranked.column("person_id").to_pylist())
        located = located.filter(pc.is_in(located.column("person_id"), pa.array(sorted(chosen))))
        top = _most_frequent(located, "person_id", "country_code")
        ids, codes = top.column("person_id").to_pylist(), top.column("country_code").to_pylist()
        countries = dict(zip(ids, codes, strict=True))
    return [
        (name, countries.get(person, ""), count)
        for person, name, count in zip(
            ranked.column("person_id").to_pylist(),
            ranked.column("name").to_pylist(),
            ranked.column("meeting_id_count_distinct").to_pylist(),
            strict=True,
        )
    ]


def top_country_pairs(tables: dict[str, pa.Table], limit: int = TOP_COUNTRY_PAIRS) -> list:
    """("AAA–BBB", meetings) for the pairs of countries whose people met most often."""
    rows = _columns(tables, "participants", ["meeting_id", "country_code"])
    if rows is None or not rows.num_rows:
        return []
    present = rows.filter(_present(rows.column("country_code")))
    distinct = present.group_by(["meeting_id", "country_code"]).aggregate([])
    pairs = distinct.join(distinct, "meeting_id", right_suffix="_other")
    pairs = pairs.filter(pc.less(pairs.column("country_code"), pairs.column("country_code_other")))
    if not pairs.num_rows:
        return []
    labels = pc.binary_join_element_wise(
        pairs.column("country_code"), pairs.column("country_code_other"), "–"
    )
    return _ranked(_value_counts(labels), limit)


def counts_of(tables: dict[str, pa.Table], table: str, column: str) -> list[tuple[str, int]]:
    """(value, rows) of one categorical column, most frequent first; null as "unknown"."""
    data = _columns(tables, table, [column])
    if data is None or not data.num_rows:
        return []
    values = data.column(column)
    if not pa.types.is_string(values.type):
        values = pc.cast(values, pa.string())
    return _ranked(_value_counts(values.fill_null("unknown")), 50)


def completeness(validation_report: dict) -> list[Completeness]:
    """The completeness figures of the validation report, in its order."""
    section = validation_report.get("completeness") or {}
    figures = []
    for name, figure in section.items():
        if not isinstance(figure, dict) or not isinstance(figure.get("share"), int | float):
            continue
        figures.append(
            Completeness(
                name=str(name),
                share=float(figure["share"]),
                threshold=figure.get("threshold"),
                filled=figure.get("filled"),
                rows=figure.get("rows"),
            )
        )
    return figures


def check_totals(validation_report: dict) -> tuple[int, int, int]:
    """(passed, failed blocking, warnings) over the validation report's checks."""
    checks = validation_report.get("checks") or []
    passed = sum(1 for c in checks if c.get("passed"))
    failed = sum(1 for c in checks if not c.get("passed") and c.get("blocking"))
    warnings = sum(1 for c in checks if not c.get("passed") and not c.get("blocking"))
    return passed, failed, warnings
