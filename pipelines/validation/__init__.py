"""The validation gate: every check a table must pass before it is published."""

from pipelines.validation.gate import CheckOutcome, ValidationReport, check_table, validate_tables

__all__ = ["CheckOutcome", "ValidationReport", "check_table", "validate_tables"]
