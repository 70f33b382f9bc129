"""JSON Schema validation of every record of a table against its contract.

The table schemas in schemas/ constrain each column on its own (type, enum, pattern, format,
bounds) plus the set of columns. So instead of validating row by row, each distinct value of
a column is validated once against the column's sub-schema, and the rows holding an invalid
value are found with one vectorised membership test: linear, with Python work per distinct
value, not per row. A schema with a keyword that relates columns falls back to row by row.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

import jsonschema
import pyarrow as pa
import pyarrow.compute as pc

from pipelines.schemas import table_schema

MAX_REPORTED_ERRORS = 20

# Top-level keywords that only concern single columns or the set of columns.
_COLUMNWISE_KEYWORDS = frozenset(
    {
        "$schema",
        "$id",
        "title",
        "description",
        "type",
        "properties",
        "required",
        "additionalProperties",
    }
)


def _new_validator(schema: dict) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


@cache
def _validator(name: str) -> jsonschema.Draft202012Validator:
    schema = table_schema(name).json_schema
    jsonschema.Draft202012Validator.check_schema(schema)
    return _new_validator(schema)


@cache
def _column_validators(name: str) -> dict[str, jsonschema.Draft202012Validator] | None:
    """One validator per column, or None when the schema needs whole records."""
    schema = _validator(name).schema
    keywords = {k for k in schema if not k.startswith("x-")}
    if keywords - _COLUMNWISE_KEYWORDS or schema.get("type") != "object":
        return None
    return {column: _new_validator(spec) for column, spec in schema["properties"].items()}


def _as_json_value(value: object) -> object:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def _structure_errors(name: str, table: pa.Table) -> list[str]:
    """Columns missing or not allowed: every record breaks the schema the same way."""
    schema = _validator(name).schema
    present = set(table.column_names)
    errors = [
        f"(record): '{c}' is a required property"
        for c in schema.get("required", [])
        if c not in present
    ]
    if schema.get("additionalProperties") is False:
        allowed = set(schema["properties"])
        errors += [
            f"(record): additional property '{c}' is not allowed"
            for c in table.column_names
            if c not in allowed
        ]
    return errors


def _plain(column: pa.ChunkedArray) -> pa.ChunkedArray:
    """The column with dictionary encoding undone, so values compare as themselves."""
    if pa.types.is_dictionary(column.type):
        return column.cast(column.type.value_type)
    return column


def _column_errors(
    column: pa.ChunkedArray, validator: jsonschema.Draft202012Validator
) -> tuple[pa.ChunkedArray | None, dict]:
    """Mask of the rows holding an invalid value, and a message per invalid value."""
    distinct = pc.unique(_suspects(column, validator.schema))
    flags, messages = [], {}
    for value in distinct.to_pylist():
        error = next(validator.iter_errors(_as_json_value(value)), None)
        flags.append(error is not None)
        if error is not None:
            messages[value] = error.message
    if not messages:
        return None, {}
    invalid = distinct.filter(pa.array(flags))
    return pc.fill_null(pc.is_in(column, value_set=invalid), False), messages


# A string column whose schema says no more than these is checked by length in Arrow first:
# validating each distinct value of a long text column would copy every document's text.
_LENGTH_KEYWORDS = {"type", "minLength", "maxLength", "description"}


def _suspects(column: pa.ChunkedArray, spec: dict) -> pa.ChunkedArray:
    """The values of the column that may break `spec` (all of them unless only lengths and
    nulls can): the validator then judges these, with its own messages."""
    if not pa.types.is_string(column.type) or not set(spec) <= _LENGTH_KEYWORDS:
        return column
    lengths = pc.utf8_length(column)
    suspect = pc.is_null(column)
    if "minLength" in spec:
        suspect = pc.or_(suspect, pc.less(lengths, spec["minLength"]))
    if "maxLength" in spec:
        suspect = pc.or_(suspect, pc.greater(lengths, spec["maxLength"]))
    return column.filter(pc.fill_null(suspect, True))


def _rowwise_errors(name: str, table: pa.Table) -> tuple[int, list[str]]:
    validator = _validator(name)
    invalid, messages = 0, []
    for index, row in enumerate(table.to_pylist()):
        record = {key: _as_json_value(value) for key, value in row.items()}
        errors = list(validator.iter_errors(record))
        if errors:
            invalid += 1
            if len(messages) < MAX_REPORTED_ERRORS:
                where = "/".join(str(p) for p in errors[0].absolute_path) or "(record)"
                messages.append(f"row {index}: {where}: {errors[0].message}")
    return invalid, messages


def record_errors(name: str, table: pa.Table) -> tuple[int, list[str]]:
    """Count the records of `table` that break the JSON Schema; describe the first few."""
    validators = _column_validators(name)
    if validators is None:
        return _rowwise_errors(name, table)
    structure = _structure_errors(name, table)
    if structure and table.num_rows:
        return table.num_rows, [f"row 0: {e}" for e in structure[:MAX_REPORTED_ERRORS]]
    masks, located = [], []
    for column_name in table.column_names:
        column = _plain(table.column(column_name))
        mask, messages = _column_errors(column, validators[column_name])
        if mask is None:
            continue
        masks.append(mask)
        for value, message in messages.items():
            if value is None:
                row = pc.index(pc.is_null(column), True).as_py()
            else:
                row = pc.index(column, pa.scalar(value, column.type)).as_py()
            located.append((row, column_name, message))
    if not masks:
        return 0, []
    combined = masks[0]
    for mask in masks[1:]:
        combined = pc.or_(combined, mask)
    located.sort(key=lambda item: (item[0], table.column_names.index(item[1])))
    messages = [f"row {row}: {column}: {message}" for row, column, message in located]
    return pc.sum(combined).as_py(), messages[:MAX_REPORTED_ERRORS]
