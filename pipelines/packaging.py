"""Release metadata generated from the schemas: datapackage.json and the data dictionary."""

from __future__ import annotations

from pipelines.schemas import TableSchema, all_table_schemas

DATASET_NAME = "readouts"
DATASET_TITLE = "Readouts: official meeting readouts as data"
PARQUET_MEDIATYPE = "application/vnd.apache.parquet"


def _field(schema: TableSchema, name: str) -> dict:
    column = schema.column(name)
    field = {
        "name": column.name,
        "type": column.frictionless_type,
        "description": column.description,
    }
    constraints = {}
    if not column.nullable:
        constraints["required"] = True
    if column.enum:
        constraints["enum"] = list(column.enum)
    if column.pattern:
        constraints["pattern"] = column.pattern
    if constraints:
        field["constraints"] = constraints
    return field


def table_schema_descriptor(schema: TableSchema) -> dict:
    """The Frictionless Table Schema of one table."""
    descriptor: dict = {"fields": [_field(schema, name) for name in schema.column_names]}
    if schema.primary_key:
        descriptor["primaryKey"] = list(schema.primary_key)
    if schema.foreign_keys:
        descriptor["foreignKeys"] = [
            {"fields": list(fk["fields"]), "reference": dict(fk["reference"])}
            for fk in schema.foreign_keys
        ]
    return descriptor


def datapackage_descriptor(
    version: str, digests: dict[str, str], sizes: dict[str, int] | None = None
) -> dict:
    """Data Package v2 descriptor; `digests` maps a table name to its file's sha256 (hex) and
    `sizes` to its size in bytes.

    frictionless 5 cannot measure a Parquet file by itself; the plugin in
    `frictionless_readouts.py` makes `frictionless validate` check `bytes` and `hash`.
    """
    resources = []
    for schema in all_table_schemas():
        digest = digests[schema.name]
        resources.append(
            {
                "name": schema.name,
                "type": "table",
                "path": f"{schema.name}.parquet",
                "format": "parquet",
                "mediatype": PARQUET_MEDIATYPE,
                "description": schema.description,
                **({"bytes": sizes[schema.name]} if sizes else {}),
                "hash": f"sha256:{digest}",
                "schema": table_schema_descriptor(schema),
            }
        )
    return {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": DATASET_NAME,
        "title": DATASET_TITLE,
        "version": version,
        "resources": resources,
    }


def data_dictionary(version: str) -> str:
    """The release README: every table and column with its type and meaning."""
    lines = [
        f"# {DATASET_TITLE}",
        "",
        f"Release `{version}`. One Parquet file per table (zstd; dates as `date32`, "
        "timestamps as microsecond UTC). `datapackage.json` describes the tables, their keys "
        "and checksums; `SHA256SUMS` verifies every file (`sha256sum -c SHA256SUMS`); "
        "`validation_report.json` holds the result of every check run before publishing.",
        "",
        "`report.html` shows the counts, completeness and charts of this release (open it in "
        "a browser; it loads nothing from the network). `readouts.duckdb` holds one view per "
        "table over the Parquet files, by relative path: open it read-only and run "
        "`SET file_search_path = '<this folder>'` first (or start in this folder).",
        "",
        "Evidence columns hold the sentence a row was taken from; `evidence_start` and "
        "`evidence_end` are character offsets into `documents.text`.",
        "",
    ]
    for schema in all_table_schemas():
        lines += [f"## {schema.name}", "", schema.description, ""]
        if schema.primary_key:
            lines += [f"Key: {', '.join(f'`{k}`' for k in schema.primary_key)}.", ""]
        for fk in schema.foreign_keys:
            ref = fk["reference"]
            lines += [f"`{fk['fields'][0]}` references `{ref['resource']}.{ref['fields'][0]}`.", ""]
        lines += ["| column | type | null | meaning |", "|---|---|---|---|"]
        for column in schema.columns:
            meaning = column.description
            if column.enum:
                meaning += " Values: " + ", ".join(f"`{v}`" for v in column.enum) + "."
            null = "yes" if column.nullable else "no"
            lines.append(f"| `{column.name}` | {column.display_type} | {null} | {meaning} |")
        lines.append("")
    return "\n".join(lines)
