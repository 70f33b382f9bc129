"""Metadata every table asset reports: row count, column schema, a preview and completeness."""

from __future__ import annotations

import functools

import dagster as dg
import pyarrow as pa
import pyarrow.compute as pc

from pipelines.schemas import table_schema
from pipelines.validation.completeness import evaluate_measure, filled, measures_of

PREVIEW_ROWS = 10
PREVIEW_CELL_CHARS = 80


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    text = text.replace("|", "\\|").replace("\n", " ")
    return text if len(text) <= PREVIEW_CELL_CHARS else text[: PREVIEW_CELL_CHARS - 1] + "…"


def markdown_preview(table: pa.Table, rows: int = PREVIEW_ROWS) -> str:
    head = table.slice(0, rows).to_pylist()
    lines = ["| " + " | ".join(table.column_names) + " |", "|" + "---|" * len(table.column_names)]
    lines += ["| " + " | ".join(_cell(row[c]) for c in table.column_names) + " |" for row in head]
    return "\n".join(lines)


def markdown_completeness(table: pa.Table) -> str:
    """Per column, how many rows hold a value (not null, not blank)."""
    lines = ["| column | filled | share |", "|---|---|---|"]
    for name in table.column_names:
        count = pc.sum(filled(table.column(name))).as_py() or 0
        share = f"{count / table.num_rows:.1%}" if table.num_rows else "–"
        lines.append(f"| {name} | {count} | {share} |")
    return "\n".join(lines)


def completeness_metadata(name: str, table: pa.Table) -> dict:
    """The column fill table, and the table's completeness measures as numbers, which the UI
    plots across materializations."""
    metadata = {"completeness": dg.MetadataValue.md(markdown_completeness(table))}
    for measure in measures_of(name):
        share = evaluate_measure(measure, table)[1]["share"]
        if share is not None:
            metadata[f"completeness/{measure.name}"] = dg.MetadataValue.float(share)
    return metadata


@functools.cache
def column_schema(name: str) -> dg.TableSchema:
    """The contract's columns of table `name` as Dagster shows them.

    Built apart from any table: the first TableSchema Dagster builds copies the local variables
    of its caller into a module of its own, which would keep that table in memory for good."""
    return dg.TableSchema(
        columns=[
            dg.TableColumn(
                name=column.name,
                type=column.display_type,
                description=column.description,
                constraints=dg.TableColumnConstraints(nullable=column.nullable),
            )
            for column in table_schema(name).columns
        ]
    )


def table_metadata(name: str, table: pa.Table) -> dict:
    """Row count, the contract's column schema, a markdown preview of the first rows and
    completeness figures."""
    return {
        "dagster/row_count": dg.MetadataValue.int(table.num_rows),
        "dagster/column_schema": column_schema(name),
        "preview": dg.MetadataValue.md(markdown_preview(table)),
        **completeness_metadata(name, table),
    }
