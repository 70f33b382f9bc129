"""Metadata every table asset reports: row count, column schema and a preview."""

from __future__ import annotations

import dagster as dg
import pyarrow as pa

from pipelines.schemas import table_schema

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


def table_metadata(name: str, table: pa.Table) -> dict:
    """Row count, the contract's column schema and a markdown preview of the first rows."""
    schema = table_schema(name)
    columns = dg.TableSchema(
        columns=[
            dg.TableColumn(
                name=column.name,
                type=column.display_type,
                description=column.description,
                constraints=dg.TableColumnConstraints(nullable=column.nullable),
            )
            for column in schema.columns
        ]
    )
    return {
        "dagster/row_count": dg.MetadataValue.int(table.num_rows),
        "dagster/column_schema": columns,
        "preview": dg.MetadataValue.md(markdown_preview(table)),
    }
