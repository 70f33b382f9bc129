"""Great Expectations suites per table, derived from the schemas: keys, references, enums,
ISO country codes.

Great Expectations is imported lazily (it is slow to import) with its analytics off.
"""

from __future__ import annotations

import os
import threading
from functools import cache

import pandas as pd
import pyarrow as pa
import pycountry

from pipelines.schemas import TableSchema, table_schema

# Kosovo's code is user-assigned, not in ISO 3166-1, but used by the EU and the UN.
_EXTRA_COUNTRY_CODES = frozenset({"XKX"})

# The ephemeral Great Expectations context is shared and not thread-safe.
_CONTEXT_LOCK = threading.Lock()


@cache
def country_codes() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.countries) | _EXTRA_COUNTRY_CODES


@cache
def _context():
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    return gx, context


def _expectations(gx, schema: TableSchema, tables: dict[str, pa.Table]) -> list:
    found = []
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
            keys = sorted(set(tables[parent].column(parent_column).to_pylist()))
            found.append(gx.expectations.ExpectColumnValuesToBeInSet(column=column, value_set=keys))
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


def _plain_frame(table: pa.Table) -> pd.DataFrame:
    """A pandas frame with dictionary columns decoded, so set checks see plain strings."""
    arrays = [
        column.cast(pa.string()) if pa.types.is_dictionary(column.type) else column
        for column in table.columns
    ]
    return pa.Table.from_arrays(arrays, names=table.column_names).to_pandas()


def expectation_results(name: str, tables: dict[str, pa.Table]) -> list[dict]:
    """Run the table's suite; one result per expectation (type, column, success, samples)."""
    with _CONTEXT_LOCK:
        return _run_suite(name, tables)


def _run_suite(name: str, tables: dict[str, pa.Table]) -> list[dict]:
    gx, context = _context()
    schema = table_schema(name)
    data_source = context.data_sources.add_or_update_pandas(f"readouts_{name}")
    asset = data_source.add_dataframe_asset(name)
    batch_definition = asset.add_batch_definition_whole_dataframe("all")
    suite = gx.ExpectationSuite(name=f"{name}_suite")
    for expectation in _expectations(gx, schema, tables):
        suite.add_expectation(expectation)
    batch = batch_definition.get_batch(batch_parameters={"dataframe": _plain_frame(tables[name])})
    result = batch.validate(suite)
    outcomes = []
    for item in result.results:
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
