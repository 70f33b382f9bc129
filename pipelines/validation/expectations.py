"""Expectation suites per table, derived from the schemas: keys, references, enums, ISO
country codes.

The suite is the one Great Expectations would run, with its expectation types and the
results it reports (success, unexpected count, a sample of the unexpected values), but each
expectation is evaluated here with one or two vectorised pyarrow operations: importing Great
Expectations alone took longer than every check of a rebuild together, and its evaluation
grew with the square of the corpus for reference sets. tests/test_expectations.py runs Great
Expectations itself on passing and failing tables and requires the same results.

Null values are not checked by the set, uniqueness and reference expectations (as in Great
Expectations); a compound key is checked on the rows where at least one of its columns is set.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache

import pyarrow as pa
import pyarrow.compute as pc
import pycountry

from pipelines.schemas import TableSchema, table_schema

# Kosovo's code is user-assigned, not in ISO 3166-1, but used by the EU and the UN.
_EXTRA_COUNTRY_CODES = frozenset({"XKX"})

NOT_NULL = "expect_column_values_to_not_be_null"
UNIQUE = "expect_column_values_to_be_unique"
COMPOUND_UNIQUE = "expect_compound_columns_to_be_unique"
IN_SET = "expect_column_values_to_be_in_set"
_MAX_SAMPLE = 5


@cache
def country_codes() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.countries) | _EXTRA_COUNTRY_CODES


@dataclass(frozen=True)
class Expectation:
    """One expectation of a suite: its Great Expectations type and what it is about."""

    type: str
    columns: tuple[str, ...]
    value_set: tuple[str, ...] = ()  # IN_SET: the allowed values
    parent: tuple[str, str] | None = None  # IN_SET of a reference: (table, column) of the keys


def table_expectations(schema: TableSchema, tables: dict[str, pa.Table]) -> list[Expectation]:
    """The suite of one table in report order; references only to parents in `tables`."""
    found: list[Expectation] = []
    if len(schema.primary_key) == 1:
        found.append(Expectation(NOT_NULL, schema.primary_key))
        found.append(Expectation(UNIQUE, schema.primary_key))
    elif schema.primary_key:
        found.append(Expectation(COMPOUND_UNIQUE, schema.primary_key))
    for reference in schema.foreign_keys:
        (column,) = reference["fields"]
        parent = reference["reference"]["resource"]
        (parent_column,) = reference["reference"]["fields"]
        if parent in tables:
            # A nullable reference (rejections.duplicate_of) must resolve only when set.
            if not schema.column(column).nullable:
                found.append(Expectation(NOT_NULL, (column,)))
            found.append(Expectation(IN_SET, (column,), parent=(parent, parent_column)))
    for column in schema.columns:
        if column.enum:
            found.append(Expectation(IN_SET, (column.name,), value_set=column.enum))
        if column.name.endswith("country_code"):
            found.append(Expectation(IN_SET, (column.name,), value_set=tuple(country_codes())))
    return found


def _plain(column: pa.ChunkedArray) -> pa.ChunkedArray:
    return column.cast(pa.string()) if pa.types.is_dictionary(column.type) else column


def _unexpected_rows(
    expectation: Expectation, table: pa.Table, tables: dict[str, pa.Table]
) -> pa.ChunkedArray | list:
    """The values of the rows that break the expectation, in row order."""
    if expectation.type == COMPOUND_UNIQUE:
        rows = list(zip(*(table.column(c).to_pylist() for c in expectation.columns), strict=True))
        counted = Counter(rows)
        return [
            dict(zip(expectation.columns, row, strict=True))
            for row in rows
            if counted[row] > 1 and any(value is not None for value in row)
        ]
    (name,) = expectation.columns
    values = _plain(table.column(name))
    if expectation.type == NOT_NULL:
        return values.filter(pc.is_null(values))
    if expectation.type == UNIQUE:
        counts = pc.value_counts(values.drop_null())
        repeated = counts.field("values").filter(pc.greater(counts.field("counts"), 1))
        return values.filter(pc.is_in(values, value_set=repeated))
    if expectation.parent is not None:
        parent, parent_column = expectation.parent
        allowed = pc.unique(_plain(tables[parent].column(parent_column)).cast(values.type))
    else:
        allowed = pa.array(expectation.value_set, type=values.type)
    outside = pc.invert(pc.is_in(values, value_set=allowed))
    return values.filter(pc.and_(pc.is_valid(values), outside))


def _result(expectation: Expectation, unexpected: pa.ChunkedArray | list) -> dict:
    sample = (
        unexpected[:_MAX_SAMPLE]
        if isinstance(unexpected, list)
        else (unexpected.slice(0, _MAX_SAMPLE).to_pylist())
    )
    return {
        "expectation": expectation.type,
        "column": ",".join(expectation.columns),
        "success": len(unexpected) == 0,
        "unexpected_count": len(unexpected),
        "unexpected_sample": [str(value) for value in sample],
    }


def expectation_results(name: str, tables: dict[str, pa.Table]) -> list[dict]:
    """Run the table's suite; one result per expectation (type, column, success, samples)."""
    table = tables[name]
    return [
        _result(expectation, _unexpected_rows(expectation, table, tables))
        for expectation in table_expectations(table_schema(name), tables)
    ]
