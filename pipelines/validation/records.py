"""JSON Schema validation of every record of a table against its contract."""

from __future__ import annotations

import datetime as dt
from functools import cache

import jsonschema
import pyarrow as pa

from pipelines.schemas import table_schema

MAX_REPORTED_ERRORS = 20


@cache
def _validator(name: str) -> jsonschema.Draft202012Validator:
    schema = table_schema(name).json_schema
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def _as_json_value(value: object) -> object:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def record_errors(name: str, table: pa.Table) -> tuple[int, list[str]]:
    """Count the records of `table` that break the JSON Schema; describe the first few."""
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
