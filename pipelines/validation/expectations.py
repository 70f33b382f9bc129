"""Great Expectations suites per table, derived from the schemas: keys, references, enums,
ISO country codes.

Great Expectations is imported lazily (it is slow to import) with its analytics off.

References (foreign keys) are tested outside Great Expectations, with one vectorised pyarrow
membership test each, and reported as the same `expect_column_values_to_be_in_set` results:
Great Expectations serialises its value set many times per expectation, so a set of all the
parent's keys made the suite's cost grow with the square of the corpus.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from functools import cache

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pycountry

from pipelines.schemas import TableSchema, table_schema

# Kosovo's code is user-assigned, not in ISO 3166-1, but used by the EU and the UN.
_EXTRA_COUNTRY_CODES = frozenset({"XKX"})

# The ephemeral Great Expectations context is shared and not thread-safe.
_CONTEXT_LOCK = threading.Lock()


@cache
def country_codes() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.countries) | _EXTRA_COUNTRY_CODES


def import_library() -> None:
    """Import Great Expectations (slow, so only when validating), without its analytics."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    import great_expectations  # noqa: F401


@cache
def _context():
    import_library()
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    return gx, context


# What a reference result reports, as Great Expectations reports its own set checks.
_IN_SET = "expect_column_values_to_be_in_set"
_MAX_SAMPLE = 5


@dataclass(frozen=True)
class Reference:
    """A foreign key to check: `column` values (when set) must be keys of `parent`."""

    column: str
    parent: str
    parent_column: str


def _expectations(gx, schema: TableSchema, tables: dict[str, pa.Table]) -> list:
    """The suite in report order; a reference stands in for its set expectation."""
    found: list = []
    if len(schema.primary_key) == 1:
        (key,) = schema.primary_key
        found.append(gx.expectations.ExpectColumnValuesToNotBeNull(column=key))
        found.append(gx.expectations.ExpectColumnValuesToBeUnique(column=key))
    elif schema.primary_key:
        found.append(
            gx.expectations.ExpectCompoundColumnsToBeUnique(column_list=list(schema.primary_key))
        )
    for reference in schema.foreign_keys:
        (column,) = reference["fields"]
        parent = reference["reference"]["resource"]
        (parent_column,) = reference["reference"]["fields"]
        if parent in tables:
            # A nullable reference (rejections.duplicate_of) must resolve only when set.
            if not schema.column(column).nullable:
                found.append(gx.expectations.ExpectColumnValuesToNotBeNull(column=column))
            found.append(Reference(column, parent, parent_column))
    for column in schema.columns:
        if column.enum:
            found.append(
                gx.expectations.ExpectColumnValuesToBeInSet(
                    column=column.name, value_set=list(column.enum)
                )
            )
        if column.name.endswith("country_code"):
            found.append(
                gx.expectations.ExpectColumnValuesToBeInSet(
                    column=column.name, value_set=sorted(country_codes())
                )
            )
    return found


def _plain(column: pa.ChunkedArray) -> pa.ChunkedArray:
    return column.cast(pa.string()) if pa.types.is_dictionary(column.type) else column


def _reference_result(reference: Reference, table: pa.Table, tables: dict[str, pa.Table]) -> dict:
    """Set values of the column that are not keys of the parent (nulls are not checked)."""
    values = _plain(table.column(reference.column))
    keys = _plain(tables[reference.parent].column(reference.parent_column))
    keys = pc.unique(keys.cast(values.type))
    missing = pc.and_(pc.is_valid(values), pc.invert(pc.is_in(values, value_set=keys)))
    unexpected = values.filter(pc.fill_null(missing, False))
    return {
        "expectation": _IN_SET,
        "column": reference.column,
        "success": len(unexpected) == 0,
        "unexpected_count": len(unexpected),
        "unexpected_sample": [str(v) for v in unexpected.slice(0, _MAX_SAMPLE).to_pylist()],
    }


def _suite_columns(planned: list) -> list[str]:
    """The columns the Great Expectations suite reads (a document's text is not one of them)."""
    names: dict[str, None] = {}
    for expectation in planned:
        if not isinstance(expectation, Reference):
            column = getattr(expectation, "column", None)
            names.update(dict.fromkeys(getattr(expectation, "column_list", None) or [column]))
    return [name for name in names if name is not None]


def _plain_frame(table: pa.Table, columns: list[str]) -> pd.DataFrame:
    """A pandas frame of `columns` with dictionary columns decoded, so set checks see plain
    strings."""
    arrays = [_plain(table.column(name)) for name in columns]
    return pa.Table.from_arrays(arrays, names=columns).to_pandas()


def expectation_results(name: str, tables: dict[str, pa.Table]) -> list[dict]:
    """Run the table's suite; one result per expectation (type, column, success, samples)."""
    with _CONTEXT_LOCK:
        return _run_suite(name, tables)


def _run_suite(name: str, tables: dict[str, pa.Table]) -> list[dict]:
    gx, context = _context()
    source_name = f"readouts_{name}"
    try:
        return _validated(gx, context.data_sources.add_or_update_pandas(source_name), name, tables)
    finally:
        # The data source keeps the last frame, whose columns may share memory with the table.
        context.data_sources.delete(source_name)


def _validated(gx, data_source, name: str, tables: dict[str, pa.Table]) -> list[dict]:
    schema = table_schema(name)
    asset = data_source.add_dataframe_asset(name)
    batch_definition = asset.add_batch_definition_whole_dataframe("all")
    suite = gx.ExpectationSuite(name=f"{name}_suite")
    planned = _expectations(gx, schema, tables)
    for expectation in planned:
        if not isinstance(expectation, Reference):
            suite.add_expectation(expectation)
    frame = _plain_frame(tables[name], _suite_columns(planned))
    batch = batch_definition.get_batch(batch_parameters={"dataframe": frame})
    suite_results = iter(batch.validate(suite).results)
    outcomes = []
    for expectation in planned:
        if isinstance(expectation, Reference):
            outcomes.append(_reference_result(expectation, tables[name], tables))
            continue
        item = next(suite_results)
        config = item.expectation_config
        kwargs = config.kwargs
        outcomes.append(
            {
                "expectation": config.type,
                "column": kwargs.get("column") or ",".join(kwargs.get("column_list", [])),
                "success": bool(item.success),
                "unexpected_count": int(item.result.get("unexpected_count") or 0),
                "unexpected_sample": [
                    str(v) for v in item.result.get("partial_unexpected_list", [])[:5]
                ],
            }
        )
    return outcomes
