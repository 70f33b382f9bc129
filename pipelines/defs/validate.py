"""Validate stage: blocking checks on every table, completeness warnings, the report.

A failing blocking check stops everything downstream of its table, so nothing is published;
a completeness check below its threshold only warns.
"""

import dagster as dg
import pyarrow as pa

from pipelines.schemas import TABLE_NAMES
from pipelines.validation import CheckOutcome, ValidationReport, check_table
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


def _evaluated_outcomes(context: dg.AssetExecutionContext) -> dict[str, CheckOutcome]:
    """The outcomes of the checks that ran in this run, by check name."""
    records = context.instance.get_records_for_run(
        context.run.run_id, of_type=dg.DagsterEventType.ASSET_CHECK_EVALUATION
    ).records
    outcomes = {}
    for record in records:
        evaluation = record.event_log_entry.dagster_event.event_specific_data
        details = evaluation.metadata.get("details")
        outcomes[evaluation.check_name] = CheckOutcome(
            name=evaluation.check_name,
            table=evaluation.asset_key.to_user_string(),
            passed=evaluation.passed,
            blocking=evaluation.severity == dg.AssetCheckSeverity.ERROR,
            description=evaluation.description or "",
            details=details.value if details is not None else {},
        )
    return outcomes


@dg.asset(
    group_name="validate",
    ins={name: dg.AssetIn(name) for name in TABLE_NAMES},
    kinds={"json"},
)
def validation_report(context: dg.AssetExecutionContext, **tables: pa.Table) -> dg.Output[dict]:
    """The outcome of every check of every table, published with the release: those that ran
    in this run as they ran (blocking checks run before this asset), the checks of any table
    not checked in this run computed now."""
    evaluated = _evaluated_outcomes(context)
    outcomes = []
    for name in TABLE_NAMES:
        found = [evaluated.get(check.name) for check in planned_checks(name)]
        outcomes += found if all(found) else check_table(name, tables)
    report = ValidationReport(outcomes)
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
