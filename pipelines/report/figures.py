"""The figures the release report shows, computed from the published tables.

Every function takes the Arrow tables by name and tolerates a missing table or column (the
contract grows): the figure is then empty and the page leaves its section out.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from dataclasses import dataclass

import pyarrow as pa

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


def _column(tables: dict[str, pa.Table], table: str, column: str) -> list | None:
    """The values of one column as Python objects, or None when the table or column is absent."""
    data = tables.get(table)
    if data is None or column not in data.column_names:
        return None
    return data.column(column).to_pylist()


def row_counts(tables: dict[str, pa.Table], names: tuple[str, ...]) -> list[tuple[str, int]]:
    """(table, rows) for every published table, in publication order."""
    return [(name, tables[name].num_rows) for name in names if name in tables]


def meetings_per_month(tables: dict[str, pa.Table]) -> list[tuple[str, int]]:
    """(YYYY-MM, meetings) for every month from the first to the last, gaps as zero.

    Meetings without a date are counted under "undated", after the months.
    """
    dates = _column(tables, "meetings", "date")
    if not dates:
        return []
    months = Counter(d.strftime("%Y-%m") for d in dates if d is not None)
    undated = sum(1 for d in dates if d is None)
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


def top_participants(tables: dict[str, pa.Table], limit: int = TOP_PARTICIPANTS) -> list:
    """(name, country code or "", meetings) of the people in the most meetings."""
    people = _column(tables, "participants", "person_id")
    meetings = _column(tables, "participants", "meeting_id")
    names = _column(tables, "participants", "name")
    if not people or meetings is None or names is None:
        return []
    countries = _column(tables, "participants", "country_code") or [None] * len(people)
    meetings_of: dict[str, set] = defaultdict(set)
    names_of: dict[str, Counter] = defaultdict(Counter)
    countries_of: dict[str, Counter] = defaultdict(Counter)
    for person, meeting, name, country in zip(people, meetings, names, countries, strict=True):
        if person is None or not name:
            continue
        meetings_of[person].add(meeting)
        names_of[person][name] += 1
        if country:
            countries_of[person][country] += 1
    label = {p: _ranked(names_of[p], 1)[0][0] for p in meetings_of}
    ranked = sorted(meetings_of, key=lambda p: (-len(meetings_of[p]), label[p], p))[:limit]
    return [
        (
            label[p],
            _ranked(countries_of[p], 1)[0][0] if countries_of[p] else "",
            len(meetings_of[p]),
        )
        for p in ranked
    ]


def top_country_pairs(tables: dict[str, pa.Table], limit: int = TOP_COUNTRY_PAIRS) -> list:
    """("AAA–BBB", meetings) for the pairs of countries whose people met most often."""
    meetings = _column(tables, "participants", "meeting_id")
    countries = _column(tables, "participants", "country_code")
    if not meetings or countries is None:
        return []
    countries_at: dict[str, set] = defaultdict(set)
    for meeting, country in zip(meetings, countries, strict=True):
        if country:
            countries_at[meeting].add(country)
    pairs: Counter = Counter()
    for present in countries_at.values():
        for first, second in itertools.combinations(sorted(present), 2):
            pairs[f"{first}–{second}"] += 1
    return _ranked(pairs, limit)


def counts_of(tables: dict[str, pa.Table], table: str, column: str) -> list[tuple[str, int]]:
    """(value, rows) of one categorical column, most frequent first; null as "unknown"."""
    values = _column(tables, table, column)
    if not values:
        return []
    return _ranked(Counter("unknown" if v is None else str(v) for v in values), 50)


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
