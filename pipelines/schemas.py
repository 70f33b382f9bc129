"""The data contract, read from `schemas/`: the single source of every table's shape.

Parquet (Arrow) schemas, datapackage.json table schemas, the data dictionary and the
validation rules are all derived from the JSON Schema files here; nothing repeats them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

SCHEMAS_DIR = Path(__file__).resolve().parents[1] / "schemas"

# Publication order: parents before children, so references always point backwards.
TABLE_NAMES: tuple[str, ...] = (
    "documents",
    "events",
    "meetings",
    "people",
    "participants",
    "commitments",
    "commitment_parties",
    "rejections",
)

_TIMESTAMP = pa.timestamp("us", tz="UTC")
_ARROW_INTEGERS = {"int32": pa.int32(), "int64": pa.int64()}


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # string | integer | number | boolean
    format: str | None  # date | date-time | None
    nullable: bool
    description: str
    enum: tuple[str, ...] | None
    pattern: str | None
    dictionary: bool
    arrow_integer: str

    @property
    def arrow_type(self) -> pa.DataType:
        if self.kind == "integer":
            return _ARROW_INTEGERS[self.arrow_integer]
        if self.kind == "number":
            return pa.float64()
        if self.kind == "boolean":
            return pa.bool_()
        if self.format == "date":
            return pa.date32()
        if self.format == "date-time":
            return _TIMESTAMP
        if self.dictionary:
            return pa.dictionary(pa.int32(), pa.string())
        return pa.string()

    @property
    def display_type(self) -> str:
        """The Parquet type as a person reads it."""
        if self.dictionary:
            return "string (dictionary-encoded)"
        return {"timestamp[us, tz=UTC]": "timestamp (µs, UTC)"}.get(
            str(self.arrow_type), str(self.arrow_type)
        )

    @property
    def frictionless_type(self) -> str:
        return {"date": "date", "date-time": "datetime"}.get(self.format or "", self.kind)


@dataclass(frozen=True)
class TableSchema:
    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[dict, ...]
    json_schema: dict

    @property
    def column_names(self) -> list[str]:
        return [column.name for column in self.columns]

    @property
    def arrow_schema(self) -> pa.Schema:
        return pa.schema(
            [pa.field(c.name, c.arrow_type, nullable=c.nullable) for c in self.columns]
        )

    def column(self, name: str) -> Column:
        return next(column for column in self.columns if column.name == name)


def _column(name: str, spec: dict) -> Column:
    types = spec["type"] if isinstance(spec["type"], list) else [spec["type"]]
    kinds = [t for t in types if t != "null"]
    if len(kinds) != 1:
        raise ValueError(f"column {name!r} must have exactly one non-null type, got {types}")
    enum = spec.get("enum")
    return Column(
        name=name,
        kind=kinds[0],
        format=spec.get("format"),
        nullable="null" in types,
        description=spec.get("description", ""),
        enum=tuple(v for v in enum if v is not None) if enum else None,
        pattern=spec.get("pattern"),
        dictionary=bool(spec.get("x-dictionary", False)),
        arrow_integer=spec.get("x-arrow-type", "int64"),
    )


@cache
def table_schema(name: str) -> TableSchema:
    """The schema of one table, as declared in `schemas/<name>.json`."""
    path = SCHEMAS_DIR / f"{name}.json"
    spec = json.loads(path.read_text(encoding="utf-8"))
    return TableSchema(
        name=name,
        description=spec.get("description", ""),
        columns=tuple(_column(n, s) for n, s in spec["properties"].items()),
        primary_key=tuple(spec.get("x-primary-key", ())),
        foreign_keys=tuple(spec.get("x-foreign-keys", ())),
        json_schema=spec,
    )


def all_table_schemas() -> list[TableSchema]:
    return [table_schema(name) for name in TABLE_NAMES]


def empty_table(name: str) -> pa.Table:
    return table_schema(name).arrow_schema.empty_table()


def with_fresh_dictionaries(table: pa.Table) -> pa.Table:
    """The table of many batches with its dictionary columns encoded afresh, in one chunk, in
    order of first use: the values and Parquet bytes of `table_from_rows` over all the rows
    in one go. Other columns keep their chunks (Parquet writes them the same; copying the
    text of every document into one chunk would double the memory it takes)."""
    arrays = []
    for column in table.columns:
        if pa.types.is_dictionary(column.type):
            column = pc.dictionary_encode(column.cast(pa.string()).combine_chunks())
        arrays.append(column)
    return pa.Table.from_arrays(arrays, schema=table.schema)


def table_from_rows(name: str, rows: list[dict]) -> pa.Table:
    """Build an Arrow table with the contract's schema from row dicts (keys = column names)."""
    schema = table_schema(name)
    columns = {}
    for column in schema.columns:
        values = [row.get(column.name) for row in rows]
        if column.dictionary:
            array = pa.array(values, type=pa.string()).dictionary_encode()
        else:
            array = pa.array(values, type=column.arrow_type)
        if not column.nullable and array.null_count:
            raise ValueError(
                f"{name}.{column.name} is required but {array.null_count} rows are null"
            )
        columns[column.name] = array
    return pa.Table.from_arrays(list(columns.values()), schema=schema.arrow_schema)
