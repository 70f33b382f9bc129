"""The expectation suites give the results Great Expectations itself gives on the same tables.

The build evaluates each expectation with pyarrow (pipelines.validation.expectations); here
Great Expectations runs the same suite, on valid tables and on tables broken in every way an
expectation catches, and each result must agree: success, unexpected count and sample.
"""

from __future__ import annotations

import os

import pyarrow as pa
import pytest

from pipelines.model import Rejection
from pipelines.schemas import TABLE_NAMES, table_schema
from pipelines.tables import rejections_table
from pipelines.validation.expectations import (
    COMPOUND_UNIQUE,
    IN_SET,
    NOT_NULL,
    UNIQUE,
    expectation_results,
    table_expectations,
)

from sample_tables import replace_column, sample_tables

os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
gx = pytest.importorskip("great_expectations")


@pytest.fixture(scope="module")
def context():
    from great_expectations.data_context.types.base import ProgressBarsConfig

    found = gx.get_context(mode="ephemeral")
    found.variables.progress_bars = ProgressBarsConfig(globally=False)
    return found


def _gx_expectation(expectation, tables):
    (column, *_) = expectation.columns
    if expectation.type == NOT_NULL:
        return gx.expectations.ExpectColumnValuesToNotBeNull(column=column)
    if expectation.type == UNIQUE:
        return gx.expectations.ExpectColumnValuesToBeUnique(column=column)
    if expectation.type == COMPOUND_UNIQUE:
        return gx.expectations.ExpectCompoundColumnsToBeUnique(
            column_list=list(expectation.columns)
        )
    assert expectation.type == IN_SET
    if expectation.parent is not None:
        parent, parent_column = expectation.parent
        values = sorted(set(_plain(tables[parent]).column(parent_column).to_pylist()) - {None})
    else:
        values = sorted(expectation.value_set)
    return gx.expectations.ExpectColumnValuesToBeInSet(column=column, value_set=values)


def _plain(table: pa.Table) -> pa.Table:
    arrays = [
        column.cast(pa.string()) if pa.types.is_dictionary(column.type) else column
        for column in table.columns
    ]
    return pa.Table.from_arrays(arrays, names=table.column_names)


def _gx_results(context, name: str, tables: dict[str, pa.Table]) -> list[dict]:
    """The suite of `name` run by Great Expectations, in the form the gate reports."""
    source = context.data_sources.add_or_update_pandas(f"oracle_{name}")
    batch_definition = source.add_dataframe_asset(name).add_batch_definition_whole_dataframe("all")
    suite = gx.ExpectationSuite(name=f"{name}_oracle")
    for expectation in table_expectations(table_schema(name), tables):
        suite.add_expectation(_gx_expectation(expectation, tables))
    frame = _plain(tables[name]).to_pandas()
    batch = batch_definition.get_batch(batch_parameters={"dataframe": frame})
    results = []
    for item in batch.validate(suite).results:
        kwargs = item.expectation_config.kwargs
        results.append(
            {
                "expectation": item.expectation_config.type,
                "column": kwargs.get("column") or ",".join(kwargs.get("column_list", [])),
                "success": bool(item.success),
                "unexpected_count": int(item.result.get("unexpected_count") or 0),
                # pandas shows a missing string as NaN; the gate shows it as None.
                "unexpected_sample": [
                    "None" if v is None or v != v else str(v)
                    for v in item.result.get("partial_unexpected_list", [])[:5]
                ],
            }
        )
    return results


def _broken(name: str, column: str, values: list) -> dict[str, pa.Table]:
    tables = sample_tables()
    tables[name] = replace_column(tables[name], column, values)
    return tables


def _repeated(name: str, column: str) -> dict[str, pa.Table]:
    tables = sample_tables()
    first = tables[name].column(column)[0].as_py()
    return _broken(name, column, [first] * tables[name].num_rows)


def _dangling_duplicate() -> dict[str, pa.Table]:
    tables = sample_tables()
    rejection = ("copy.txt", "copy", "duplicate", "same text", "ffffffffffffffff")
    tables["rejections"] = rejections_table([Rejection(*rejection)])
    return tables


CASES = {
    "duplicate participant ids": (
        "participants",
        lambda: _repeated("participants", "participant_id"),
    ),
    "null meeting id": ("meetings", lambda: _broken("meetings", "meeting_id", [None])),
    "missing document": ("meetings", lambda: _broken("meetings", "document_id", ["f" * 16])),
    "unknown format": ("meetings", lambda: _broken("meetings", "format", ["teleconference"])),
    "unknown country": ("meetings", lambda: _broken("meetings", "country_code", ["XYZ"])),
    "lower-case country": (
        "participants",
        lambda: _broken("participants", "country_code", ["FRA", "uk"]),
    ),
    "repeated party": ("commitment_parties", lambda: _repeated_parties()),
    "missing commitment": (
        "commitment_parties",
        lambda: _broken("commitment_parties", "commitment_id", ["x_missing", "x_missing"]),
    ),
    "dangling duplicate_of": ("rejections", _dangling_duplicate),
}


def _repeated_parties() -> dict[str, pa.Table]:
    tables = sample_tables()
    parties = tables["commitment_parties"]
    tables["commitment_parties"] = pa.concat_tables([parties, parties]).combine_chunks()
    return tables


@pytest.mark.parametrize("name", TABLE_NAMES)
def test_valid_tables_give_the_results_of_great_expectations(context, name):
    tables = sample_tables()
    results = expectation_results(name, tables)
    assert all(r["success"] for r in results)
    assert results == _gx_results(context, name, tables)


@pytest.mark.parametrize("case", CASES)
def test_broken_tables_give_the_results_of_great_expectations(context, case):
    name, make = CASES[case]
    tables = make()
    results = expectation_results(name, tables)
    assert not all(r["success"] for r in results)
    assert results == _gx_results(context, name, tables)


def test_a_null_is_not_checked_against_a_set_as_in_great_expectations(context):
    tables = _broken("participants", "country_code", [None, "GBR"])
    results = expectation_results("participants", tables)
    assert all(r["success"] for r in results)
    assert results == _gx_results(context, "participants", tables)
