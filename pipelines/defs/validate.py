"""Validate stage: blocking checks on every table, completeness warnings, the report.

A failing blocking check stops everything downstream of its table, so nothing is published;
a completeness check below its threshold only warns.
"""

import dagster as dg
import pyarrow as pa

from pipelines.schemas import TABLE_NAMES
from pipelines.validation import check_table, validate_tables
from pipelines.validation.gate import planned_checks, referenced_tables


def _table_checks(name: str) -> dg.AssetChecksDefinition:
    needed = [name, *referenced_tables(name)]

    @dg.multi_asset_check(
        name=f"{name}_checks",
        specs=[
            dg.AssetCheckSpec(
                check.name,
                asset=name,
                additional_deps=referenced_tables(name),
                blocking=check.blocking,
                description=check.description,
            )
            for check in planned_checks(name)
        ],
        ins={table: dg.AssetIn(table) for table in needed},
    )
    def table_checks(**tables: pa.Table):
        for outcome in check_table(name, tables):
            yield dg.AssetCheckResult(
                asset_key=name,
                check_name=outcome.name,
                passed=outcome.passed,
                severity=(
                    dg.AssetCheckSeverity.ERROR if outcome.blocking else dg.AssetCheckSeverity.WARN
                ),
                description=outcome.description,
                metadata={"details": dg.MetadataValue.json(outcome.details)},
            )

    return table_checks


table_checks = [_table_checks(name) for name in TABLE_NAMES]


@dg.asset(
    group_name="validate",
    ins={name: dg.AssetIn(name) for name in TABLE_NAMES},
    kinds={"json"},
)
def validation_report(**tables: pa.Table) -> dg.Output[dict]:
    """The outcome of every check of every table, published with the release."""
    report = validate_tables(tables)
    return dg.Output(
        report.to_dict(),
        metadata={
            "dagster/row_count": dg.MetadataValue.int(len(report.outcomes)),
            "passed": dg.MetadataValue.bool(report.passed),
            "checks": dg.MetadataValue.int(len(report.outcomes)),
            "failures": dg.MetadataValue.json([o.name for o in report.failures]),
            "completeness": dg.MetadataValue.json(report.to_dict()["completeness"]),
        },
    )
